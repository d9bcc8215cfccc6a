import { readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { bundleTab, tabPages } from './tab-bundle';

/** What `npm start` remembers of the tab's last bundle, beside its folder. */
interface Built {
  /** When bundling began (ms since the epoch): an input changed after it may be missing from the bundle. */
  readonly startedAt: number;
  readonly inputs: readonly string[];
  /** The files written, relative to the folder. */
  readonly files: readonly string[];
}

/**
 * Besides the modules esbuild reads, a bundle depends on how it is made (this
 * file's sibling `tab-bundle.ts`, the tab's tsconfig, whose JSX settings esbuild
 * follows) and on which packages are installed.
 */
const alsoMadeFrom = [join('functions', 'dev', 'tab-bundle.ts'), join('tab', 'tsconfig.json'), 'package-lock.json'];

const recordOf = (folder: string) => `${folder}.built.json`;

/**
 * Keeps the tab's bundle in `folder` current for `npm start`: bundled again only
 * when a file it was made from changed since (or it is missing), since bundling its
 * 2,600 modules (Fluent UI's, mostly) took 7–14 s on this busy machine and checking
 * them takes a fraction of a second. A new import shows up as a changed input.
 * `say` hears whether it bundles.
 */
export async function keepTabCurrent(folder: string, say: (line: string) => void): Promise<void> {
  if (await isCurrent(folder)) return say(`The tab's bundle in ${relative(process.cwd(), folder)} is current: not bundled again.`);
  say('Bundling the tab…');
  // Written only once the bundle is whole, so a bundle cut short is never taken for current.
  await rm(recordOf(folder), { force: true });
  const startedAt = Date.now();
  const bundle = await bundleTab(folder);
  const built: Built = { startedAt, inputs: bundle.inputs, files: [...Object.keys(bundle.files), ...tabPages] };
  await writeFile(recordOf(folder), JSON.stringify(built));
}

async function isCurrent(folder: string): Promise<boolean> {
  let built: Built;
  try {
    built = JSON.parse(await readFile(recordOf(folder), 'utf8')) as Built;
  } catch {
    return false;
  }
  const changedSince = async (path: string) => (await stat(path)).mtimeMs >= built.startedAt;
  try {
    await Promise.all(built.files.map((file) => stat(join(folder, file))));
    const changed = await Promise.all([...built.inputs, ...alsoMadeFrom].map(changedSince));
    return !changed.includes(true);
  } catch {
    // A file gone (removed, renamed, or a package uninstalled) means bundling again.
    return false;
  }
}
