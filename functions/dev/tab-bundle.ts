import { copyFile, mkdir, rm } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { build } from 'esbuild';

export interface TabBundle {
  readonly folder: string;
  /** Bytes of each file written, by path relative to the folder. */
  readonly files: Readonly<Record<string, number>>;
  /** The files the page loads before anything else: the entry and what it imports statically. */
  readonly firstLoad: readonly string[];
  /** The files it was made from, relative to the working folder: the pages and every module bundled. */
  readonly inputs: readonly string[];
}

/** The tab's pages, copied beside the bundle as they are. */
export const tabPages = ['index.html', 'config.html', 'auth-start.html', 'auth-end.html'];

/**
 * Bundles the tab (`tab/main.tsx`), its setup page for channels, chats and
 * meetings (`tab/config.ts`, the manifest's `configurationUrl`) and its sign-in
 * window's pages (`tab/auth-start.ts`, `tab/auth-end.ts`) for the browser
 * into `folder`: ES modules split per view, minified, with the pages beside them.
 * The local stack serves the folder at `/tab/`; a deployment puts it on static hosting.
 */
export async function bundleTab(folder: string): Promise<TabBundle> {
  const root = process.cwd();
  await rm(folder, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });
  const result = await build({
    entryPoints: ['main.tsx', 'config.ts', 'auth-start.ts', 'auth-end.ts'].map((file) => join(root, 'tab', file)),
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
  for (const page of tabPages) await copyFile(join(root, 'tab', page), join(folder, page));
  const outputs = result.metafile.outputs;
  const local = (path: string) => relative(folder, resolve(root, path));
  const files = Object.fromEntries(Object.entries(outputs).map(([path, output]) => [local(path), output.bytes]));
  // Views loaded on demand are entry points too; the page's own is main.
  const entry = Object.keys(outputs).find((path) => outputs[path]?.entryPoint?.endsWith('tab/main.tsx')) ?? '';
  const statics = (path: string): string[] => [
    path,
    ...(outputs[path]?.imports ?? []).filter((i) => i.kind === 'import-statement').flatMap((i) => statics(i.path)),
  ];
  const inputs = [...tabPages.map((page) => join('tab', page)), ...Object.keys(result.metafile.inputs)];
  return { folder, files, firstLoad: [...new Set(statics(entry))].map(local), inputs };
}
