import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { nl } from '../../texts/catalogues/nl';
import { pseudoCatalogue, textsFrom } from '../../texts/translate';
import { tabShots, useTabStack, withDemo } from '../support/tab-stack';

/**
 * The tab in the reader's language: Dutch words from the Dutch catalogue, and the
 * pseudo-locale (a third longer, accented) at 320 px without anything running off the
 * side. Screenshots go to test-output/tab/pseudo-{circles,map,circle,me,proposal,meeting}-320.png.
 */
jest.setTimeout(180_000);

const stack = useTabStack(withDemo);
const dutch = textsFrom('nl', nl).of('circles');
const pseudo = textsFrom('qps-ploc', pseudoCatalogue);

async function open(query: string, width = 1280): Promise<Page> {
  const page = await stack.browser.newPage({ viewport: { width, height: 900 } });
  page.setDefaultTimeout(15_000);
  await page.goto(stack.tabUrl(`?as=hana&${query}`));
  return page;
}

/**
 * What runs off the page's side or is cut off inside its box: the page wider than the screen, or a
 * clipping element wider than itself. Run in the page (as a string: the tests are compiled without the DOM's types).
 */
const overflowScript = `(() => {
  const found = [];
  if (document.documentElement.scrollWidth > window.innerWidth) found.push('the page: ' + document.documentElement.scrollWidth + ' px wide');
  for (const element of document.querySelectorAll('body *')) {
    if (!(element instanceof HTMLElement) || !element.checkVisibility()) continue;
    const style = getComputedStyle(element);
    const clips = ['hidden', 'clip'].includes(style.overflowX) || style.textOverflow === 'ellipsis';
    if (clips && element.scrollWidth > element.clientWidth + 1) found.push(element.tagName.toLowerCase() + ': ' + (element.textContent ?? '').slice(0, 60));
  }
  return found;
})()`;
const overflowing = (page: Page) => page.evaluate(overflowScript) as Promise<string[]>;
const pageLanguage = (page: Page) => page.evaluate('document.documentElement.lang') as Promise<string>;

async function shownWhole(page: Page, name: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: join(tabShots, `pseudo-${name}-320.png`), fullPage: true });
  expect(await overflowing(page)).toEqual([]);
}

describe('the tab in the reader’s language', () => {
  it('speaks Dutch at ?lang=nl: the circles, a circle and its terms’ dates the Dutch way', async () => {
    const page = await open('lang=nl');
    const map = page.getByRole('region', { name: dutch('mapRegion') });
    await map.getByRole('button', { name: dutch('mapShowList') }).waitFor();
    // Set once the language's texts are loaded, before the first view.
    expect(await pageLanguage(page)).toBe('nl');
    await map.getByText(dutch('listGeneralCircle'), { exact: true }).waitFor();
    await map.getByRole('button', { name: dutch('openNamed', { name: 'Northside care team' }) }).click();
    await page.getByRole('button', { name: dutch('circleBack') }).waitFor();
    const terms = page.getByRole('table', { name: dutch('circleRoles') });
    await terms.getByRole('columnheader', { name: dutch('circleHeldBy') }).waitFor();
    // "5 dec 2026 tot 5 jun 2027": the day first, the month in Dutch, "tot" between.
    const dutchDay = /^\d{1,2} (jan|feb|mrt|apr|mei|jun|jul|aug|sep|okt|nov|dec)\.? \d{4}$/;
    const span = (await terms.getByRole('cell').nth(2).textContent()) ?? '';
    const [start = '', end = ''] = span.split(' tot ');
    expect(start).toMatch(dutchDay);
    expect(end).toMatch(dutchDay);
    await page.close();
  });

  it('fits the pseudo-locale’s longer words in 320 px: the circles, the map, a circle, Me, a proposal and a meeting', async () => {
    const circles = await open('lang=qps-ploc', 320);
    const map = circles.getByRole('region', { name: pseudo.t('circles', 'mapRegion') });
    await map.getByText(pseudo.t('circles', 'listGeneralCircle'), { exact: true }).waitFor();
    expect(await pageLanguage(circles)).toBe('qps-ploc');
    await shownWhole(circles, 'circles');
    await map.getByRole('button', { name: pseudo.t('circles', 'mapShowMap') }).click();
    await circles.getByRole('group', { name: pseudo.t('circles', 'mapDrawn') }).waitFor();
    await shownWhole(circles, 'map');
    await circles.getByRole('tab', { name: pseudo.t('app', 'viewMe') }).click();
    await shownWhole(circles, 'me');
    await circles.close();

    const circle = await open('lang=qps-ploc&open=circle/northside', 320);
    await circle.getByRole('button', { name: pseudo.t('circles', 'circleBack') }).waitFor();
    await shownWhole(circle, 'circle');
    await circle.close();

    const proposal = await open('lang=qps-ploc&open=proposal/northside/weekend-rota', 320);
    await proposal.getByRole('heading', { level: 2 }).first().waitFor();
    await shownWhole(proposal, 'proposal');
    await proposal.close();

    const meeting = await open('lang=qps-ploc&open=meeting/northside/northside-next-week', 320);
    await meeting.getByRole('heading', { level: 2 }).first().waitFor();
    await shownWhole(meeting, 'meeting');
    await meeting.close();
  });
});
