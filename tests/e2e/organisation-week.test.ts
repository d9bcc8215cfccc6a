import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { InvocationContext } from '@azure/functions';
import type { Browser, Page } from 'playwright-core';
import { readSettings } from '../../functions/composition/config';
import type { Services } from '../../functions/composition/services';
import { createServices } from '../../functions/composition/services';
import { demoTenant } from '../../functions/dev/demo-organisation';
import { serveRoutes, type DevHost } from '../../functions/dev/host';
import { startPlayground, type RunningPlayground } from '../../functions/dev/playground';
import { routes } from '../../functions/http/routes';
import { timers } from '../../functions/timers/timers';
import { freePort, startAzurite, type RunningAzurite } from '../support/azurite';
import { ChatPage, launchChromium } from '../support/chat-page';
import { testTabFolder } from '../support/tab-for-tests';
import { playgroundListsMembers } from '../support/playground-members';
import { devGraphApp, startGraphFake, type GraphFake } from '../support/graph-fake';

/**
 * A new co-op's first week, from an empty organisation, through the tab and the cards
 * only: Dev, an organisation admin, creates the general circle in the tab, binds the
 * co-op's chat in the Agents Playground and takes two people in from its roster card,
 * finds two more with the tab's people picker (Microsoft Graph, the contract fake),
 * names the roles, chooses "silence is consent", creates a sub-circle, and runs a
 * proposal to adoption. The Playground is the Bot Connector here and keeps every
 * message the bot sent; the Graph fake keeps every activity-feed notice. The only
 * thing not done in a page is the passing of time: the round-deadlines timer runs
 * with its clock set to the moments that matter. Screenshots go to test-output/e2e/.
 */
jest.setTimeout(240_000);

const shots = join(process.cwd(), 'test-output', 'e2e');
const hour = 60 * 60 * 1000;
let azurite: RunningAzurite;
let graph: GraphFake;
let services: Services;
let host: DevHost;
let playground: RunningPlayground | undefined;
let browser: Browser;
let chat: ChatPage;
let tabUrl: string;
/** Dev's tab, open through the first run as a person would keep it while binding the chat. */
let devTab: Page;

beforeAll(async () => {
  await mkdir(shots, { recursive: true });
  [azurite, graph] = await Promise.all([startAzurite(), startGraphFake()]);
  // The tenant's directory: everyone in the chat, and one person who is not.
  for (const [id, displayName] of <const>[
    ['dev', 'Dev Patel'],
    ['hana', 'Hana Sato'],
    ['amara', 'Amara Okafor'],
    ['grace', 'Grace Lin'],
    ['ben', 'Ben Hughes'],
    ['ivo', 'Ivo Novak'],
  ]) {
    graph.addUser({ id, displayName, mail: `${id}@riverside.example`, userPrincipalName: `${id}@riverside.example` });
  }
  graph.addUser({
    id: 'farid',
    displayName: 'Farid Haddad',
    mail: 'farid@family.example',
    userPrincipalName: 'farid_family.example#EXT#@riverside.onmicrosoft.com',
    userType: 'Guest',
  });
  services = await createServices(
    readSettings({
      STORAGE_CONNECTION_STRING: azurite.connectionString,
      AUTH_MODE: 'dev',
      ORGANISATION_ADMINS: `${demoTenant}:dev`,
      ENTRA_CLIENT_ID: devGraphApp.clientId,
      GRAPH_CLIENT_SECRET: devGraphApp.clientSecret,
      GRAPH_BASE_URL: graph.url,
      ENTRA_AUTHORITY_HOST: graph.url,
    }),
  );
  host = await serveRoutes(
    routes(async () => services),
    await freePort(),
    '127.0.0.1',
    testTabFolder,
  );
  tabUrl = host.url.replace(/\/api$/, '/tab/');
  playground = await startPlayground('dev', `${host.url}/messages`, await freePort());
  browser = await launchChromium();
  chat = await ChatPage.open(browser, playground.url, 'Northside care team');
}, 180_000);

