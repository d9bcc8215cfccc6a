import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { refusals } from '../../../shared/texts/refusals';

const root = join(__dirname, '../../..');

/** Every TypeScript source below a folder, the catalogue of refusals itself left out. */
function sources(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return name === 'texts' && folder.endsWith('shared') ? [] : sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('the refusals catalogue', () => {
  it('holds no refusal that nothing says: every key is named by a fail or domainError in shared/ or functions/', () => {
    const code = [...sources(join(root, 'shared')), ...sources(join(root, 'functions'))]
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    const unused = Object.keys(refusals).filter((key) => !code.includes(`'${key}'`));
    expect(unused).toEqual([]);
  });
});
