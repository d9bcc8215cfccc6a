import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { readSettings } from '../../functions/composition/config';
import { createServices } from '../../functions/composition/services';
import { seedDemoOrganisation } from '../../functions/dev/demo-organisation';
import { serveRoutes, type DevHost } from '../../functions/dev/host';
import { startPlayground, type RunningPlayground } from '../../functions/dev/playground';
import { routes } from '../../functions/http/routes';
import { freePort, startAzurite, type RunningAzurite } from '../support/azurite';
import { ChatPage, launchChromium } from '../support/chat-page';

/**
 * A consent decision in the Northside care team's chat, end to end: the local
 * stack (Azurite, the dev host's bot) and two Microsoft 365 Agents Playgrounds, one
 * playing Dev (author, secretary), one Hana (facilitator), driven in headless
 * Chromium. Screenshots of the consent card go to test-output/e2e/.
 */
jest.setTimeout(180_000);

const shots = join(process.cwd(), 'test-output', 'e2e');
let azurite: RunningAzurite;
let host: DevHost;
let playgrounds: RunningPlayground[] = [];
let browser: Browser;
let dev: ChatPage;
let hana: ChatPage;

beforeAll(async () => {
  await mkdir(shots, { recursive: true });
  azurite = await startAzurite();
  const services = await createServices(readSettings({ STORAGE_CONNECTION_STRING: azurite.connectionString, AUTH_MODE: 'dev' }));
  await seedDemoOrganisation(services, services.now());
  host = await serveRoutes(
    routes(async () => services),
    await freePort(),
  );
  const endpoint = `${host.url}/messages`;
  playgrounds = await Promise.all([
    startPlayground('dev', endpoint, await freePort()),
    startPlayground('hana', endpoint, await freePort()),
  ]);
  browser = await launchChromium();
  dev = await ChatPage.open(browser, playgrounds[0]?.url ?? '', 'Northside care team');
  hana = await ChatPage.open(browser, playgrounds[1]?.url ?? '', 'Northside care team');
});

afterAll(async () => {
  // The whole chat of each person as the run left it: the first place to look when a step failed.
  await dev?.page.screenshot({ path: join(shots, 'chat-dev.png'), fullPage: true });
  await hana?.page.screenshot({ path: join(shots, 'chat-hana.png'), fullPage: true });
  await browser?.close();
  await Promise.all(playgrounds.map((playground) => playground.stop()));
  await host?.close();
  await azurite?.stop();
});

const title = 'Weekend handover notes';

describe('a consent decision in a Teams chat (Agents Playground, headless Chromium)', () => {
  it('binds the chat to the Northside circle', async () => {
    await dev.say('bind', 'Which circle is this conversation?');
    await dev.open('Bind to a circle');
    await dev.choose('Circle', 'Northside care team');
    await dev.click('Bind to this circle', 'This conversation is the circle “Northside care team”.');
  });

  it('drafts and presents a proposal from the propose form', async () => {
    await dev.say('propose', 'Draft a proposal');
    await dev.fill('Title', title);
    await dev.fill('The proposal', 'Each weekend carer leaves a short handover note in the family’s folder.');
    await dev.fill('Why is it needed? (the driver)', 'Monday carers start blind.');
    await dev.click('Draft the proposal', 'is drafting this proposal');
    await dev.click('Present to the circle', 'Presented to the circle');
  });

  it('lets the facilitator take it to a consent round in the meeting', async () => {
    await hana.say('status', 'Awaiting you');
    await hana.click(`Show: ${title}`, 'Presented to the circle');
    await hana.click('Open clarifying questions', 'Clarifying questions');
    await hana.click('Open quick reactions', 'Quick reactions');
    await hana.open('Open the consent round');
    await hana.choose('How the circle answers', 'In our meeting now: the facilitator closes once those present have answered');
    await hana.click('Open the round', '0 of 5 have answered');
    await hana.shoot(join(shots, '1-open-round.png'));
  });

  it('shows the facilitator’s objection, with its reason, to the author', async () => {
    await hana.open('Object', { 'Your reason': 'A note in the folder is read by visitors: health details must stay private.' });
    await hana.click('Send objection', 'Your answer: object');
    await hana.shoot(join(shots, '2-objection-raised.png'));
    await dev.say('status', 'Awaiting you');
    await dev.click(`Show: ${title}`, 'health details must stay private');
  });

  it('shows the author their own answer', async () => {
    await dev.click('Consent', 'Your answer: consent.');
    await dev.shoot(join(shots, '3-own-answer.png'));
  });

  it('sends the objection to integration, and the author amends', async () => {
    await hana.say('status', 'Awaiting you');
    await hana.click(`Show: ${title}`, '2 of 5 have answered');
    await hana.open('Close the round');
    await hana.click('Close with those present', 'Objections are open');
    await dev.say('status', 'Awaiting you');
    await dev.click(`Show: ${title}`, 'Objections are open');
    await dev.open('Amend', {
      'Proposal text': 'Each weekend carer leaves a short handover note in the family’s sealed folder, kept out of sight.',
    });
    await dev.click('Send amendment', 'revision 2');
  });

  it('adopts the amended proposal once both consent, and shows the decision', async () => {
    await dev.click('Consent', 'Your answer: consent.');
    await hana.say('status', 'Awaiting you');
    await hana.click(`Show: ${title}`, 'revision 2');
    await hana.click('Consent', 'Your answer: consent.');
    await hana.open('Close the round');
    await hana.click('Close with those present', 'Adopted by consent');
    await hana.card().getByText('integrated by amendment').first().waitFor();
    await hana.shoot(join(shots, '4-adopted.png'));
  });
});
