import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSettings } from '../../functions/composition/config';
import { createServices } from '../../functions/composition/services';
import { serveRoutes, type DevHost } from '../../functions/dev/host';
import { routes } from '../../functions/http/routes';
import { freePort, startAzurite, type RunningAzurite } from '../support/azurite';

let azurite: RunningAzurite;
let host: DevHost;
let folder: string;

beforeAll(async () => {
  azurite = await startAzurite();
  const parent = await mkdtemp(join(tmpdir(), 'tab-files-'));
  folder = join(parent, 'tab');
  await mkdir(join(folder, 'chunks'), { recursive: true });
  await writeFile(join(folder, 'index.html'), '<!doctype html><script type="module" src="./main.js"></script>');
  await writeFile(join(folder, 'main.js'), 'console.log("tab")');
  await writeFile(join(folder, 'chunks', 'circle-ABCD1234.js'), 'export {}');
  // A sibling whose name starts like the tab's folder must stay out of reach.
  await mkdir(join(parent, 'tab-secrets'));
  await writeFile(join(parent, 'tab-secrets', 'keys.txt'), 'key-7f3a9c');
  const services = await createServices(
    readSettings({ STORAGE_CONNECTION_STRING: azurite.connectionString, AUTH_MODE: 'dev', TAB_FOLDER: folder }),
  );
  host = await serveRoutes(
    routes(async () => services),
    await freePort(),
  );
}, 30_000);

afterAll(async () => {
  await host?.close();
  await azurite?.stop();
});

describe('the Function App serves the tab at /api/tab/ (one HTTPS origin with the API)', () => {
  it('serves the page, not cached, and its hashed chunks, cached for good', async () => {
    const page = await fetch(`${host.url}/tab/`);
    expect([page.status, page.headers.get('content-type'), page.headers.get('cache-control')]).toEqual([
      200,
      'text/html; charset=utf-8',
      'no-cache',
    ]);
    expect(await page.text()).toContain('./main.js');
    const chunk = await fetch(`${host.url}/tab/chunks/circle-ABCD1234.js`);
    expect([chunk.status, chunk.headers.get('content-type'), chunk.headers.get('cache-control')]).toEqual([
      200,
      'text/javascript; charset=utf-8',
      'public, max-age=31536000, immutable',
    ]);
    expect((await fetch(`${host.url}/tab/main.js`)).headers.get('cache-control')).toBe('no-cache');
  });

  it('answers 404 for what is not there, and for any path that leaves the folder', async () => {
    expect((await fetch(`${host.url}/tab/missing.js`)).status).toBe(404);
    for (const escaping of ['..%2Ftab-secrets%2Fkeys.txt', '%2E%2E/tab-secrets/keys.txt', '..%5Ctab-secrets%5Ckeys.txt']) {
      const answer = await fetch(`${host.url}/tab/${escaping}`);
      expect([escaping, answer.status]).toEqual([escaping, 404]);
      expect(await answer.text()).not.toContain('key-7f3a9c');
    }
  });
});
