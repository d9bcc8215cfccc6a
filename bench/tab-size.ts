import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { bundleTab } from '../functions/dev/tab-bundle';

/** The tab's bundle: what the first load costs over the wire (gzip), and each view's own chunk. */
async function main(): Promise<void> {
  const bundle = await bundleTab(join(tmpdir(), `sociocracy-tab-bench-${process.pid}`));
  const gzipped = async (file: string) => gzipSync(await readFile(join(bundle.folder, file)), { level: 9 }).length;
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  let first = 0;
  for (const file of bundle.firstLoad) first += await gzipped(file);
  console.log(`tab first load (${bundle.firstLoad.length} files before the first view): ${kb(first)} gzip`);
  for (const file of Object.keys(bundle.files).filter((f) => f.endsWith('.js') && !bundle.firstLoad.includes(f))) {
    console.log(`  loaded on demand: ${file} ${kb(await gzipped(file))} gzip`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
