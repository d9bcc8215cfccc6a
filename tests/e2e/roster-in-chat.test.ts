import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { findCircle } from '../../shared';
import { readSettings } from '../../functions/composition/config';
import type { Services } from '../../functions/composition/services';
import { createServices } from '../../functions/composition/services';
import { demoTenant, seedDemoOrganisation } from '../../functions/dev/demo-organisation';
import { serveRoutes, type DevHost } from '../../functions/dev/host';
import { startPlayground, type RunningPlayground } from '../../functions/dev/playground';
import { routes } from '../../functions/http/routes';
import { freePort, startAzurite, type RunningAzurite } from '../support/azurite';
import { ChatPage, launchChromium } from '../support/chat-page';
import { playgroundListsMembers } from '../support/playground-members';

/**
 * People in from the chat's roster in the Microsoft 365 Agents Playground, driven in
 * headless Chromium: the Playground serves the chat's members (`pagedmembers`) as Teams
 * does, Dev binds the chat and brings Ben, the one person there not yet in Northside,
 * into the circle. Screenshots go to test-output/e2e/.
 */
jest.setTimeout(180_000);

const shots = join(process.cwd(), 'test-output', 'e2e');
let azurite: RunningAzurite;
let services: Services;
let host: DevHost;
let playground: RunningPlayground | undefined;
let browser: Browser;
let dev: ChatPage;

beforeAll(async () => {
  await mkdir(shots, { recursive: true });
  azurite = await startAzurite();
  services = await createServices(readSettings({ STORAGE_CONNECTION_STRING: azurite.connectionString, AUTH_MODE: 'dev' }));
  await seedDemoOrganisation(services, services.now());
  host = await serveRoutes(
    routes(async () => services),
    await freePort(),
  );
  playground = await startPlayground('dev', `${host.url}/messages`, await freePort());
  browser = await launchChromium();
  dev = await ChatPage.open(browser, playground.url, 'Northside care team');
});

afterAll(async () => {
  await dev?.page.screenshot({ path: join(shots, 'chat-roster.png'), fullPage: true });
  await browser?.close();
  await playground?.stop();
  await host?.close();
  await azurite?.stop();
});

describe('people in from a chat’s roster (Agents Playground, headless Chromium)', () => {
  it('offers, once the chat is bound, the people of the chat who are not members yet', async () => {
    // The bind reads the roster from the Playground: it must list the chat's members first.
    await playgroundListsMembers(playground!.url, 'northside-chat');
    await dev.say('bind', 'Which circle is this conversation?');
    await dev.open('Bind to a circle');
    await dev.choose('Circle', 'Northside care team');
    const card = await dev.click('Bind to this circle', 'Choose whom to add');
    const offered = card.getByRole('checkbox');
    expect(await offered.count()).toBe(1);
    await expect(offered.first().isChecked()).resolves.toBe(false);
    await card.getByRole('checkbox', { name: 'Ben Hughes' }).waitFor();
    await dev.shoot(join(shots, 'roster-offer.png'));
  });

  it('adds the person ticked to the circle', async () => {
    await dev.card().getByRole('checkbox', { name: 'Ben Hughes' }).check();
    await dev.click('Add to the circle', /Added to the circle: Ben Hughes\.|Everyone here is already a member/);
    await dev.shoot(join(shots, 'roster-added.png'));
    const northside = findCircle((await services.structures.load(demoTenant)).structure, 'northside');
    expect(northside?.members.find((m) => m.personId === 'ben')).toEqual({ personId: 'ben', displayName: 'Ben Hughes', guest: false });
  });
});
