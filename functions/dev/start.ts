/**
 * `npm start`: the whole app on this machine, with no Azure account and no tenant.
 * Azurite keeps tables under .data/ (`npm start -- --in-memory` keeps nothing), the
 * dev host serves the HTTP functions on :7071 in dev mode, and an empty store is
 * seeded with the demo organisation (`npm start -- --in-memory --empty` seeds nothing: the
 * tab opens on its first run). Ctrl-C stops everything.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigurationError, readSettings } from '../composition/config';
import { createServices } from '../composition/services';
import { routes } from '../http/routes';
import { timerStorageDeadlineMs } from '../storage/table-storage';
import { timers } from '../timers/timers';
import { startAzuriteTables } from './azurite';
import { demoAdmin, demoTenant, seedDemoOrganisation } from './demo-organisation';
import { serveRoutes } from './host';
import { bundleTab } from './tab-bundle';

async function main(): Promise<void> {
  const inMemory = process.argv.includes('--in-memory');
  const tablePort = Number(process.env.AZURITE_TABLE_PORT ?? 10002);
  const apiPort = Number(process.env.PORT ?? 7071);
  if (!inMemory) mkdirSync('.data/azurite', { recursive: true });
  const azurite = await startAzuriteTables({ port: tablePort, ...(inMemory ? {} : { location: '.data/azurite' }) });
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await azurite.stop();
    process.exit(code);
  };
  try {
    const settings = readSettings({
      STORAGE_CONNECTION_STRING: azurite.connectionString,
      AUTH_MODE: 'dev',
      DEV_TENANT_ID: demoTenant,
      ORGANISATION_ADMINS: `${demoTenant}:${demoAdmin}`,
      ...process.env,
    });
    const services = await createServices(settings);
    const empty = process.argv.includes('--empty');
    const seeded = !empty && (await seedDemoOrganisation(services, services.now()));
    const tab = await bundleTab(join(process.cwd(), 'dist', 'tab'));
    const unhurried = await createServices(settings, { deadlineMs: timerStorageDeadlineMs });
    const host = await serveRoutes(routes(async () => services), apiPort, '127.0.0.1', tab.folder, timers(async () => unhurried));
    const trainingFeed = await services.feeds.tokenFor(demoTenant, { kind: 'circle', circleId: 'training', personId: 'kemi' });
    const kemiFeed = await services.feeds.tokenFor(demoTenant, { kind: 'person', personId: 'kemi' });
    const onSignal = () => void host.close().then(() => stop(0));
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
    console.log(
      [
        '',
        'Sociocracy for Teams is running locally (dev mode: identities come from the x-dev-person header).',
        `  Tab          ${host.url.replace(/\/api$/, '/tab/')}   (outside Teams: dev mode, choose whom to act as)`,
        `  API          ${host.url}   (tenant “${demoTenant}”; “${demoAdmin}” is its organisation admin)`,
        `  Azurite      http://127.0.0.1:${tablePort}/devstoreaccount1   (${inMemory ? 'in memory' : 'data in .data/azurite'})`,
        `  Demo         ${empty ? 'not seeded (--empty): the tab opens on the first run of an empty organisation' : seeded ? 'seeded: a hub and four circles, half a year of decisions, an open consent round, a role term due for review with its selection under way, a meeting planned' : 'kept from the last run'}`,
        `  Calendars    ${host.url}/calendar/${trainingFeed}.ics   (Training's reviews and meetings, as Kemi holds it; iCalendar)`,
        `               ${host.url}/calendar/${kemiFeed}.ics   (Kemi Adeyemi's circles; every person's and circle's address is in the tab's Reviews view)`,
        `  Timers       review reminders at five past each hour, rounds' deadlines every 5 minutes, kept rows repaired every 10, calendars every 15; run one now: curl -X POST ${host.url.replace(/\/api$/, '')}/admin/functions/review-reminders`,
        '',
        'Try:',
        `  curl -H "x-dev-person: amara" ${host.url}/circles`,
        `  curl -H "x-dev-person: farid" -H "content-type: application/json" -d '{"type":"answer","answer":{"kind":"consent"}}' ${host.url}/circles/northside/proposals/weekend-rota/steps`,
        '',
        'Ctrl-C stops everything.',
      ].join('\n'),
    );
  } catch (error) {
    console.error(error instanceof ConfigurationError ? error.message : error);
    await stop(1);
  }
}

void main();
