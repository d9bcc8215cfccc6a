import { mkdtemp, rm, stat, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { keepTabCurrent } from '../../functions/dev/tab-kept';

/**
 * `npm start` bundles the tab only when a file it is made from changed since its
 * last bundle: here in a folder of the test's own, with a source file's time moved
 * on (and put back) rather than its text changed.
 */
let folder: string;
beforeAll(async () => {
  folder = join(await mkdtemp(join(tmpdir(), 'sociocracy-tab-kept-')), 'tab');
});
afterAll(async () => {
  await rm(join(folder, '..'), { recursive: true, force: true });
});

const said = async () => {
  const lines: string[] = [];
  await keepTabCurrent(folder, (line) => lines.push(line));
  return lines;
};

it('bundles the tab the first time, keeps it while nothing changed, and bundles again after a source file or an output changed', async () => {
  expect(await said()).toEqual(['Bundling the tab…']);
  expect(await said()).toEqual([expect.stringMatching(/^The tab's bundle in .* is current: not bundled again\.$/)]);

  const source = join('tab', 'main.tsx');
  const before = await stat(source);
  try {
    await utimes(source, before.atime, new Date(Date.now() + 1_000));
    expect(await said()).toEqual(['Bundling the tab…']);
  } finally {
    await utimes(source, before.atime, before.mtime);
  }
  expect(await said()).toEqual([expect.stringMatching(/is current/)]);

  await rm(join(folder, 'index.html'));
  expect(await said()).toEqual(['Bundling the tab…']);
}, 180_000);
