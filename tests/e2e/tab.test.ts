import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { seriousViolations } from '../support/accessibility';
import { tabShots, useTabStack, withDemo } from '../support/tab-stack';

/**
 * The tab as `npm start` serves it, opened in headless Chromium outside Teams: it
 * runs in dev mode against the local stack and its demo organisation. Screenshots
 * go to test-output/tab/.
 */
jest.setTimeout(120_000);

const stack = useTabStack(withDemo);

async function open(query: string, width = 1100): Promise<Page> {
  const page = await stack.browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(stack.tabUrl(query));
  await page.getByRole('region', { name: 'Circle map' }).waitFor();
  return page;
}

describe('the tab outside Teams (dev mode, headless Chromium)', () => {
  it('shows the demo organisation as a circle map with each double link', async () => {
    const page = await open('?as=amara');
    const map = page.getByRole('region', { name: 'Circle map' });
    for (const name of ['Riverside Care Co-op', 'Northside care team', 'Southside care team', 'Finance', 'Training']) {
      await map.getByRole('group', { name }).or(map.getByLabel(name)).first().waitFor();
    }
    expect(await map.getByText('Double-linked').count()).toBe(4);
    await map.getByText('Leader (chosen by the parent): Amara Okafor · Delegate (chosen by the circle): Dev Patel').waitFor();
    await page.screenshot({ path: join(tabShots, 'circle-map-light.png'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('opens a circle: aim, members, roles with terms, policy, and its proposals with the guide to each stage', async () => {
    const page = await open('?as=amara');
    await page.getByRole('button', { name: 'Open Northside care team' }).click();
    const circle = page.getByRole('article', { name: 'Northside care team' });
    await circle.getByText('Support people at home in Northside.').waitFor();
    await circle.getByRole('table', { name: 'Roles and terms' }).getByText('Facilitator').waitFor();
    // Listed by stage, those that need the circle now first.
    const proposal = circle.getByRole('region', { name: 'Proposals: consent round' }).getByLabel('Rotate weekend shifts monthly');
    await proposal.getByText(/Consent round: answer by/).waitFor();
    await page.screenshot({ path: join(tabShots, 'circle-northside.png'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    // Someone outside Northside reads its decisions, but not its undecided proposal.
    const outsider = await open('?as=ben');
    await outsider.getByRole('button', { name: 'Open Northside care team' }).click();
    await outsider.getByRole('group', { name: 'Key safe codes changed every three months' }).waitFor();
    expect(await outsider.getByRole('group', { name: 'Rotate weekend shifts monthly' }).count()).toBe(0);
  });

  it('searches the logbook and exports what it finds as CSV', async () => {
    const page = await open('?as=grace');
    await page.getByRole('tab', { name: 'Logbook' }).click();
    const logbook = page.getByRole('region', { name: 'Logbook' });
    await logbook.getByRole('table', { name: 'Logbook entries' }).waitFor();
    await logbook.getByLabel('Search').fill('weekend');
    await logbook.getByText('1 entry').waitFor();
    await logbook.getByRole('cell', { name: 'Rotate weekend shifts monthly' }).waitFor();
    const [file] = await Promise.all([page.waitForEvent('download'), logbook.getByRole('button', { name: 'Export CSV' }).click()]);
    // The API's CSV, byte for byte: with its byte-order mark, so Excel reads accents.
    const bytes = readFileSync(await file.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = parse(bytes, { bom: true }) as string[][];
    expect(csv[0]).toEqual(['date', 'kind', 'circleId', 'title', 'status', 'reviewDate']);
    expect(csv.slice(1)).toEqual([
      [expect.any(String), 'decision', 'northside', 'Rotate weekend shifts monthly', 'consent-round', expect.any(String)],
    ]);
    // The API's filters: words in any order with accents set aside, one circle, one status.
    await logbook.getByLabel('Search').fill('delegate chloe');
    await logbook.getByLabel('Circle').selectOption({ label: 'Finance' });
    await logbook.getByLabel('Status').selectOption({ label: 'Current' });
    await logbook.getByRole('cell', { name: 'Delegate of Finance: Chloé Martin' }).waitFor();
    await logbook.getByText('1 entry').waitFor();
    await page.screenshot({ path: join(tabShots, 'logbook.png'), fullPage: true });
    await logbook.getByLabel('Status').selectOption({ label: 'Ended' });
    await logbook.getByText('0 entries').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('creates a circle and links it to its parent by a leader and a delegate', async () => {
    const page = await open('?as=admin');
    await page.getByRole('button', { name: 'Create a circle' }).click();
    const create = page.getByRole('region', { name: 'Create a circle' });
    await create.getByLabel('Name').fill('Kitchen');
    await create.getByLabel('Aim').fill('Good food for every shift');
    await create.getByRole('button', { name: 'Create the circle' }).click();
    const kitchen = page.getByRole('article', { name: 'Kitchen' });
    await kitchen.getByText('Good food for every shift').waitFor();
    const records = kitchen.getByRole('region', { name: 'Keep the circle’s records' });
    for (const person of ['Amara Okafor', 'Ben Hughes']) {
      // The picker suggests the parent circle's members first; the form opens on demand, and closes after each change.
      await records.getByRole('button', { name: 'Add a member' }).click();
      await records.getByRole('combobox', { name: 'Add a member' }).click();
      await records.getByRole('combobox', { name: 'Add a member' }).pressSequentially(person.slice(0, 3));
      await page
        .getByRole('listbox')
        .getByRole('option', { name: new RegExp(person) })
        .click();
      await records.getByRole('button', { name: 'Add 1 person' }).click();
      await kitchen.getByRole('list', { name: 'Members' }).getByText(person).waitFor();
    }
    for (const [role, person] of [
      ['Leader', 'Amara Okafor'],
      ['Delegate', 'Ben Hughes'],
    ] as const) {
      const form = page.getByRole('region', { name: 'Keep the circle’s records' });
      await form.getByRole('button', { name: 'Record a term' }).click();
      await form.getByLabel('Role').selectOption({ label: role });
      await form.getByLabel('Held by').selectOption({ label: person });
      await form.getByRole('button', { name: 'Record the term' }).click();
      await kitchen.getByRole('table', { name: 'Roles and terms' }).getByText(person).waitFor();
    }
    await kitchen.getByRole('button', { name: '← All circles' }).click();
    const node = page.getByRole('region', { name: 'Circle map' }).getByLabel('Kitchen', { exact: true });
    await node.getByText('Double-linked').waitFor();
    await page.screenshot({ path: join(tabShots, 'circle-created-linked.png'), fullPage: true });
  });

  it('takes a proposal from draft to adoption, each person taking their own steps, and finds it in the logbook', async () => {
    const page = await open('?as=dev');
    // A new person reloads the page's record as them: wait for that, not for the page as it was.
    const as = async (person: string) => {
      const reloaded = page.waitForResponse(
        (r) =>
          r.request().method() === 'GET' && r.request().headers()['x-dev-person'] === person && /\/(proposals|selections)\//.test(r.url()),
      );
      await page.getByLabel('Acting as').selectOption(person);
      await reloaded;
      await page.getByRole('region', { name: 'Your steps' }).waitFor();
    };
    const proposal = () => page.getByRole('article', { name: 'Handover notes in the folder' });
    const step = async (button: string, after: string | RegExp) => {
      await proposal().getByRole('button', { name: button }).click();
      await proposal().getByText(after).first().waitFor();
    };
    await page.getByRole('button', { name: 'Open Northside care team' }).click();
    await page.getByRole('button', { name: 'Start a proposal' }).click();
    const start = page.getByRole('region', { name: 'Start a proposal' });
    await start.getByLabel('Title').fill('Handover notes in the folder');
    await start.getByLabel('The proposal').fill('Each weekend carer leaves a short handover note in the family’s folder.');
    await start.getByLabel('Why is it needed? (the driver)').fill('Monday carers start blind.');
    await start.getByRole('button', { name: 'Draft the proposal' }).click();
    await proposal().getByText('Dev Patel is drafting this proposal.').waitFor();
    await step('Present to the circle', 'Presented to the circle.');
    await as('hana');
    await step('Open clarifying questions', /Clarifying questions: ask what you need/);
    await step('Open quick reactions', /Quick reactions: each member/);
    await step('Open it in our meeting now', /Consent round, in the meeting/);
    await as('farid');
    await proposal().getByRole('radio', { name: 'Object' }).check();
    await proposal()
      .getByLabel(/Your reason/)
      .fill('Visitors read the folder: health details must stay private.');
    await step('Send my answer', 'Farid Haddad:');
    await page.screenshot({ path: join(tabShots, 'proposal-objection.png'), fullPage: true });
    await as('hana');
    await step('Close the round with those present', /Objections are open/);
    await as('dev');
    await proposal().getByRole('button', { name: 'Amend' }).click();
    await proposal()
      .getByLabel(/Amended proposal/)
      .fill('Each weekend carer leaves a short handover note in the family’s sealed folder, kept out of sight.');
    await step('Amend', 'revision 2');
    for (const person of ['farid', 'hana']) {
      await as(person);
      // Nothing is chosen for the person: each chooses their answer.
      await proposal().getByRole('radio', { name: 'Consent', exact: true }).check();
      await step('Send my answer', `${person === 'farid' ? 'Farid Haddad' : 'Hana Sato'}:`);
    }
    await step('Close the round with those present', /Adopted by consent/);
    await proposal()
      .getByText(/objection on revision 1 was integrated by amendment/)
      .waitFor();
    const changes = proposal().getByLabel('Changes from revision 1 to 2');
    expect(await changes.locator('del').allTextContents()).toEqual(['folder.']);
    expect(await changes.locator('ins').allTextContents()).toEqual(['sealed folder, kept out of sight.']);
    await page.screenshot({ path: join(tabShots, 'proposal-adopted.png'), fullPage: true });
    await page.getByRole('tab', { name: 'Logbook' }).click();
    const logbook = page.getByRole('region', { name: 'Logbook' });
    await logbook.getByLabel('Search').fill('handover');
    await logbook.getByRole('cell', { name: 'adopted' }).waitFor();
    const [file] = await Promise.all([page.waitForEvent('download'), logbook.getByRole('button', { name: 'Export JSON' }).click()]);
    const exported = JSON.parse(readFileSync(await file.path(), 'utf8')) as { title: string; status: string }[];
    expect(exported).toEqual([expect.objectContaining({ title: 'Handover notes in the folder', status: 'adopted' })]);
  });

  it('lists reviews, the overdue travel-time decision first, then those due, and the calendar addresses', async () => {
    const page = await open('?as=kemi');
    await page.getByRole('tab', { name: 'Reviews' }).click();
    const reviews = page.getByRole('region', { name: 'Reviews' });
    await reviews.getByText(/1 overdue, 2 due, \d+ upcoming/).waitFor();
    await reviews.getByRole('row').nth(1).getByText('Pay travel time between visits').waitFor();
    const due = [await reviews.getByRole('row').nth(2).textContent(), await reviews.getByRole('row').nth(3).textContent()].join(' | ');
    expect(due).toContain('Facilitator term of Kemi Adeyemi');
    expect(due).toContain('Key safe codes changed every three months');
    // Kemi's own calendar and one per circle she is in (Southside, Training), each a feed that answers.
    const addresses = page.getByRole('region', { name: 'Calendar addresses' });
    const own = await addresses.getByRole('textbox', { name: 'All your circles' }).inputValue();
    expect(own).toMatch(/\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    expect(await addresses.getByRole('textbox').count()).toBe(3);
    const feed = await fetch(own);
    expect(feed.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(await feed.text()).toContain('SUMMARY:Review: Facilitator term of Kemi Adeyemi (Training)');
    await addresses.getByRole('button', { name: 'Make a new address' }).first().click();
    await page.waitForFunction(
      `[...document.querySelectorAll('input[readonly]')].every((input) => input.value !== ${JSON.stringify(own)})`,
    );
    expect((await fetch(own)).status).toBe(404);
    await page.screenshot({ path: join(tabShots, 'reviews.png'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('charts governance health with every figure also in words', async () => {
    const page = await open('?as=kemi');
    await page.getByRole('tab', { name: 'Health' }).click();
    const health = page.getByRole('region', { name: 'Governance health' });
    await health.getByText('Every circle is double-linked.', { exact: false }).waitFor();
    // Six months of decisions: the demo's history decides something every month.
    const decisions = health.getByRole('figure', { name: 'Decisions' });
    expect(await decisions.getByRole('img').count()).toBe(6);
    await health.getByRole('figure', { name: 'Participation' }).getByRole('img', { name: /%$/ }).first().waitFor();
    await health.getByRole('figure', { name: 'Days from draft to decision (median)' }).getByRole('img', { name: / d$/ }).first().waitFor();
    await health.getByRole('img', { name: 'Riverside Care Co-op: 1 overdue' }).waitFor();
    expect(await health.getByRole('img', { name: /role/ }).count()).toBeGreaterThan(5);
    await page.screenshot({ path: join(tabShots, 'health.png'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    // One circle's health: Southside's withdrawn uniforms proposal counts its objection, withdrawn with it.
    await health.getByLabel('Health of').selectOption({ label: 'Southside care team' });
    await health.getByText(/objections: 1 raised, 0 integrated, 0 withdrawn, 0 open/).waitFor();
    await health.getByText('No review is overdue.').waitFor();
  });

  it('shows everyone the role limit and lets the organisation admin change it, a refusal on the field', async () => {
    const member = await open('?as=kemi');
    await member.getByRole('tab', { name: 'Health' }).click();
    const seen = member.getByRole('region', { name: 'Governance health' });
    await seen.getByText('Each person should hold at most 3 roles', { exact: false }).waitFor();
    expect(await seen.getByRole('button', { name: 'Change the role limit' }).count()).toBe(0);
    await member.close();

    const page = await open('?as=admin');
    await page.getByRole('tab', { name: 'Health' }).click();
    const health = page.getByRole('region', { name: 'Governance health' });
    const overLimit = health.getByRole('img', { name: /over the limit/ });
    await health.getByText('Each person should hold at most 3 roles', { exact: false }).waitFor();
    const overBefore = await overLimit.count();
    const change = async (limit: string) => {
      await health.getByRole('button', { name: 'Change the role limit' }).click();
      const form = health.getByRole('form', { name: 'Change the role limit' });
      await form.getByLabel('Most roles one person should hold').fill(limit);
      await form.getByRole('button', { name: 'Save the limit' }).click();
      return form;
    };
    const refused = await change('60');
    await refused.getByText('At most 50.').waitFor();
    await refused.screenshot({ path: join(tabShots, 'health-role-limit-refused.png') });
    await refused.getByRole('button', { name: 'Cancel' }).click();
    await change('1');
    await page.getByText('The role limit is now 1').first().waitFor();
    await health.getByText('Each person should hold at most 1 role;', { exact: false }).waitFor();
    // Everyone holding two roles or more is now over it: the report is read again.
    await health
      .getByRole('img', { name: /2 roles — over the limit/ })
      .first()
      .waitFor();
    expect(await overLimit.count()).toBeGreaterThan(overBefore);
    await change('3');
    await health.getByText('Each person should hold at most 3 roles', { exact: false }).waitFor();
    await page.close();
  });

  it('shows a person what awaits their answer, their roles and their circles', async () => {
    const page = await open('?as=grace');
    await page.getByRole('tab', { name: 'Me' }).click();
    const me = page.getByRole('region', { name: 'My circles' });
    await me.getByLabel('Rotate weekend shifts monthly', { exact: true }).waitFor();
    await me.getByText('You hold no role at present.').waitFor();
    await me
      .getByLabel('Rotate weekend shifts monthly', { exact: true })
      .getByText(/^Your answer is awaited by [A-Z][a-z]{2} \d{1,2}, \d{4}\.$/)
      .waitFor();
    await page.screenshot({ path: join(tabShots, 'me-awaiting.png'), fullPage: true });
    await me.getByRole('button', { name: 'Answer: Rotate weekend shifts monthly' }).click();
    await page.getByRole('article', { name: 'Rotate weekend shifts monthly' }).getByRole('button', { name: 'Send my answer' }).waitFor();
    await page.screenshot({ path: join(tabShots, 'me.png'), fullPage: true });
  });

  it('opens on the circle of the conversation it is in, and in a meeting on its running round', async () => {
    const bound = await fetch(`${stack.host.url}/structure/commands`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-dev-person': 'dev' },
      body: JSON.stringify({ type: 'bind-circle', circleId: 'northside', binding: { kind: 'chat', chatId: 'northside-meeting-chat' } }),
    });
    expect(bound.status).toBe(200);
    const panel = await stack.browser.newPage({ viewport: { width: 320, height: 800 } });
    await panel.goto(stack.tabUrl('?as=hana&chat=northside-meeting-chat&meeting'));
    await panel.getByRole('article', { name: 'Rotate weekend shifts monthly' }).getByText('What happens now').waitFor();
    await panel.screenshot({ path: join(tabShots, 'meeting-side-panel.png'), fullPage: true });
    expect(await panel.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
    const elsewhere = await stack.browser.newPage();
    await elsewhere.goto(stack.tabUrl('?as=hana&chat=some-other-chat'));
    await elsewhere.getByRole('status').getByText('This conversation is not a circle’s home yet').waitFor();
  });

  // After the reviews test: recording Training's next facilitator settles the due review.
  it('runs Training’s facilitator selection: hidden nominations, reveal, proposal, the candidate last, the recorded term', async () => {
    const page = await open('?as=jun');
    // A new person reloads the page's record as them: wait for that, not for the page as it was.
    const as = async (person: string) => {
      const reloaded = page.waitForResponse(
        (r) =>
          r.request().method() === 'GET' && r.request().headers()['x-dev-person'] === person && /\/(proposals|selections)\//.test(r.url()),
      );
      await page.getByLabel('Acting as').selectOption(person);
      await reloaded;
      await page.getByRole('region', { name: 'Your steps' }).waitFor();
    };
    const selection = () => page.getByRole('article', { name: 'Selection of the facilitator' });
    await page.getByRole('button', { name: 'Open Training' }).click();
    await page.getByRole('button', { name: 'Open the selection of the facilitator' }).click();
    // Hana's nomination of Jun is hidden from Jun until it is revealed.
    await selection().getByText('None you may see yet').waitFor();
    await selection().getByLabel('Whom do you nominate?').selectOption({ label: 'Kemi Adeyemi' });
    await selection().getByLabel('Why this person?').fill('Kemi keeps our sessions kind and on time.');
    await selection().getByRole('button', { name: 'Send my nomination' }).click();
    await selection().getByText('Kemi keeps our sessions kind and on time.').waitFor();
    expect(await selection().getByText('Jun ran the induction days').count()).toBe(0);
    await as('kemi');
    await selection().getByRole('button', { name: 'Reveal the nominations' }).click();
    await selection()
      .getByText(/Jun ran the induction days/)
      .waitFor();
    await selection().getByLabel('Candidate').selectOption({ label: 'Jun Park' });
    await selection()
      .getByLabel(/Your reasoning/)
      .fill('Hana named Jun for calm induction days; Jun named Kemi, who asks to step back.');
    await selection().getByRole('button', { name: 'Propose in our meeting now' }).click();
    await selection().getByText('Proposed: Jun Park', { exact: false }).waitFor();
    for (const person of ['hana', 'kemi', 'jun']) {
      await as(person);
      await selection().getByRole('radio', { name: 'Consent', exact: true }).check();
      await selection().getByRole('button', { name: 'Send my answer' }).click();
      // Exactly the answer's name: the change round's lines ("Jun Park names Kemi Adeyemi: …") hold the same words.
      await selection()
        .getByText(`${person === 'hana' ? 'Hana Sato' : person === 'kemi' ? 'Kemi Adeyemi' : 'Jun Park'}:`, { exact: true })
        .waitFor();
    }
    await as('kemi');
    await selection().getByRole('button', { name: 'Close the round with those present' }).click();
    await selection()
      .getByText(/Jun Park is facilitator of Training from .* selected by consent/)
      .waitFor();
    await page.screenshot({ path: join(tabShots, 'selection-recorded.png'), fullPage: true });
  });

  it('acts as the person chosen in the picker, and remembers them', async () => {
    const page = await open('');
    await page.getByLabel('Acting as').selectOption('hana');
    await page.getByRole('region', { name: 'Circle map' }).waitFor();
    expect(await page.evaluate("window.localStorage.getItem('sociocracy-dev-person')")).toBe('hana');
  });

  it.each([
    ['dark', '?theme=dark', 1100],
    ['high-contrast', '?theme=contrast', 1100],
    ['side-panel', '', 320],
  ] as const)('renders in the %s look without serious accessibility problems', async (name, query, width) => {
    const page = await open(query, width);
    await page.screenshot({ path: join(tabShots, `circle-map-${name}.png`), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    // Nothing sticks out sideways at the side panel's width.
    expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
  });
});
