import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { readSettings } from '../../functions/composition/config';
import { createServices, type Services } from '../../functions/composition/services';
import { seedDemoOrganisation } from '../../functions/dev/demo-organisation';
import { serveRoutes, type DevHost } from '../../functions/dev/host';
import { routes } from '../../functions/http/routes';
import { freePort, startAzurite, type RunningAzurite } from './azurite';
import { launchChromium } from './chat-page';
import { testTabFolder } from './tab-for-tests';

/** What a suite of the tab's browser tests runs against, once its `beforeAll` has run. */
export interface TabStack {
  readonly services: Services;
  readonly host: DevHost;
  readonly browser: Browser;
  /** The tab as the host serves it, with a query such as `?as=hana`. */
  tabUrl(query?: string): string;
  /** Moves the server's clock on (only the API's `now`; the pages keep theirs), so a time box runs out without waiting. */
  moveClock(ms: number): void;
}

/** Where the tab's screenshots go; looked at before a UI is called done. */
export const tabShots = join(process.cwd(), 'test-output', 'tab');

/** Seeds the demo organisation, as `npm start` does. */
export const withDemo = async (services: Services): Promise<void> => {
  await seedDemoOrganisation(services, services.now());
};

/**
 * Azurite, the API serving the bundled tab in dev mode (`admin` is the demo tenant's
 * organisation admin) and headless Chromium, started before the suite and stopped
 * after it. `prepare` runs on the services before the host serves: nothing for an
 * empty organisation, `withDemo` for the demo one.
 */
export function useTabStack(prepare?: (services: Services) => Promise<void>): TabStack {
  let azurite: RunningAzurite | undefined;
  let services: Services | undefined;
  let host: DevHost | undefined;
  let browser: Browser | undefined;
  let clockOffsetMs = 0;
  const running = <T>(part: T | undefined): T => {
    if (part === undefined) throw new Error('The tab stack is used before its beforeAll has run.');
    return part;
  };

  beforeAll(async () => {
    await mkdir(tabShots, { recursive: true });
    azurite = await startAzurite();
    const settings = readSettings({
      STORAGE_CONNECTION_STRING: azurite.connectionString,
      AUTH_MODE: 'dev',
      ORGANISATION_ADMINS: 'riverside-dev:admin',
    });
    const created = await createServices(settings);
    const ready: Services = { ...created, now: () => new Date(Date.now() + clockOffsetMs).toISOString() };
    await prepare?.(ready);
    services = ready;
    host = await serveRoutes(
      routes(async () => ready),
      await freePort(),
      '127.0.0.1',
      testTabFolder,
    );
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await host?.close();
    await azurite?.stop();
  });

  return {
    get services() {
      return running(services);
    },
    get host() {
      return running(host);
    },
    get browser() {
      return running(browser);
    },
    moveClock: (ms) => {
      clockOffsetMs += ms;
    },
    tabUrl: (query = '') => `${running(host).url.replace(/\/api$/, '/tab/')}${query}`,
  };
}
