import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const core = join(__dirname, '..', '..', 'shared');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : name.endsWith('.ts') ? [path] : [];
  });
}

// What the core may import (zod and its own files) is checked with the other layers' rules in import-rules.test.ts.
describe('the domain core stays pure', () => {
  it('never reads the clock or makes randomness', () => {
    const impure = sources(core).filter((file) => /Date\.now\(|new Date\(\)|Math\.random\(|crypto\./.test(readFileSync(file, 'utf8')));
    expect(impure.map((file) => relative(core, file))).toEqual([]);
  });
});
