import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

/** Serious and critical accessibility violations found by axe-core in the page as it is. */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8') });
  // Evaluated in the page, where axe now is (the test's own types know no DOM). Fluent's
  // focus manager (Tabster) places invisible, aria-hidden focus guards that pass focus on
  // by design; axe cannot tell them from a real hidden control, so they are left out.
  const violations = (await page.evaluate(
    'axe.run({ exclude: [["[data-tabster-dummy]"]] }).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.html) })))',
  )) as {
    id: string;
    impact: string | null;
    nodes: string[];
  }[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.join(' | ').slice(0, 300)}`);
}
