import { ConfigurationError, readSettings } from '../composition/config';
import { createServices, type Services } from '../composition/services';
import { routes } from '../http/routes';
import { timerStorageDeadlineMs } from '../storage/table-storage';
import { timers } from '../timers/timers';
import { demoAdmin, demoTenant, seedDemoOrganisation } from './demo-organisation';
import { type DevHost, serveRoutes } from './host';
import { StartFailure, whyItFailed } from './start-failure';
import type { Demo, Running } from './what-runs';

export interface LocalAppOptions {
  readonly connectionString: string;
  readonly apiPort: number;
  /** Seed the demo organisation into an empty store (not with `--empty`). */
  readonly seed: boolean;
  readonly say: (line: string) => void;
}

export interface LocalApp {
  readonly demo: Demo;
  /** Serves the API, the tab's folder and the timers; what it serves is then printed. */
  serve(tabFolder: string): Promise<{ readonly host: DevHost; readonly feeds: Running['feeds'] }>;
}

/**
 * The app of `npm start` on Azurite: dev-mode settings (the environment overrides
 * them), its services, and the demo organisation seeded into an empty store.
 */
export async function startLocalApp({ connectionString, apiPort, seed, say }: LocalAppOptions): Promise<LocalApp> {
  const settings = (() => {
    try {
      return readSettings({
        STORAGE_CONNECTION_STRING: connectionString,
        AUTH_MODE: 'dev',
        DEV_TENANT_ID: demoTenant,
        ORGANISATION_ADMINS: `${demoTenant}:${demoAdmin}`,
        TAB_URL: `http://127.0.0.1:${apiPort}/tab/`,
        ...process.env,
      });
    } catch (error) {
      throw error instanceof ConfigurationError ? new StartFailure(`a setting is wrong: ${error.message}`) : error;
    }
  })();
  const services = await createServices(settings);
  if (seed) say('Seeding the demo organisation (unless the store holds it already)…');
  const seeded = seed && (await seedDemoOrganisation(services, services.now()));
  return {
    demo: !seed ? 'empty' : seeded ? 'seeded' : 'kept',
    serve: async (tabFolder) => {
      const unhurried = await createServices(settings, { deadlineMs: timerStorageDeadlineMs });
      const host = await serveRoutes(
        routes(async () => services),
        apiPort,
        '127.0.0.1',
        tabFolder,
        timers(async () => unhurried),
      ).catch((error: unknown) => {
        throw new StartFailure(`the app could not listen on port ${apiPort} (choose another with PORT): ${whyItFailed(error)}`);
      });
      return { host, feeds: await demoFeeds(services) };
    },
  };
}

/** Feed tokens to print: Training's calendar as Kemi holds it, and Kemi's own. */
async function demoFeeds(services: Services): Promise<Running['feeds']> {
  const [training, kemi] = await Promise.all([
    services.feeds.tokenFor(demoTenant, { kind: 'circle', circleId: 'training', personId: 'kemi' }),
    services.feeds.tokenFor(demoTenant, { kind: 'person', personId: 'kemi' }),
  ]);
  return { training, kemi };
}