afterAll(async () => {
  await chat?.page.screenshot({ path: join(shots, 'week-chat.png'), fullPage: true });
  await browser?.close();
  await playground?.stop();
  await host?.close();
  await Promise.all([graph?.stop(), azurite?.stop()]);
});

async function tab(as: string, open = ''): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${tabUrl}?as=${as}${open ? `&open=${encodeURIComponent(open)}` : ''}`);
  return page;
}

/** The round-deadlines timer as the host runs it, its clock set to `now`. */
async function deadlineTimerAt(now: string): Promise<void> {
  const timer = timers(async () => ({ ...services, now: () => now })).find((each) => each.name === 'round-deadlines');
  await timer?.run(new InvocationContext({ functionName: 'round-deadlines' }));
}

/** The bot's plain messages in the chat saying `text` (mentions are shown as names). */
const messages = (text: RegExp) => chat.page.locator('.fai-OutputCard p').filter({ hasText: text });
/** The proposal's cards in the chat: the shared one, updated in place, and any person's own view. */
const proposalCards = () => chat.page.locator('.ac-adaptiveCard').filter({ hasText: title });

/** The activity-feed notices Graph accepted of one type, by person. */
const fed = (activityType: string) =>
  graph.notifications
    .filter((each) => each.notification.activityType === activityType)
    .map((each) => each.personId)
    .sort();

const title = 'Handover notes in the family’s folder';
let opened = 0;

describe('a new co-op’s first week (tab, Agents Playground and Graph fake, headless Chromium)', () => {
  it('creates the general circle in the tab of an empty organisation', async () => {
    devTab = await tab('dev');
    const page = devTab;
    const firstRun = page.getByRole('region', { name: 'Set up your organisation' });
    await firstRun.getByText('0 of 4 steps done').waitFor();
    const create = firstRun.getByRole('region', { name: 'Create the general circle' });
    await create.getByRole('textbox', { name: /Name of the organisation’s general circle/ }).fill('Riverside Care Co-op');
    await create.getByLabel('Aim (what the organisation is for)').fill('Good care at home, decided together');
    await create.getByLabel('Domain (what it decides about)').fill('The co-op as a whole');
    await create.getByRole('button', { name: 'Create the general circle' }).click();
    await firstRun.getByText('1 of 4 steps done').waitFor();
  });

  it('binds the co-op’s chat and takes two people in from its roster card', async () => {
    await playgroundListsMembers(playground!.url, 'northside-chat');
    await chat.say('bind', 'Which circle is this conversation?');
    await chat.open('Bind to a circle');
    await chat.choose('Circle', 'Riverside Care Co-op');
    const card = await chat.click('Bind to this circle', 'Choose whom to add');
    await card.getByRole('checkbox', { name: 'Hana Sato' }).check();
    await card.getByRole('checkbox', { name: 'Dev Patel' }).check();
    await chat.shoot(join(shots, 'week-roster-offer.png'));
    await chat.click('Add to the circle', /Added to the circle: (Dev Patel, Hana Sato|Hana Sato, Dev Patel)\./);
  });

  it('finds two more with the tab’s people picker, names the roles and chooses how the circle decides', async () => {
    const page = devTab;
    const firstRun = page.getByRole('region', { name: 'Set up your organisation' });
    const members = firstRun.getByRole('region', { name: 'Bring its members in' });
    const picker = page.getByRole('combobox', { name: 'Add a member' });
    for (const name of ['Amara Okafor', 'Farid Haddad']) {
      await picker.click();
      await picker.pressSequentially(name.slice(0, 3));
      await page
        .getByRole('listbox')
        .getByRole('option', { name: new RegExp(name) })
        .click();
    }
    await page.getByRole('button', { name: 'Add 2 people' }).click();
    await members.getByText('4 members so far.').waitFor();
    await members.getByRole('list', { name: 'Members' }).getByText('guest').waitFor();
    await firstRun.getByText('2 of 4 steps done').waitFor();

    await firstRun.getByRole('button', { name: 'Next step' }).click();
    const roles = firstRun.getByRole('region', { name: 'Name its roles' });
    await roles.getByRole('combobox', { name: 'Facilitator' }).selectOption({ label: 'Hana Sato' });
    await roles.getByRole('button', { name: 'Name the facilitator' }).click();
    await roles.getByText('Facilitator: Hana Sato').waitFor();
    await roles.getByRole('combobox', { name: 'Secretary' }).selectOption({ label: 'Dev Patel' });
    await roles.getByRole('button', { name: 'Name the secretary' }).click();
    await firstRun.getByText('3 of 4 steps done').waitFor();

    await firstRun.getByRole('button', { name: 'Next step' }).click();
    const policy = firstRun.getByRole('region', { name: 'How the circle decides' });
    await policy.getByRole('spinbutton', { name: 'Days to answer an asynchronous round' }).fill('3');
    await policy.getByRole('radio', { name: 'Silence counts as consent' }).check();
    await policy.getByRole('button', { name: 'Choose this policy' }).click();
    await firstRun.getByText('4 of 4 steps done').waitFor();
    await page.screenshot({ path: join(shots, 'week-first-run-done.png'), fullPage: true });
  });

  it('creates a sub-circle under the general circle', async () => {
    const page = await tab('dev');
    await page.getByRole('region', { name: 'Circle map' }).waitFor();
    await page.getByRole('button', { name: 'Create a circle' }).click();
    const create = page.getByRole('region', { name: 'Create a circle' });
    await create.getByLabel('Name').fill('Kitchen');
    await create.getByRole('button', { name: 'Create the circle' }).click();
    await page.getByRole('article', { name: 'Kitchen' }).getByLabel('To finish setting up this circle').waitFor();
    await page.getByRole('article', { name: 'Kitchen' }).getByRole('button', { name: '← All circles' }).click();
    await page.getByRole('region', { name: 'Circle map' }).getByLabel('Kitchen', { exact: true }).waitFor();
    await page.close();
  });

  it('opens a consent round from the tab, and each person asked is told in the chat and their activity feed', async () => {
    const page = await tab('dev');
    await page.getByRole('button', { name: 'Open Riverside Care Co-op' }).click();
    await page.getByRole('button', { name: 'Start a proposal' }).click();
    const start = page.getByRole('region', { name: 'Start a proposal' });
    await start.getByLabel('Title').fill(title);
    await start.getByLabel('The proposal').fill('Each weekend carer leaves a short handover note in the family’s folder.');
    await start.getByLabel('Why is it needed? (the driver)').fill('Monday carers start blind.');
    await start.getByRole('button', { name: 'Draft the proposal' }).click();
    const proposal = page.getByRole('article', { name: title });
    await proposal.getByRole('button', { name: 'Present to the circle' }).click();
    await proposal.getByText('Presented to the circle.').first().waitFor();
    await page.close();

    const hana = await tab('hana');
    await hana.getByRole('button', { name: 'Open Riverside Care Co-op' }).click();
    await hana
      .getByRole('button', { name: `Open ${title}` })
      .or(hana.getByRole('button', { name: title }))
      .first()
      .click();
    const asHana = hana.getByRole('article', { name: title });
    for (const [button, after] of [
      ['Open clarifying questions', /Clarifying questions: ask what you need/],
      ['Open quick reactions', /Quick reactions: each member/],
      ['Open the consent round (by the deadline)', /Consent round/],
    ] as const) {
      await asHana.getByRole('button', { name: button }).click();
      await asHana.getByText(after).first().waitFor();
    }
    opened = Date.now();
    await hana.screenshot({ path: join(shots, 'week-round-open.png'), fullPage: true });
    await hana.close();

    // One message in the chat mentions all four asked; the round's card is there for them to answer on.
    await messages(/is open\. Hana Sato, Dev Patel, Amara Okafor, Farid Haddad: your answer is awaited by/).waitFor();
    expect(await messages(/is open\./).count()).toBe(1);
    await proposalCards().filter({ hasText: '0 of 4 have answered' }).waitFor();
    // Each asked person's activity feed has the notice, opening the proposal in the tab.
    expect(fed('answerAwaited')).toEqual(['amara', 'dev', 'farid', 'hana']);
    const notice = graph.notifications.find((each) => each.personId === 'farid')?.notification;
    expect(notice?.topic).toMatchObject({ source: 'text', value: title });
    expect(notice?.topic?.webUrl).toContain(encodeURIComponent('proposal/'));
  });

  it('takes Dev’s answer on the chat’s card and Amara’s in the tab', async () => {
    // The shared card, as the tab's step left it: Dev answers on it as a person in the chat would.
    // The bot's answer to the click is waited for, so it cannot land over the card Amara's answer updates next. The page then
    // shows Dev's own view (the answer in place) or the shared card the bot updated just before: the Playground does either.
    await chat.answered(() =>
      proposalCards().filter({ hasText: '0 of 4 have answered' }).last().getByRole('button', { name: 'Consent', exact: true }).click(),
    );
    await proposalCards()
      .filter({ hasText: /Your answer: consent\.|1 of 4 have answered/ })
      .first()
      .waitFor();

    const amara = await tab('amara');
    await amara.getByRole('button', { name: 'Open Riverside Care Co-op' }).click();
    await amara.getByRole('button', { name: `Open ${title}` }).click();
    const proposal = amara.getByRole('article', { name: title });
    await proposal.getByRole('radio', { name: 'Consent', exact: true }).check();
    await proposal.getByRole('button', { name: 'Send my answer' }).click();
    await proposal.getByText('Amara Okafor:').first().waitFor();
    await amara.close();
    await proposalCards()
      .filter({ hasText: '2 of 4 have answered' })
      .filter({ hasText: 'Consent: Dev Patel, Amara Okafor' })
      .first()
      .waitFor();
  });

  it('reminds those still to answer once before the deadline, even with two timer runs at the same moment', async () => {
    // The policy's three days and the default 24 hours: past the closing-soon moment, before the deadline.
    const soon = new Date(opened + 60 * hour).toISOString();
    await Promise.all([deadlineTimerAt(soon), deadlineTimerAt(soon)]);
    await deadlineTimerAt(new Date(opened + 61 * hour).toISOString());
    await messages(/closes soon, at .*\. Hana Sato, Farid Haddad: your answer is still awaited\./).waitFor();
    expect(await messages(/closes soon/).count()).toBe(1);
    expect(fed('closingSoon')).toEqual(['farid', 'hana']);
  });

  it('adopts the proposal at the deadline, silence counting as consent, and shows it on the card and in the tab', async () => {
    await deadlineTimerAt(new Date(opened + 73 * hour).toISOString());
    await proposalCards()
      .filter({ hasText: /Adopted/ })
      .filter({ hasText: 'Consented by silence: Hana Sato, Farid Haddad' })
      .first()
      .waitFor();
    const page = await tab('farid');
    await page.getByRole('button', { name: 'Open Riverside Care Co-op' }).click();
    await page.getByRole('button', { name: `Open ${title}` }).click();
    await page
      .getByRole('article', { name: title })
      .getByText(/Adopted/)
      .first()
      .waitFor();
    await page.getByText('Counted as consenting by their silence: Hana Sato and Farid Haddad').waitFor();
    await page.screenshot({ path: join(shots, 'week-adopted.png'), fullPage: true });
    await page.close();
    // Nobody is asked anything more, and nothing was told twice.
    expect(await messages(/is open\./).count()).toBe(1);
    expect(fed('answerAwaited')).toEqual(['amara', 'dev', 'farid', 'hana']);
  });
});
