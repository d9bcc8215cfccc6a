import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Locale } from '../../texts/locales';
import { textsFor } from '../../texts/all';
import { tabShots, useTabStack, withDemo } from '../support/tab-stack';

/**
 * The four views a person meets first — the drawn map, a circle, a proposal in its
 * consent round and Me — in English and Dutch, light and dark, on a desktop (1280 px)
 * and a phone (320 px): test-output/tab/shot-<view>-<lang>-<theme>-<width>.png.
 * Each shot is taken once the view's own words show, and nothing may run off a phone's side.
 */
jest.setTimeout(300_000);

const stack = useTabStack(withDemo);

const looks = (['en', 'nl'] as const).flatMap((lang) =>
  (['light', 'dark'] as const).flatMap((theme) => [1280, 320].map((width) => [lang, theme, width] as const)),
);

const pageWidth = (page: Page) => page.evaluate('document.documentElement.scrollWidth') as Promise<number>;

async function open(query: string, lang: Locale, theme: 'light' | 'dark', width: number): Promise<Page> {
  const page = await stack.browser.newPage({ viewport: { width, height: 900 } });
  page.setDefaultTimeout(20_000);
  const dark = theme === 'dark' ? '&theme=dark' : '';
  await page.goto(stack.tabUrl(`?as=hana&lang=${lang}${dark}${query}`));
  return page;
}

async function shot(page: Page, view: string, look: readonly [Locale, string, number]): Promise<void> {
  const [lang, theme, width] = look;
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: join(tabShots, `shot-${view}-${lang}-${theme}-${width}.png`), fullPage: true });
  expect(await pageWidth(page)).toBeLessThanOrEqual(width);
  await page.close();
}

describe.each(looks)('the first views in %s, %s, at %i px', (lang, theme, width) => {
  const words = textsFor(lang);
  const circles = words.of('circles');

  it('draws the map of the circles', async () => {
    const page = await open('', lang, theme, width);
    const map = page.getByRole('region', { name: circles('mapRegion') });
    const showMap = map.getByRole('button', { name: circles('mapShowMap') });
    // A fresh page shows the list first; the toggle is waited for, as the map's data may still be on its way.
    await showMap.click();
    await page.getByRole('group', { name: circles('mapDrawn') }).waitFor();
    await shot(page, 'map', [lang, theme, width]);
  });

  it('shows a circle with its roles and members', async () => {
    const page = await open('&open=circle/northside', lang, theme, width);
    await page.getByRole('button', { name: circles('circleBack') }).waitFor();
    await page.getByRole('heading', { name: 'Northside care team' }).first().waitFor();
    await shot(page, 'circle', [lang, theme, width]);
  });

  it('shows a proposal in its consent round', async () => {
    const page = await open('&open=proposal/northside/weekend-rota', lang, theme, width);
    await page.getByRole('heading', { name: 'Rotate weekend shifts monthly' }).first().waitFor();
    await shot(page, 'proposal', [lang, theme, width]);
  });

  it('shows Me: what awaits the person', async () => {
    const page = await open('', lang, theme, width);
    await page.getByRole('tab', { name: words.t('app', 'viewMe') }).click();
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    await shot(page, 'me', [lang, theme, width]);
  });
});
