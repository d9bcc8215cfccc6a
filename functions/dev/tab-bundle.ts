import { copyFile, mkdir, rm } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { build } from 'esbuild';

export interface TabBundle {
  readonly folder: string;
  /** Bytes of each file written, by path relative to the folder. */
  readonly files: Readonly<Record<string, number>>;
}

/**
 * Bundles the tab (`tab/main.tsx`) for the browser into `folder`: ES modules split
 * per view, minified, with the page beside them. The local stack serves the folder
 * at `/tab/`; a deployment puts it on static hosting.
 */
export async function bundleTab(folder: string): Promise<TabBundle> {
  const root = process.cwd();
  await rm(folder, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });
  const result = await build({
    entryPoints: [join(root, 'tab', 'main.tsx')],
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    outdir: folder,
    entryNames: '[name]',
    chunkNames: 'chunks/[name]-[hash]',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    metafile: true,
    logLevel: 'silent',
  });
  await copyFile(join(root, 'tab', 'index.html'), join(folder, 'index.html'));
  const files = Object.fromEntries(Object.entries(result.metafile.outputs).map(([path, output]) => [relative(folder, resolve(root, path)), output.bytes]));
  return { folder, files };
}
