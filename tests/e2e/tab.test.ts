import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { readSettings } from '../../functions/composition/config';
import { createServices } from '../../functions/composition/services';
import { seedDemoOrganisation } from '../../functions/dev/demo-organisation';
import { serveRoutes, type DevHost } from '../../functions/dev/host';
import { bundleTab } from '../../functions/dev/tab-bundle';
import { routes } from '../../functions/http/routes';
import { freePort, startAzurite, type RunningAzurite } from '../support/azurite';
import { launchChromium } from '../support/chat-page';

/**
 * The tab as `npm start` serves it, opened in headless Chromium outside Teams: it
 * runs in dev mode against the local stack and its demo organisation. Screenshots
 * go to test-output/tab/.
 */
jest.setTimeout(120_000);

const shots = join(process.cwd(), 'test-output', 'tab');
let azurite: RunningAzurite;
let host: DevHost;
let browser: Browser;

beforeAll(async () => {
  await mkdir(shots, { recursive: true });
  const tab = await bundleTab(join(tmpdir(), `sociocracy-tab-${process.pid}`));
  azurite = await startAzurite();
  const services = await createServices(readSettings({ STORAGE_CONNECTION_STRING: azurite.connectionString, AUTH_MODE: 'dev' }));
  await seedDemoOrganisation(services, services.now());
  host = await serveRoutes(routes(async () => services), await freePort(), '127.0.0.1', tab.folder);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await host?.close();
  await azurite?.stop();
});

const tabUrl = (query = '') => `${host.url.replace(/\/api$/, '/tab/')}${query}`;

async function open(query: string, width = 1100): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(tabUrl(query));
  await page.getByRole('region', { name: 'Circle map' }).waitFor();
  return page;
}

/** Serious and critical accessibility violations found by axe-core in the page as it is. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8') });
  // Evaluated in the page, where axe now is (the test's own types know no DOM). Fluent's
  // focus manager (Tabster) places invisible, aria-hidden focus guards that pass focus on
  // by design; axe cannot tell them from a real hidden control, so they are left out.
  const violations = (await page.evaluate('axe.run({ exclude: [["[data-tabster-dummy]"]] }).then((r) => r.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.html) })))')) as {
    id: string;
    impact: string | null;
    nodes: string[];
  }[];
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.join(' | ').slice(0, 300)}`);
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
    await page.screenshot({ path: join(shots, 'circle-map-light.png'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('opens a circle: aim, members, roles with terms, policy, and its proposals with the guide to each stage', async () => {
    const page = await open('?as=amara');
    await page.getByRole('button', { name: 'Open Northside care team' }).click();
    const circle = page.getByRole('article', { name: 'Northside care team' });
    await circle.getByText('Support people at home in Northside.').waitFor();
    await circle.getByRole('table', { name: 'Roles and terms' }).getByText('Facilitator').waitFor();
    const proposal = circle.getByLabel('Rotate weekend shifts monthly');
    await proposal.getByText(/Consent round: answer by/).waitFor();
    await page.screenshot({ path: join(shots, 'circle-northside.png'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    // Someone outside Northside sees the circle, but not its undecided proposal.
    const outsider = await open('?as=ben');
    await outsider.getByRole('button', { name: 'Open Northside care team' }).click();
    await outsider.getByText('No proposals you may read in this circle yet.').waitFor();
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
    const csv = readFileSync(await file.path(), 'utf8').split('\r\n');
    expect(csv[0]).toBe('"date","kind","circleId","title","status","reviewDate"');
    expect(csv.slice(1)).toEqual([expect.stringContaining('"decision","northside","Rotate weekend shifts monthly","consent-round"')]);
    await page.screenshot({ path: join(shots, 'logbook.png'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
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
    await page.screenshot({ path: join(shots, `circle-map-${name}.png`), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    // Nothing sticks out sideways at the side panel's width.
    expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
  });
});
