import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { readSettings } from '../../functions/composition/config';
import { createServices } from '../../functions/composition/services';
import { seedDemoOrganisation } from '../../functions/dev/demo-organisation';
import { serveRoutes, type DevHost } from '../../functions/dev/host';
import { startPlayground, type RunningPlayground } from '../../functions/dev/playground';
import { routes } from '../../functions/http/routes';
import { timers } from '../../functions/timers/timers';
import { freePort, startAzurite, type RunningAzurite } from '../support/azurite';
import { ChatPage, launchChromium } from '../support/chat-page';

/**
 * The review reminder as `npm start` shows it: Northside's key-safe decision is due
 * for review; once the chat is Northside's home, the reminder card arrives there,
 * the timer never sends it twice, and the card drafts the review decision.
 */
jest.setTimeout(120_000);

const shots = join(process.cwd(), 'test-output', 'e2e');
let azurite: RunningAzurite;
let host: DevHost;
let playground: RunningPlayground;
let browser: Browser;
let dev: ChatPage;

beforeAll(async () => {
  await mkdir(shots, { recursive: true });
  azurite = await startAzurite();
  const services = await createServices(readSettings({ STORAGE_CONNECTION_STRING: azurite.connectionString, AUTH_MODE: 'dev' }));
  await seedDemoOrganisation(services, services.now());
  host = await serveRoutes(
    routes(async () => services),
    await freePort(),
    '127.0.0.1',
    undefined,
    timers(async () => services),
  );
  playground = await startPlayground('dev', `${host.url}/messages`, await freePort());
  browser = await launchChromium();
  dev = await ChatPage.open(browser, playground.url, 'Northside care team');
});

afterAll(async () => {
  await dev?.page.screenshot({ path: join(shots, 'chat-review-reminder.png'), fullPage: true });
  await browser?.close();
  await playground?.stop();
  await host?.close();
  await azurite?.stop();
});

const heading = /Review in \d+ days?: Key safe codes changed every three months/;
const runReminderTimer = () => fetch(`${host.url.replace(/\/api$/, '')}/admin/functions/review-reminders`, { method: 'POST' });

describe('a review reminder in the circle’s chat (Agents Playground, headless Chromium)', () => {
  it('arrives as soon as the chat becomes the circle’s home', async () => {
    await dev.say('bind', 'Which circle is this conversation?');
    await dev.open('Bind to a circle');
    await dev.choose('Circle', 'Northside care team');
    await dev.click('Bind to this circle', 'This conversation is the circle “Northside care team”.');
    const reminder = dev.page.locator('.ac-adaptiveCard').filter({ hasText: heading });
    await reminder.first().waitFor();
    await reminder.first().getByText('A review is a new consent decision', { exact: false }).waitFor();
    await reminder.first().screenshot({ path: join(shots, 'review-reminder.png') });
  });

  it('is not sent again by the timer', async () => {
    expect((await runReminderTimer()).status).toBe(202);
    // The bind's card and the reminder have landed; a second reminder would follow the timer's run at once.
    await dev.page.waitForTimeout(1500);
    expect(await dev.page.locator('.ac-adaptiveCard').filter({ hasText: heading }).count()).toBe(1);
  });

  it('drafts the review decision from the card, the decision’s text to continue or amend', async () => {
    const reminder = dev.page.locator('.ac-adaptiveCard').filter({ hasText: heading }).first();
    await reminder.getByRole('button', { name: 'Start the review', exact: true }).click();
    await reminder
      .getByRole('textbox', { name: /^The proposal/ })
      .fill('Key safe codes change every three months and whenever a carer leaves; the person we support chooses the code.');
    await reminder.getByRole('button', { name: 'Draft the review', exact: true }).click();
    const draft = dev.page
      .locator('.ac-adaptiveCard')
      .filter({ hasText: 'Review: Key safe codes changed every three months' })
      .filter({ hasText: 'Present to the circle' });
    await draft.last().waitFor();
    await draft.last().screenshot({ path: join(shots, 'review-drafted.png') });
  });
});
