import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const core = join(__dirname, '..', '..', 'shared');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : name.endsWith('.ts') ? [path] : [];
  });
}

describe('the domain core stays pure', () => {
  const files = sources(core);
  const imports = files.flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/(?:from|import|require\()\s*['"]([^'"]+)['"]/g)].map((m) => ({ file: relative(core, file), target: m[1] ?? '' })),
  );

  it('imports nothing but zod and its own files', () => {
    expect(imports.filter(({ target }) => target !== 'zod' && !target.startsWith('.'))).toEqual([]);
  });

  it('never reads the clock or makes randomness', () => {
    const impure = files.filter((file) => /Date\.now\(|new Date\(\)|Math\.random\(|crypto\./.test(readFileSync(file, 'utf8')));
    expect(impure.map((file) => relative(core, file))).toEqual([]);
  });

  it('never reaches outside shared/', () => {
    expect(imports.filter(({ file, target }) => target.startsWith('.') && join(file, '..', target).startsWith('..'))).toEqual([]);
  });
});
