/**
 * `npm start`: the whole app on this machine, with no Azure account and no tenant.
 * Azurite keeps tables under .data/ (`npm start -- --in-memory` keeps nothing), the
 * dev host serves the HTTP functions on PORT (7071) in dev mode, and an empty store is
 * seeded with the demo organisation (`npm start -- --in-memory --empty` seeds nothing: the
 * tab opens on its first run). Each step is printed as it begins, and the ready line
 * says how long the start took. Ctrl-C stops everything.
 *
 * Only what starts Azurite and keeps the tab's bundle is imported up front: the app's
 * modules (the Agents SDK, the storage SDK, zod) take seconds to load on a busy
 * machine, so they load while Azurite starts in its own process.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startAzuriteTables } from './azurite';
import { localPort, StartFailure, whyItFailed } from './start-failure';
import { keepTabCurrent } from './tab-kept';

/** Seconds since this process began, compiling the sources included (npm's own start comes before). */
const elapsed = () => `${process.uptime().toFixed(1)} s`;
const say = (line: string) => console.log(line);

/** Things started so far, stopped in reverse order on Ctrl-C or a failure. */
const started: (() => Promise<void>)[] = [];
let stopping = false;
async function stopAll(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  for (const stop of started.reverse()) await stop().catch(() => undefined);
  process.exit(code);
}

async function main(): Promise<void> {
  const inMemory = process.argv.includes('--in-memory');
  const empty = process.argv.includes('--empty');
  const tablePort = localPort('AZURITE_TABLE_PORT', 10002);
  const apiPort = localPort('PORT', 7071);
  const onSignal = () => void stopAll(0);
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  say(`Starting Azurite on port ${tablePort} (${inMemory ? 'in memory' : 'tables kept in .data/azurite'})…`);
  if (!inMemory) mkdirSync('.data/azurite', { recursive: true });
  const azuriteStarting = startAzuriteTables({ port: tablePort, ...(inMemory ? {} : { location: '.data/azurite' }) });
  const tabFolder = join(process.cwd(), 'dist', 'tab');
  const tabReady = keepTabCurrent(tabFolder, say);
  const appLoading = Promise.all([import('./local-app'), import('./what-runs')]);
  // Each is awaited in turn below; one failing meanwhile is reported there, not as an unhandled rejection.
  for (const pending of [tabReady, appLoading]) pending.catch(() => undefined);

  const azurite = await azuriteStarting.catch((error: unknown) => {
    throw new StartFailure(`Azurite did not start on port ${tablePort} (choose another with AZURITE_TABLE_PORT): ${whyItFailed(error)}`);
  });
  started.push(() => azurite.stop());
  const [{ startLocalApp }, { whatRuns }] = await appLoading;
  const app = await startLocalApp({ connectionString: azurite.connectionString, apiPort, seed: !empty, say });
  await tabReady.catch((error: unknown) => {
    throw new StartFailure(`the tab could not be bundled: ${whyItFailed(error)}`);
  });
  const { host, feeds } = await app.serve(tabFolder);
  started.push(() => host.close());
  say(whatRuns({ apiUrl: host.url, tablePort, inMemory, demo: app.demo, feeds }));
  say(`Ready: ${host.url.replace(/\/api$/, '')} (${elapsed()})  Ctrl-C stops everything.`);
}

main().catch(async (error: unknown) => {
  // Ours say what went wrong in words; anything else keeps its stack for whoever fixes it.
  console.error(error instanceof StartFailure ? `npm start failed: ${error.message}` : error);
  await stopAll(1);
});
