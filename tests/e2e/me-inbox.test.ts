import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { seriousViolations } from '../support/accessibility';
import { awaitsHana, seedEverythingAwaitingHana } from '../support/everything-awaits';
import { tabShots, useTabStack, withDemo } from '../support/tab-stack';

/**
 * The Me view in headless Chromium, on the demo organisation where Hana (Northside's
 * facilitator) has one step of every kind awaiting her, each taken through the API
 * as its person would. Screenshots go to test-output/tab/.
 */
jest.setTimeout(120_000);

const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
const overdueReview = 'Leader term of Hana Sato';
const stack = useTabStack(withDemo);

const post = async (path: string, person: string, body: object) => {
  const response = await fetch(`${stack.host.url}/${path}`, {
    method: 'POST',
    headers: { 'x-dev-person': person, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, any> };
};

beforeAll(async () => {
  await seedEverythingAwaitingHana(post);
  // Hana's term as Training's leader ended yesterday unreviewed: an overdue review she holds.
  const ended = await post('structure/commands', 'admin', {
    type: 'end-term',
    circleId: 'training',
    assignmentId: 'training-leader',
    lastDay: yesterday,
  });
  if (ended.status !== 200) throw new Error(JSON.stringify(ended.body));
});

/** The Me view as Hana, once loaded, counting the requests it sends to the API. */
async function openMe(width: number, theme: 'default' | 'dark' = 'default'): Promise<{ page: Page; apiRequests: string[] }> {
  const page = await stack.browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(stack.tabUrl(`?as=hana${theme === 'dark' ? '&theme=dark' : ''}`));
  await page.getByRole('region', { name: 'Circle map' }).waitFor();
  const apiRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/api/')) apiRequests.push(new URL(request.url()).pathname);
  });
  await page.getByRole('tab', { name: 'Me' }).click();
  await page.getByRole('region', { name: 'My circles' }).getByLabel(awaitsHana.meeting, { exact: true }).waitFor();
  return { page, apiRequests };
}

const expected: readonly (readonly [string, string, RegExp])[] = [
  [awaitsHana.answer, 'Answer', /^Your answer is awaited by [A-Z][a-z]{2} \d{1,2}, \d{4}\.$/],
  [awaitsHana.nomination, 'Nominate', /^Name who you see in this role and why/],
  [awaitsHana.candidateAnswer, 'Answer as the candidate', /^You are the proposed candidate/],
  [awaitsHana.amendment, 'Amend', /^An objection stands: amend your proposal/],
  [awaitsHana.objection, 'Open the objection', /^Your objection is being integrated/],
  [awaitsHana.review, 'Open the decision', /^Review this decision with the circle by [A-Z][a-z]{2} \d{1,2}, \d{4}/],
  [awaitsHana.meeting, 'Open the circle', /^The circle meets on [A-Z][a-z]{2} \d{1,2}, \d{4} at 9:00 AM UTC\.$/],
];

describe('the Me view: every kind of step awaiting a person (dev mode, headless Chromium)', () => {
  it('shows each kind with a sentence saying what is asked and a link to its record, from one request', async () => {
    const { page, apiRequests } = await openMe(1280);
    const me = page.getByRole('region', { name: 'My circles' });
    for (const [title, action, guide] of expected) {
      const card = me.getByLabel(title, { exact: true });
      await card.getByText(guide).waitFor();
      await card.getByRole('button', { name: `${action}: ${title}` }).waitFor();
    }
    // The overdue review comes first, marked so; then the meeting tomorrow, the soonest date.
    const cards = me.getByRole('group');
    expect(await cards.nth(0).getAttribute('aria-label')).toBe(overdueReview);
    await cards.nth(0).getByText('Overdue').waitFor();
    await cards
      .nth(0)
      .getByText(
        `This role term ended on ${new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(Date.parse(`${yesterday}T12:00:00Z`))} without a review: hold the selection now.`,
      )
      .waitFor();
    expect(await cards.nth(1).getAttribute('aria-label')).toBe(awaitsHana.meeting);
    expect(apiRequests.filter((path) => path.startsWith('/api/me'))).toEqual(['/api/me']);
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('opens the record each step links to', async () => {
    const { page } = await openMe(1280);
    await page.getByRole('button', { name: `Answer as the candidate: ${awaitsHana.candidateAnswer}` }).click();
    await page.getByText('The candidate answers last', { exact: false }).first().waitFor();
    await page.getByRole('tab', { name: 'Me' }).click();
    await page.getByRole('button', { name: `Amend: ${awaitsHana.amendment}` }).click();
    await page.getByRole('article', { name: awaitsHana.amendment }).waitFor();
    await page.getByRole('tab', { name: 'Me' }).click();
    await page.getByRole('button', { name: `Open the decision: ${awaitsHana.review}` }).click();
    await page.getByRole('article', { name: awaitsHana.review }).waitFor();
    await page.getByRole('tab', { name: 'Me' }).click();
    await page.getByRole('button', { name: `Open the circle: ${awaitsHana.meeting}` }).click();
    await page.getByRole('article', { name: 'Northside care team' }).waitFor();
    await page.close();
  });

  it.each([
    ['1280-light', 1280, 'default'],
    ['1280-dark', 1280, 'dark'],
    ['320-light', 320, 'default'],
    ['320-dark', 320, 'dark'],
  ] as const)('fits every kind into %s', async (name, width, theme) => {
    const { page } = await openMe(width, theme);
    await page.screenshot({ path: join(tabShots, `me-every-kind-${name}.png`), fullPage: true });
    // Nothing is cut off sideways: the page is no wider than the window.
    expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
    await page.close();
  });

  // Last, as it adds a step to Hana's inbox that the screenshots above leave out.
  it('shows a meeting of her circle under way once its agenda is consented, and joins it on the meeting’s page', async () => {
    const day = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    const meeting = 'circles/northside/meetings/northside-under-way/steps';
    const plan = {
      type: 'plan-meeting',
      scheduledFor: `${day}T09:00:00.000Z`,
      agenda: [{ itemId: 'rota', type: 'report', title: 'The weekend rota', timeboxMinutes: 10 }],
    };
    for (const [person, body] of [
      ['dev', plan],
      ['hana', { type: 'open-check-in' }],
      ['hana', { type: 'consent-to-agenda' }],
    ] as const) {
      const taken = await post(meeting, person, body);
      if (taken.status !== 200) throw new Error(JSON.stringify(taken.body));
    }
    const { page } = await openMe(1280);
    // A meeting has no title of its own: the reader reads the day it meets, in their language.
    const title = `Meeting on ${new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(Date.parse(`${day}T12:00:00Z`))}`;
    const card = page.getByRole('region', { name: 'My circles' }).getByLabel(title, { exact: true });
    await card.getByText('Under way', { exact: true }).waitFor();
    await card.getByText('The circle’s meeting is under way on its consented agenda: join it.').waitFor();
    await card.getByRole('button', { name: `Join the meeting: ${title}` }).click();
    await page.getByLabel('Status: Under way: the circle is working through the agenda').waitFor();
    await page.close();
  });
});
