import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { seriousViolations } from '../support/accessibility';
import { tabShots, useTabStack, withDemo } from '../support/tab-stack';

/**
 * The drawn circle map in headless Chromium, on the demo organisation with one more
 * circle inside Northside that nobody links yet (two warnings). Screenshots go to
 * test-output/tab/circle-map-{1280,320}-{light,dark}.png and circle-map-1280-contrast.png.
 */
jest.setTimeout(120_000);

const stack = useTabStack(withDemo);
const nightRota = 'Night rota, 0 members, no leader, no delegate, 2 warnings';

beforeAll(async () => {
  const response = await fetch(`${stack.host.url}/structure/commands`, {
    method: 'POST',
    headers: { 'x-dev-person': 'admin', 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'create-circle',
      circleId: 'night-rota',
      name: 'Night rota',
      aim: 'Cover the nights in Northside.',
      parentId: 'northside',
    }),
  });
  if (response.status !== 200) throw new Error(await response.text());
});

/** The tab as Hana, the circle map drawn (the list is the default; the toggle chooses the map). */
async function openMap(width: number, theme = ''): Promise<Page> {
  const page = await stack.browser.newPage({ viewport: { width, height: 900 } });
  page.setDefaultTimeout(10_000);
  await page.goto(stack.tabUrl(`?as=hana${theme}`));
  await page.getByRole('region', { name: 'Circle map' }).getByRole('button', { name: 'Map' }).click();
  await page.getByRole('group', { name: 'Drawn circle map' }).waitFor();
  return page;
}

const circleOnMap = (page: Page, name: string | RegExp) =>
  page.getByRole('group', { name: 'Drawn circle map' }).getByRole('button', { name });
const focusedName = (page: Page) => page.evaluate('document.activeElement?.getAttribute("aria-label") ?? null') as Promise<string | null>;
const status = (page: Page) => page.getByRole('region', { name: 'Circle map' }).getByRole('status');

describe('the drawn circle map', () => {
  it('draws the general circle around its sub-circles, each named with its members, double link and warnings', async () => {
    const page = await openMap(1280);
    const general = circleOnMap(page, /^Riverside Care Co-op, general circle/);
    const northside = circleOnMap(
      page,
      'Northside care team, 5 members, leader Amara Okafor, delegate Dev Patel, 1 sub-circle, no warnings',
    );
    const outer = await general.locator('circle').first().boundingBox();
    for (const name of [/^Northside care team,/, /^Southside care team,/, /^Finance,/, /^Training,/]) {
      const inner = await circleOnMap(page, name).locator('circle').first().boundingBox();
      expect(inner!.x).toBeGreaterThan(outer!.x);
      expect(inner!.y).toBeGreaterThan(outer!.y);
      expect(inner!.x + inner!.width).toBeLessThan(outer!.x + outer!.width);
      expect(inner!.y + inner!.height).toBeLessThan(outer!.y + outer!.height);
    }
    const rota = await circleOnMap(page, nightRota).locator('circle').first().boundingBox();
    const team = await northside.locator('circle').first().boundingBox();
    expect(rota!.x).toBeGreaterThan(team!.x);
    expect(rota!.x + rota!.width).toBeLessThan(team!.x + team!.width);
    await page
      .getByRole('region', { name: 'How to read the map' })
      .getByText(/thick dashed ring: the circle has warnings/)
      .waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('the keyboard reaches a sub-circle’s own sub-circle, zooming to it, and Enter opens it', async () => {
    const page = await openMap(1280);
    await circleOnMap(page, /^Riverside Care Co-op/).focus();
    await page.keyboard.press('ArrowDown');
    expect(await focusedName(page)).not.toMatch(/^Riverside/);
    await page.keyboard.press('Home');
    for (let step = 0; step < 4 && !(await focusedName(page))?.startsWith('Northside care team'); step++)
      await page.keyboard.press('ArrowRight');
    expect(await focusedName(page)).toMatch(/^Northside care team,/);
    await page.keyboard.press('ArrowDown');
    expect(await focusedName(page)).toBe(nightRota);
    await status(page).getByText('Showing Riverside Care Co-op › Northside care team').waitFor();
    await page.getByRole('group', { name: 'Drawn circle map' }).getByText('Night rota', { exact: true }).waitFor();
    await page.keyboard.press('ArrowUp');
    expect(await focusedName(page)).toMatch(/^Northside care team,/);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByRole('article', { name: 'Night rota' }).getByText('Cover the nights in Northside.').waitFor();
    await page.close();
  });

  it('zooms in on a circle and back out, with the buttons and the keys', async () => {
    const page = await openMap(1280);
    // Northside's middle is its sub-circle: a click there would choose Night rota, so choose Northside by focus.
    await circleOnMap(page, /^Northside care team,/).focus();
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await status(page).getByText('Showing Riverside Care Co-op › Northside care team').waitFor();
    await page.getByRole('group', { name: 'Drawn circle map' }).getByText('Night rota', { exact: true }).waitFor();
    // Zoomed in, Night rota carries its hollow L and D and its warnings badge.
    await page.screenshot({ path: join(tabShots, 'circle-map-1280-zoomed.png'), fullPage: true });
    await page.getByRole('button', { name: 'Zoom out' }).click();
    await status(page).getByText('Showing Riverside Care Co-op', { exact: true }).waitFor();
    await circleOnMap(page, /^Northside care team,/).focus();
    await page.keyboard.press('+');
    await status(page).getByText('Showing Riverside Care Co-op › Northside care team').waitFor();
    await page.keyboard.press('-');
    await status(page).getByText('Showing Riverside Care Co-op', { exact: true }).waitFor();
    expect(await page.getByRole('button', { name: 'Zoom out' }).isDisabled()).toBe(true);
    await page.close();
  });

  it('the list is the map’s alternative, and the choice is remembered for the session', async () => {
    const page = await openMap(1280);
    await page.getByRole('button', { name: 'List' }).click();
    await page
      .getByRole('list', { name: 'Circles inside Riverside Care Co-op' })
      .getByLabel('Northside care team', { exact: true })
      .waitFor();
    expect(await page.getByRole('group', { name: 'Drawn circle map' }).count()).toBe(0);
    await page.reload();
    await page.getByRole('button', { name: 'Open Northside care team' }).waitFor();
    expect(await page.getByRole('button', { name: 'List' }).getAttribute('aria-pressed')).toBe('true');
    await page.getByRole('button', { name: 'Map' }).click();
    await page.reload();
    await page.getByRole('group', { name: 'Drawn circle map' }).waitFor();
    await page.close();
  });

  it.each([
    [1280, 'light', ''],
    [1280, 'dark', '&theme=dark'],
    [1280, 'contrast', '&theme=contrast'],
    [320, 'light', ''],
    [320, 'dark', '&theme=dark'],
  ] as const)('at %i px in the %s look: no serious accessibility problems, nothing sticks out sideways', async (width, look, theme) => {
    const page = await openMap(width, theme);
    await circleOnMap(page, /^Northside care team,/).focus();
    expect(await page.getByRole('button', { name: 'Zoom in' }).isEnabled()).toBe(true);
    await page.screenshot({ path: join(tabShots, `circle-map-${width}-${look}.png`), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
    await page.close();
  });
});
