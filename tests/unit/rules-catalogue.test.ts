import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { sociocracyRules } from '../support/rules';

function testFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return testFiles(path);
    return name.endsWith('.test.ts') && name !== 'rules-catalogue.test.ts' ? [path] : [];
  });
}

/** The titles given to describe/it/test across the test tree, lower-cased. */
function testTitles(): string[] {
  const title = /\b(?:describe|it|test)(?:\.each\([^)]*\))?\(\s*(['"`])((?:\\.|(?!\1).)*)\1/g;
  return testFiles(join(__dirname, '..')).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(title)].map((m) => (m[2] ?? '').toLowerCase()),
  );
}

describe('the rules of SOCIOCRACY.md', () => {
  const titles = testTitles();
  it.each(sociocracyRules.map((rule) => [rule]))('“%s” is named in a test title', (rule) => {
    expect(titles.some((title) => title.includes(rule.toLowerCase()))).toBe(true);
  });
});
