import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { textsFor } from '../../texts/all';
import { tabShots, useTabStack, withDemo } from '../support/tab-stack';

/**
 * The records in German (`?lang=de`, dev mode, headless Chromium): the demo's weekend
 * rota in its consent round and Hana's Me view read in the catalogue's German words,
 * with dates as German writes them and counts in their plural forms. The expected
 * words come from the `de` catalogue, so the test reads what a German reader reads.
 * Screenshots go to test-output/tab/.
 */
jest.setTimeout(180_000);

const stack = useTabStack(withDemo);
const de = textsFor('de');
const words = de.of('records');
const proposalPath = 'circles/northside/proposals/weekend-rota';

const api = async <T>(path: string, person: string, body?: object): Promise<T> => {
  const response = await fetch(`${stack.host.url}/${path}`, {
    method: body ? 'POST' : 'GET',
    headers: { 'x-dev-person': person, ...(body ? { 'content-type': 'application/json' } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  if (response.status !== 200) throw new Error(`${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
};

/** The weekend rota as Hana (Northside's facilitator) reads it in German, once shown. */
async function openProposal(width: number, theme: 'default' | 'dark'): Promise<Page> {
  const page = await stack.browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(stack.tabUrl(`?as=hana&lang=de${theme === 'dark' ? '&theme=dark' : ''}&open=proposal/northside/weekend-rota`));
  await page
    .getByRole('article', { name: 'Rotate weekend shifts monthly' })
    .getByRole('heading', { name: words('proposalRound') })
    .waitFor();
  return page;
}

describe('records in German (dev mode, headless Chromium)', () => {
  it('shows a proposal in its consent round in German words, with a German date and plural forms', async () => {
    const { proposal } = await api<{ proposal: { reviewDate: string } }>(proposalPath, 'hana');
    const page = await openProposal(1280, 'default');
    const article = page.getByRole('article', { name: 'Rotate weekend shifts monthly' });
    expect(await page.evaluate('document.documentElement.lang')).toBe('de');
    await article.getByText(words('headerGuide'), { exact: true }).waitFor();
    await article.getByText(words('stageConsentRound'), { exact: true }).first().waitFor();
    await article.getByRole('heading', { name: words('stepsHeading') }).waitFor();
    await article.getByRole('radio', { name: words('answerStandAside') }).waitFor();
    // The review date as German writes a day, never the ISO date the API sends.
    const review = words('reviewBy', { date: de.day(proposal.reviewDate) });
    expect(review).not.toContain(proposal.reviewDate);
    await article.getByText(review, { exact: true }).waitFor();
    // Amara consented when the demo was seeded: one of five, in the singular.
    await article.getByText(words('proposalAnswered', { answered: 1, asked: 5 }), { exact: true }).waitFor();
    await article.getByText(words('answerConsent'), { exact: true }).first().waitFor();
    await page.screenshot({ path: join(tabShots, 'proposal-de-1280-light.png'), fullPage: true });
    await page.close();
  });

  it.each([
    ['1280-dark', 1280, 'dark'],
    ['320-light', 320, 'default'],
    ['320-dark', 320, 'dark'],
  ] as const)('fits the German proposal into %s', async (name, width, theme) => {
    const page = await openProposal(width, theme);
    await page.screenshot({ path: join(tabShots, `proposal-de-${name}.png`), fullPage: true });
    // The longer German words wrap: nothing is cut off sideways.
    expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
    await page.close();
  });

  it('counts a second answer in the plural', async () => {
    const page = await openProposal(1280, 'default');
    const article = page.getByRole('article', { name: 'Rotate weekend shifts monthly' });
    await article.getByText(words('proposalAnswered', { answered: 1, asked: 5 }), { exact: true }).waitFor();
    await api(`${proposalPath}/steps`, 'dev', { type: 'answer', answer: { kind: 'concern', text: 'Ask the families first.' } });
    const two = words('proposalAnswered', { answered: 2, asked: 5 });
    expect(two).not.toBe(words('proposalAnswered', { answered: 1, asked: 5 }).replace('1', '2'));
    await article.getByText(two, { exact: true }).waitFor();
    await article.getByText(words('answerWithWords', { answer: words('answerConcern'), words: 'Ask the families first.' })).waitFor();
    await page.close();
  });

  it('shows the Me view in German, the terms’ days as German writes them', async () => {
    const mine = await api<{ circles: { name: string; assignments: { personId: string; termStart: string }[] }[] }>('me', 'hana');
    const terms = mine.circles.flatMap((circle) => circle.assignments.filter((a) => a.personId === 'hana'));
    expect(terms.length).toBeGreaterThan(0);
    const page = await stack.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(stack.tabUrl('?as=hana&lang=de'));
    // The shell's first view is Me; its name is the shell's to word.
    await page.getByRole('tab').first().click();
    const me = page.getByRole('region', { name: words('meLabel') });
    await me.getByRole('heading', { name: words('meAwaiting') }).waitFor();
    await me.getByRole('heading', { name: words('meRoles') }).waitFor();
    for (const term of terms) await me.getByText(de.day(term.termStart), { exact: false }).first().waitFor();
    await me
      .getByRole('button', { name: new RegExp(`^${words('meAnswer')}: `) })
      .first()
      .waitFor();
    await page.screenshot({ path: join(tabShots, 'me-de-1280-light.png'), fullPage: true });
    await page.close();
  });
});
