import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { readSettings } from '../../functions/composition/config';
import { createServices } from '../../functions/composition/services';
import { seedDemoOrganisation } from '../../functions/dev/demo-organisation';
import { serveRoutes, type DevHost } from '../../functions/dev/host';
import { routes } from '../../functions/http/routes';
import { freePort, startAzurite, type RunningAzurite } from '../support/azurite';
import { launchChromium } from '../support/chat-page';
import { testTabFolder } from '../support/tab-for-tests';
import { seriousViolations } from '../support/accessibility';

/**
 * A decision's story as a newcomer reads it in the tab: an amended proposal is
 * taken through the API by the people of the demo organisation, then someone who
 * joined the circle afterwards opens it from the logbook in headless Chromium.
 * The screenshot goes to test-output/tab/decision-story.png.
 */
jest.setTimeout(120_000);

const shots = join(process.cwd(), 'test-output', 'tab');
let azurite: RunningAzurite;
let host: DevHost;
let browser: Browser;

async function call(method: string, path: string, as: string, body?: unknown): Promise<{ status: number; body: Record<string, any> }> {
  const response = await fetch(`${host.url}/${path}`, {
    method,
    headers: { 'x-dev-person': as, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

const title = 'Night cover by two carers';
const firstText = 'From February, every night shift in Northside is covered by two carers.';
const amendedText = 'From February, every night shift in Northside is covered by two carers, one of them on call from home.';
const objection = 'Two carers awake all night cost more than the budget holds.';

/** Revision 1, Farid's objection, Dev's amendment that integrates it (revision 2), everyone's answer to it and adoption. */
async function amendedDecision(): Promise<void> {
  const steps = 'circles/northside/proposals/night-cover/steps';
  const nextYear = `${new Date().getUTCFullYear() + 1}-11-30`;
  const run: [string, Record<string, unknown>][] = [
    [
      'dev',
      { type: 'draft-proposal', title, text: firstText, driver: 'Two people at home need help at night at once.', reviewDate: nextYear },
    ],
    ['dev', { type: 'present-proposal' }],
    ['hana', { type: 'open-clarifying-questions' }],
    ['grace', { type: 'ask-question', questionId: 'q-weekends', text: 'Does this include weekends?' }],
    ['dev', { type: 'answer-question', questionId: 'q-weekends', answer: 'Yes, every night of the week.' }],
    ['hana', { type: 'open-quick-reactions' }],
    ['amara', { type: 'react', text: 'Safer for everyone.' }],
    ['hana', { type: 'open-consent-round', options: { mode: 'sync' } }],
    ['amara', { type: 'answer', answer: { kind: 'consent' } }],
    ['farid', { type: 'answer', answer: { kind: 'object', text: objection } }],
    ['hana', { type: 'close-consent-round', present: ['amara', 'farid'] }],
    ['dev', { type: 'amend-proposal', text: amendedText }],
    ['amara', { type: 'answer', answer: { kind: 'consent' } }],
    ['dev', { type: 'answer', answer: { kind: 'consent' } }],
    ['farid', { type: 'answer', answer: { kind: 'concern', text: 'Let us check the cost after three months.' } }],
    ['hana', { type: 'answer', answer: { kind: 'consent' } }],
    ['grace', { type: 'answer', answer: { kind: 'stand-aside', text: 'I am asleep at night; I leave it to the carers.' } }],
    ['hana', { type: 'close-consent-round' }],
  ];
  for (const [person, command] of run) {
    const answer = await call('POST', steps, person, command);
    if (answer.status !== 200) throw new Error(`${person} ${String(command.type)}: ${answer.status} ${JSON.stringify(answer.body)}`);
  }
  // Leo, of Southside, joins Northside once it has decided: the newcomer who reads the story.
  const joined = await call('POST', 'structure/commands', 'admin', {
    type: 'add-member',
    circleId: 'northside',
    member: { personId: 'leo', displayName: 'Leo Brandt', guest: false },
  });
  if (joined.status !== 200) throw new Error(`add leo: ${JSON.stringify(joined.body)}`);
}

const farid = {
  first: 'Grace asks the questions the rest of us are too polite to ask.',
  changed: 'Having heard the others, Dev carries our questions best.',
};

/** Northside chooses its next delegate: nominations, Farid's changed in the change round, Dev proposed and consented to. */
async function delegateChosen(): Promise<void> {
  const steps = 'circles/northside/selections/northside-delegate-next/steps';
  const nominate = (nominee: string, reason: string) => ({ type: 'nominate', nominee, reason });
  const run: [string, Record<string, unknown>][] = [
    ['dev', { type: 'start-selection', roleId: 'delegate', termStart: `${new Date().getUTCFullYear() + 1}-06-01` }],
    ['amara', nominate('dev', 'Dev already takes our rota questions to the hub.')],
    ['dev', nominate('grace', 'Grace would make sure the hub hears the people we support.')],
    ['farid', nominate('grace', farid.first)],
    ['grace', nominate('dev', 'Dev is patient and writes everything down.')],
    ['hana', nominate('dev', 'Dev knows the budget questions the hub asks.')],
    ['hana', { type: 'close-nominations' }],
    ['farid', { type: 'change-nomination', nominee: 'dev', reason: farid.changed }],
    [
      'hana',
      {
        type: 'propose-candidate',
        candidate: 'dev',
        reasoning: 'Four of us named Dev for carrying our questions to the hub.',
        options: { mode: 'sync' },
      },
    ],
    ...['amara', 'dev', 'farid', 'grace', 'hana'].map((person): [string, Record<string, unknown>] => [
      person,
      { type: 'answer', answer: { kind: 'consent' } },
    ]),
    ['hana', { type: 'close-consent-round' }],
  ];
  for (const [person, command] of run) {
    const answer = await call('POST', steps, person, command);
    if (answer.status !== 200) throw new Error(`${person} ${String(command.type)}: ${answer.status} ${JSON.stringify(answer.body)}`);
  }
}

beforeAll(async () => {
  await mkdir(shots, { recursive: true });
  azurite = await startAzurite();
  const services = await createServices(
    readSettings({ STORAGE_CONNECTION_STRING: azurite.connectionString, AUTH_MODE: 'dev', ORGANISATION_ADMINS: 'riverside-dev:admin' }),
  );
  await seedDemoOrganisation(services, services.now());
  host = await serveRoutes(
    routes(async () => services),
    await freePort(),
    '127.0.0.1',
    testTabFolder,
  );
  await delegateChosen();
  await amendedDecision();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await host?.close();
  await azurite?.stop();
});

/** The cells of each body row of a table, as the reader hears them (a person's initials beside their name are hidden). */
async function rowsOf(page: Page, table: string): Promise<string[][]> {
  const rows = await page.getByRole('table', { name: table }).getByRole('row').all();
  // Runs in the page: the function carries nothing from here. The cell's shape is spelled out, the tests have no DOM types.
  type Cell = {
    cloneNode(deep: boolean): Cell;
    querySelectorAll(selector: string): Iterable<{ remove(): void }>;
    textContent: string | null;
  };
  const heard = (found: Cell[]) =>
    found.map((cell) => {
      const copy = cell.cloneNode(true);
      for (const hidden of copy.querySelectorAll('[aria-hidden="true"]')) hidden.remove();
      return (copy.textContent ?? '').trim();
    });
  const cells = await Promise.all(rows.map(async (row) => row.getByRole('cell').evaluateAll(heard as (found: unknown[]) => string[])));
  return cells.filter((row) => row.length > 0);
}

describe('a decision’s story in the tab', () => {
  it('shows a newcomer both revisions of an amended proposal, the objection and its integration, and every answer by name', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    await page.goto(`${host.url.replace(/\/api$/, '/tab/')}?as=leo`);
    await page.getByRole('region', { name: 'Circle map' }).waitFor();
    await page.getByRole('tab', { name: 'Logbook' }).click();
    const logbook = page.getByRole('region', { name: 'Logbook' });
    await logbook.getByLabel('Search').fill('night cover');
    const told = page.waitForResponse((r) => r.url().endsWith('/proposals/night-cover/story'));
    await logbook.getByRole('button', { name: title }).click();
    expect((await told).request().headers()['x-dev-person']).toBe('leo');

    const story = page.getByRole('article', { name: title });
    await story.getByText('Proposed by Dev Patel').waitFor();
    expect(await story.getByLabel('Text of revision 1').textContent()).toBe(firstText);
    expect(await story.getByLabel('Text of revision 2').textContent()).toBe(amendedText);
    // Each objection is a group named by who objected, on the revision it was raised on.
    const raised = story.getByRole('group', { name: 'Farid Haddad objected' });
    expect(await raised.textContent()).toContain(objection);
    expect(await raised.textContent()).toMatch(
      /Integrated on [A-Z][a-z]{2} \d{1,2}, \d{4} by amendment: revision 2, written by Dev Patel\./,
    );
    expect(await story.getByRole('group', { name: 'Revision 1' }).getByRole('group', { name: 'Farid Haddad objected' }).count()).toBe(1);
    expect(
      await story
        .getByRole('group', { name: 'Revision 2' })
        .getByRole('group', { name: /objected/ })
        .count(),
    ).toBe(0);
    const sorted = (rows: string[][]) => [...rows].sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? ''));
    expect(sorted(await rowsOf(page, 'Answers to revision 1'))).toEqual([
      ['Amara Okafor', 'Consent', ''],
      ['Farid Haddad', 'Object', objection],
    ]);
    expect(sorted(await rowsOf(page, 'Answers to revision 2'))).toEqual([
      ['Amara Okafor', 'Consent', ''],
      ['Dev Patel', 'Consent', ''],
      ['Farid Haddad', 'Consent with a concern', 'Let us check the cost after three months.'],
      ['Grace Lin', 'Stand aside', 'I am asleep at night; I leave it to the carers.'],
      ['Hana Sato', 'Consent', ''],
    ]);
    await story
      .getByRole('group', { name: /Adopted by consent on/ })
      .getByText('The round was closed by Hana Sato.')
      .waitFor();
    await story.getByText('Grace Lin asked:').waitFor();
    await story.getByText('Amara Okafor reacted:').waitFor();
    await story.getByText('What changed from revision 1').click();
    const changes = story.getByLabel('Changes from revision 1 to 2');
    expect(await changes.locator('del').allTextContents()).toEqual(['carers.']);
    expect(await changes.locator('ins').allTextContents()).toEqual(['carers, one of them on call from home.']);
    await page.screenshot({ path: join(shots, 'decision-story.png'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);

    // Back to the logbook as it was left: the search still there.
    await story.getByRole('button', { name: '← Logbook' }).click();
    expect(await logbook.getByLabel('Search').inputValue()).toBe('night cover');

    // With a circle chosen, the logbook tells its structure history too: who joined, left and held which role.
    await logbook.getByLabel('Circle').selectOption({ label: 'Northside care team' });
    const structure = logbook.getByRole('table', { name: 'Changes to the circle' });
    await structure.getByRole('cell', { name: 'Leo Brandt joined.' }).waitFor();
    await structure.getByRole('cell', { name: /^Dev Patel holds delegate from Jun 1, \d{4} to Jun 1, \d{4}\.$/ }).waitFor();
    await page.screenshot({ path: join(shots, 'logbook-circle-changes.png'), fullPage: true });
  });

  it('shows a role term’s selection: each nomination with its reason, a changed one beside the one it replaced', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    await page.goto(`${host.url.replace(/\/api$/, '/tab/')}?as=leo`);
    await page.getByRole('region', { name: 'Circle map' }).waitFor();
    await page.getByRole('tab', { name: 'Logbook' }).click();
    const logbook = page.getByRole('region', { name: 'Logbook' });
    await logbook.getByLabel('Search').fill('delegate northside');
    await logbook.getByLabel('Status').selectOption({ label: 'Upcoming' });
    // Dev's current term has the same title: the row of the upcoming one is meant, whether or not the filters have applied yet.
    const upcoming = logbook.getByRole('row').filter({ has: page.getByRole('cell', { name: 'Upcoming', exact: true }) });
    await upcoming.getByRole('button', { name: 'Delegate of Northside care team: Dev Patel' }).click();
    const story = page.getByRole('article', { name: 'Delegate of Northside care team' });
    await story.getByRole('table', { name: 'Nominations' }).waitFor();
    const nominations = await rowsOf(page, 'Nominations');
    expect(nominations).toContainEqual(['Farid Haddad', `Grace Lin: ${farid.first}`, `Dev Patel: ${farid.changed}`]);
    expect(nominations.map((row) => row[0]).sort()).toEqual(['Amara Okafor', 'Dev Patel', 'Farid Haddad', 'Grace Lin', 'Hana Sato']);
    expect((await rowsOf(page, 'Answers to proposal 1')).map((row) => row.slice(0, 2)).sort()).toEqual(
      ['Amara Okafor', 'Dev Patel', 'Farid Haddad', 'Grace Lin', 'Hana Sato'].map((name) => [name, 'Consent']),
    );
    await story.getByRole('group', { name: /Dev Patel holds the role from/ }).waitFor();
    await page.screenshot({ path: join(shots, 'selection-story.png'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('fits a decision’s story into the side panel’s width in the dark theme', async () => {
    const page = await browser.newPage({ viewport: { width: 320, height: 800 } });
    await page.goto(`${host.url.replace(/\/api$/, '/tab/')}?as=leo&theme=dark`);
    await page.getByRole('region', { name: 'Circle map' }).waitFor();
    await page.getByRole('tab', { name: 'Logbook' }).click();
    const logbook = page.getByRole('region', { name: 'Logbook' });
    await logbook.getByLabel('Search').fill('night cover');
    await logbook.getByRole('button', { name: title }).click();
    // Below 480 px each answer is a small card, not a table row squeezed to a word a line.
    await page.getByRole('list', { name: 'Answers to revision 2' }).getByText('Stand aside').waitFor();
    await page.screenshot({ path: join(shots, 'decision-story-side-panel-dark.png'), fullPage: true });
    expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('refuses a story as the record is refused: under way outside its circles, and what is not there', async () => {
    // The demo's weekend rota is still in its consent round in Northside; Ben is not in Northside.
    expect(await call('GET', 'circles/northside/proposals/weekend-rota/story', 'ben')).toMatchObject({
      status: 403,
      body: { error: { code: 'not-a-member' } },
    });
    expect((await call('GET', 'circles/northside/proposals/weekend-rota/story', 'grace')).body.story.outcome).toEqual({
      kind: 'undecided',
      stage: 'consent-round',
    });
    expect(await call('GET', 'circles/northside/proposals/nothing-here/story', 'ben')).toMatchObject({
      status: 404,
      body: { error: { field: 'proposalId' } },
    });
    expect(await call('GET', 'circles/atlantis/proposals/night-cover/story', 'ben')).toMatchObject({
      status: 404,
      body: { error: { field: 'circleId' } },
    });
    expect(await call('GET', 'circles/northside/proposals/constructor/story', 'ben')).toMatchObject({
      status: 400,
      body: { error: { field: 'proposalId' } },
    });
    // The demo's Training selection is under way: read by Training's members, not by Ben.
    expect(await call('GET', 'circles/training/selections/training-facilitator-next/story', 'ben')).toMatchObject({
      status: 403,
      body: { error: { code: 'not-a-member' } },
    });
    expect(await call('GET', 'circles/northside/selections/northside-delegate/story', 'ben')).toMatchObject({
      status: 404,
      body: { error: { field: 'selectionId' } },
    });
  });

  it('names the decision that reviewed it, once that review is adopted, and the review names the decision it reviewed', async () => {
    const steps = 'circles/northside/proposals/night-cover-review/steps';
    const reviewTitle = 'Keep night cover by two carers';
    const run: [string, Record<string, unknown>][] = [
      [
        'dev',
        {
          type: 'draft-proposal',
          title: reviewTitle,
          text: amendedText,
          reviewDate: `${new Date().getUTCFullYear() + 2}-11-30`,
          reviewOf: { kind: 'decision', proposalId: 'night-cover' },
        },
      ],
      ['dev', { type: 'present-proposal' }],
      ['hana', { type: 'open-clarifying-questions' }],
      ['hana', { type: 'open-quick-reactions' }],
      ['hana', { type: 'open-consent-round', options: { mode: 'sync' } }],
    ];
    for (const [person, command] of run) expect((await call('POST', steps, person, command)).status).toBe(200);
    expect((await call('GET', 'circles/northside/proposals/night-cover/story', 'ben')).body.story.reviewedBy).toBeNull();
    const members = ['amara', 'dev', 'farid', 'grace', 'hana', 'leo'];
    for (const person of members)
      expect((await call('POST', steps, person, { type: 'answer', answer: { kind: 'consent' } })).status).toBe(200);
    expect((await call('POST', steps, 'hana', { type: 'close-consent-round', present: members })).status).toBe(200);
    const reviewed = (await call('GET', 'circles/northside/proposals/night-cover/story', 'ben')).body.story;
    expect(reviewed.reviewedBy).toEqual({ proposalId: 'night-cover-review', title: reviewTitle, adoptedAt: expect.any(String) });
    const review = (await call('GET', 'circles/northside/proposals/night-cover-review/story', 'ben')).body.story;
    expect(review.reviews).toEqual({ kind: 'decision', proposalId: 'night-cover', title });
    expect(review.outcome).toMatchObject({ kind: 'adopted', at: reviewed.reviewedBy.adoptedAt });
  });
});
