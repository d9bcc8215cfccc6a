import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { seriousViolations } from '../support/accessibility';
import { tabShots, useTabStack, withDemo } from '../support/tab-stack';

/**
 * The tab's addresses in headless Chromium on the demo organisation: the browser's back
 * goes to the view before, an address opens its record directly, logbook and reviews rows
 * open their records, and below 480 px record tables are lists. Screenshots go to
 * test-output/tab/logbook-{320,1280}-{light,dark}.png and circle-roles-{320,1280}-light.png.
 */
jest.setTimeout(120_000);

const stack = useTabStack(withDemo);

async function open(query: string, width = 1280): Promise<Page> {
  const page = await stack.browser.newPage({ viewport: { width, height: 900 } });
  page.setDefaultTimeout(15_000);
  await page.goto(stack.tabUrl(query));
  return page;
}

const hashOf = (page: Page) => new URL(page.url()).hash;

/** No sideways scrolling: neither the page nor the part looked at is wider than its box. */
async function fits(page: Page, part: Locator): Promise<void> {
  expect(await part.evaluate((element) => element.scrollWidth - element.clientWidth)).toBeLessThanOrEqual(0);
  expect(
    await (page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth') as Promise<number>),
  ).toBeLessThanOrEqual(0);
}

describe('the tab’s addresses', () => {
  it('opens a circle, then a proposal, and the browser’s back goes back twice to where it started', async () => {
    const page = await open('?as=amara');
    const map = page.getByRole('region', { name: 'Circle map' });
    await map.waitFor();
    expect(hashOf(page)).toBe('#/circles');
    // On the first view there is nowhere to go back to.
    expect(await page.getByRole('button', { name: 'Back to the previous view' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Open Northside care team' }).click();
    const circle = page.getByRole('article', { name: 'Northside care team' });
    await circle.getByText('Support people at home in Northside.').waitFor();
    expect(hashOf(page)).toBe('#/circles/northside');
    await circle.getByRole('button', { name: 'Open Rotate weekend shifts monthly' }).click();
    await page.getByRole('article', { name: 'Rotate weekend shifts monthly' }).waitFor();
    expect(hashOf(page)).toBe('#/circles/northside/proposals/weekend-rota');

    await page.goBack();
    await circle.getByText('Support people at home in Northside.').waitFor();
    expect(hashOf(page)).toBe('#/circles/northside');
    await page.goBack();
    await map.waitFor();
    expect(hashOf(page)).toBe('#/circles');
    expect(await circle.count()).toBe(0);

    // Forward again, then the header's back control: the same step back as the browser's.
    await page.goForward();
    await circle.waitFor();
    await page.getByRole('button', { name: 'Back to the previous view' }).click();
    await map.waitFor();
    expect(hashOf(page)).toBe('#/circles');
    await page.close();
  });

  it('opens a proposal, a selection and a decision’s story straight from their addresses', async () => {
    const proposal = await open('?as=hana#/circles/northside/proposals/weekend-rota');
    await proposal
      .getByRole('article', { name: 'Rotate weekend shifts monthly' })
      .getByText(/Consent round/)
      .first()
      .waitFor();
    // Its way back leads to its circle, though the circle was never shown.
    await proposal.getByRole('button', { name: '← Northside care team' }).click();
    await proposal.getByRole('article', { name: 'Northside care team' }).waitFor();
    expect(hashOf(proposal)).toBe('#/circles/northside');
    await proposal.close();

    const selection = await open('?as=jun#/circles/training/selections/training-facilitator-next');
    await selection.getByRole('button', { name: '← Training' }).waitFor();
    expect(hashOf(selection)).toBe('#/circles/training/selections/training-facilitator-next');
    await selection.close();

    const story = await open('?as=leo#/circles/northside/proposals/key-safe-codes/story');
    await story
      .getByRole('article', { name: 'Key safe codes changed every three months' })
      .getByText('Proposed by Amara Okafor', { exact: false })
      .waitFor();
    await story.getByRole('tab', { name: 'Logbook', selected: true }).waitFor();
    await story.close();
  });

  it('keeps the links of cards and calendars (`?open=`) working, now as addresses', async () => {
    const page = await open('?as=hana&open=proposal/northside/weekend-rota');
    await page.getByRole('article', { name: 'Rotate weekend shifts monthly' }).waitFor();
    expect(hashOf(page)).toBe('#/circles/northside/proposals/weekend-rota');
    await page.close();
  });

  it('opens a decision from a logbook row and a review row, and goes back to the logbook as it was left', async () => {
    const page = await open('?as=amara#/logbook');
    const logbook = page.getByRole('region', { name: 'Logbook' });
    await logbook.getByLabel('Search').fill('key safe');
    await logbook.getByText('1 entry').waitFor();
    await logbook.getByRole('button', { name: 'Key safe codes changed every three months' }).click();
    const story = page.getByRole('article', { name: 'Key safe codes changed every three months' });
    await story.getByText('Proposed by Amara Okafor', { exact: false }).waitFor();
    expect(hashOf(page)).toBe('#/circles/northside/proposals/key-safe-codes/story');
    await page.goBack();
    await logbook.getByText('1 entry').waitFor();
    expect(await logbook.getByLabel('Search').inputValue()).toBe('key safe');

    // A role term's row opens its story too.
    await logbook.getByLabel('Search').fill('delegate of finance');
    await logbook.getByRole('button', { name: 'Delegate of Finance: Chloé Martin' }).click();
    expect(hashOf(page)).toMatch(/^#\/circles\/finance\/selections\/[^/]+\/story$/);
    await page.getByRole('region', { name: 'A role term’s story' }).or(page.getByRole('article')).first().waitFor();

    await page.getByRole('tab', { name: 'Reviews' }).click();
    const reviews = page.getByRole('region', { name: 'Reviews' });
    await reviews.getByRole('button', { name: 'Pay travel time between visits' }).click();
    await page.getByRole('article', { name: 'Pay travel time between visits' }).waitFor();
    expect(hashOf(page)).toBe('#/circles/hub/proposals/travel-time/story');
    await page.goBack();
    await reviews.waitFor();
    await page.close();
  });

  for (const [width, table] of [
    [320, false],
    [1280, true],
  ] as const) {
    it(`shows the logbook and a circle’s roles ${table ? 'as tables' : 'as lists, nothing wider than the window,'} at ${width} px`, async () => {
      for (const theme of ['light', 'dark']) {
        const page = await open(`?as=amara${theme === 'dark' ? '&theme=dark' : ''}#/logbook`, width);
        const logbook = page.getByRole('region', { name: 'Logbook' });
        const entries = logbook.getByRole(table ? 'table' : 'list', { name: 'Logbook entries' });
        await entries.getByRole('button', { name: 'Key safe codes changed every three months' }).waitFor();
        expect(await logbook.getByRole(table ? 'list' : 'table', { name: 'Logbook entries' }).count()).toBe(0);
        await fits(page, logbook);
        await page.screenshot({ path: join(tabShots, `logbook-${width}-${theme}.png`), fullPage: true });
        if (theme === 'light') expect(await seriousViolations(page)).toEqual([]);
        await page.close();
      }
      const page = await open(`?as=amara#/circles/northside`, width);
      const circle = page.getByRole('article', { name: 'Northside care team' });
      const roles = circle.getByRole(table ? 'table' : 'list', { name: 'Roles and terms' });
      await roles.getByText('Facilitator').waitFor();
      // Each member and role holder with their initials beside their name.
      await circle.getByRole('list', { name: 'Members' }).getByText('Amara Okafor', { exact: true }).waitFor();
      expect(await circle.getByRole('list', { name: 'Members' }).getByText('AO', { exact: true }).count()).toBe(1);
      await fits(page, roles);
      await page.screenshot({ path: join(tabShots, `circle-roles-${width}-light.png`), fullPage: true });
      await page.close();
    });
  }
});
