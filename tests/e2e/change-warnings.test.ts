import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { selectionKind } from '../../functions/application/record-kinds';
import { runRecordStep } from '../../functions/application/run-record-step';
import { careCoop } from '../support/care-coop';
import { seriousViolations } from '../support/accessibility';
import { as } from '../support/people';
import { tabShots, useTabStack } from '../support/tab-stack';
import { wordsOf } from '../support/refusal-words';

/**
 * Each double-link and power-balance warning, shown in the tab where the person
 * acted (the circle's record forms, the role selection's page), in headless
 * Chromium against the local stack with the Riverside care co-op. Screenshots go to
 * test-output/tab/.
 */
jest.setTimeout(120_000);

const tenantId = 'riverside-dev';
const stack = useTabStack();

// Each test starts from the co-op as it was, correctly double-linked.
beforeEach(async () => {
  expect(await stack.services.structures.save(await stack.services.structures.load(tenantId), careCoop())).toBe(true);
});

async function openCircle(person: string, circle: string): Promise<Page> {
  const page = await stack.browser.newPage({ viewport: { width: 1100, height: 900 } });
  await page.goto(stack.tabUrl(`?as=${person}`));
  await page.getByRole('button', { name: `Open ${circle}` }).click();
  // Only the record keeper sees the records' forms: the page is ready when its members are shown.
  await page.getByRole('article', { name: circle }).getByRole('list', { name: 'Members' }).waitFor();
  return page;
}

async function recordTerm(page: Page, circle: string, role: string, person: string) {
  const form = page.getByRole('article', { name: circle }).getByRole('region', { name: 'Keep the circle’s records' });
  await form.getByRole('button', { name: 'Record a term' }).click();
  await form.getByLabel('Role').selectOption({ label: role });
  await form.getByLabel('Held by').selectOption({ label: person });
  await form.getByRole('button', { name: 'Record the term' }).click();
}

/** The warning bars beside the form, once the change is stored. */
const warningBars = (page: Page) => page.getByRole('region', { name: 'Warnings about this change' });

describe('double-link rule at the moment of action, in the tab', () => {
  it('recording the leader as delegate too shows a double-link warning beside the form, and the term is recorded', async () => {
    const page = await openCircle('admin', 'Northside care team');
    await recordTerm(page, 'Northside care team', 'Delegate', 'Amara Okafor');
    await warningBars(page).getByText('Amara Okafor is both leader and delegate of “Northside care team”', { exact: false }).waitFor();
    await warningBars(page).getByText('Double link').waitFor();
    const rows = page.getByRole('table', { name: 'Roles and terms' }).getByRole('row').filter({ hasText: 'Delegate' });
    await rows.filter({ hasText: 'Amara Okafor' }).waitFor();
    await page.screenshot({ path: join(tabShots, 'warning-leader-is-delegate.png'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('a delegate who is not a member of the parent circle is named in a warning', async () => {
    const page = await openCircle('admin', 'Northside care team');
    await recordTerm(page, 'Northside care team', 'Delegate', 'Hana Sato');
    await warningBars(page)
      .getByText('Hana Sato, the delegate of “Northside care team”, is not a member of “Riverside Care Co-op”', { exact: false })
      .waitFor();
    await page.screenshot({ path: join(tabShots, 'warning-delegate-not-in-parent.png'), fullPage: true });
  });

  it('power balance: a fourth role over the limit shows a warning only when the limit is passed', async () => {
    const page = await openCircle('admin', 'Finance');
    await recordTerm(page, 'Finance', 'Secretary', 'Chloé Martin');
    await page
      .getByRole('table', { name: 'Roles and terms' })
      .getByRole('row')
      .filter({ hasText: 'Secretary' })
      .filter({ hasText: 'Chloé Martin' })
      .waitFor();
    expect(await warningBars(page).count()).toBe(0);
    await recordTerm(page, 'Finance', 'Leader', 'Chloé Martin');
    await warningBars(page).getByText('Chloé Martin holds 4 roles, more than the organisation’s limit of 3', { exact: false }).waitFor();
    await warningBars(page).getByText('Power balance').waitFor();
    await page.screenshot({ path: join(tabShots, 'warning-over-role-limit.png'), fullPage: true });
  });

  it('ending the facilitator’s term shows that the circle has no facilitator from the next day', async () => {
    const page = await openCircle('dev', 'Northside care team');
    const form = page.getByRole('region', { name: 'Keep the circle’s records' });
    await form.getByRole('button', { name: 'End a term' }).click();
    await form.getByLabel('End a term').selectOption({
      label: (await form.getByLabel('End a term').locator('option', { hasText: 'Facilitator: Hana Sato' }).textContent()) ?? '',
    });
    await form.getByRole('button', { name: 'End the term' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'End the term' }).click();
    await warningBars(page)
      .getByText(/“Northside care team” has no facilitator from \w{3} \d{1,2}, \d{4}; until it selects one/)
      .waitFor();
    await warningBars(page).getByText('No facilitator').waitFor();
    await page.screenshot({ path: join(tabShots, 'warning-no-facilitator.png'), fullPage: true });
  });

  it('closing a role selection that records a delegate outside the parent circle shows the warning on the selection', async () => {
    const selectionId = 'northside-delegate-grace';
    const step = async (by: string, command: object) => {
      const result = await runRecordStep(stack.services.selections, selectionKind, {
        tenantId,
        circleId: 'northside',
        id: selectionId,
        command: { ...command, selectionId },
        actor: as(by),
        now: stack.services.now(),
      });
      if (!result.ok) throw new Error(wordsOf(result.error));
    };
    await step('dev', { type: 'start-selection', circleId: 'northside', roleId: 'delegate' });
    for (const person of ['amara', 'dev', 'farid', 'grace', 'hana'])
      await step(person, { type: 'nominate', nominee: 'grace', reason: 'Grace brings the voice of the people we support.' });
    await step('hana', { type: 'close-nominations' });
    await step('hana', { type: 'propose-candidate', candidate: 'grace', reasoning: 'Everyone named Grace for first-hand voice.' });
    for (const person of ['amara', 'dev', 'farid', 'hana', 'grace']) await step(person, { type: 'answer', answer: { kind: 'consent' } });

    const page = await openCircle('hana', 'Northside care team');
    await page.getByRole('button', { name: 'Open the selection of the delegate' }).click();
    const selection = page.getByRole('article', { name: 'Selection of the delegate' });
    await selection.getByRole('button', { name: 'Close the round' }).click();
    await selection.getByText('Recorded', { exact: true }).waitFor();
    await warningBars(page)
      .getByText('Grace Lin, the delegate of “Northside care team”, is not a member of “Riverside Care Co-op”', { exact: false })
      .waitFor();
    await page.screenshot({ path: join(tabShots, 'warning-selection-recorded.png'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
  });
});
