import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json',
};

/** A file of a static folder (the tab's bundle), or null; a path cannot leave the folder. */
export async function staticFile(folder: string, path: string): Promise<{ body: Buffer; type: string } | null> {
  const root = normalize(folder);
  const file = normalize(join(root, path === '' ? 'index.html' : path));
  if (!file.startsWith(root.endsWith(sep) ? root : `${root}${sep}`)) return null;
  try {
    return { body: await readFile(file), type: contentTypes[extname(file)] ?? 'application/octet-stream' };
  } catch {
    return null;
  }
}
