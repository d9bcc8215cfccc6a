import { join } from 'node:path';
import type { Page, Request } from 'playwright-core';
import { seriousViolations } from '../support/accessibility';
import { answerInitialize, hostRecord, serveOverHttps, simulateMobileTeams, type MobileHostScript } from '../support/mobile-teams-host';
import { tabShots, useTabStack, withDemo } from '../support/tab-stack';

// A phone-sized page against the whole local stack on two shared cores.
jest.setTimeout(120_000);

const stack = useTabStack(withDemo);

const origin = 'https://sociocracy.test';
const token = 'simulated-sso-token-for-hana';

/** A phone's Teams opening the personal tab, with every API request the page sends kept. */
async function openOnPhone(
  script: Partial<MobileHostScript> = {},
  width = 390,
  theme: MobileHostScript['theme'] = 'default',
): Promise<{ page: Page; apiRequests: Request[] }> {
  const page = await stack.browser.newPage({ viewport: { width, height: 844 } });
  const apiRequests: Request[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.startsWith('/api/')) apiRequests.push(request);
  });
  await serveOverHttps(page, origin, stack.host.url);
  await simulateMobileTeams(page, { token, theme, holdInitialize: false, refuseTokenWith: null, ...script });
  await page.goto(`${origin}/tab/`);
  return { page, apiRequests };
}

/** The first call the tab makes to the API, with the headers that name its caller. */
const firstApiCall = (page: Page) => page.waitForRequest((request) => new URL(request.url()).pathname.startsWith('/api/'));

const expectSignedInThroughTeams = async (page: Page, call: Request, apiRequests: readonly Request[]) => {
  expect(call.headers().authorization).toBe(`Bearer ${token}`);
  expect(apiRequests.filter((request) => request.headers()['x-dev-person'] !== undefined)).toEqual([]);
  expect(await page.getByText('Acting as').count()).toBe(0);
  // The dev banner, not the local API's own refusal of a Teams token (it runs in dev mode here).
  expect(await page.getByText(/^Dev mode: outside Teams/).count()).toBe(0);
  expect((await hostRecord(page)).asked).toEqual(expect.arrayContaining(['initialize', 'getContext', 'authentication.getAuthToken']));
};

describe('the tab in Teams on a phone (no parent window; the host answers through its native bridge)', () => {
  it('signs in through teams-js with the SSO token, never in dev mode', async () => {
    const { page, apiRequests } = await openOnPhone();
    const call = await firstApiCall(page);
    await expectSignedInThroughTeams(page, call, apiRequests);
    await page.close();
  });

  it('keeps waiting for a slow host, saying it connects, and ends in Teams rather than dev mode', async () => {
    const { page, apiRequests } = await openOnPhone({ holdInitialize: true });
    await page.getByText('Connecting to Teams…').waitFor();
    // Until the host answers, the tab has sent nothing to the API: no dev identity either.
    expect(apiRequests).toEqual([]);
    const call = firstApiCall(page);
    await answerInitialize(page);
    await expectSignedInThroughTeams(page, await call, apiRequests);
    await page.close();
  });

  it('asks for permission in words when consent is needed, opens Teams’ sign-in window on its own auth page, then signs in', async () => {
    const { page, apiRequests } = await openOnPhone({ refuseTokenWith: 'resourceRequiresConsent' });
    await page.getByText('Sociocracy for Teams needs your permission to read your name and your organisation’s people.').waitFor();
    expect(apiRequests).toEqual([]);
    const call = firstApiCall(page);
    await page.getByRole('button', { name: 'Give permission' }).click();
    await expectSignedInThroughTeams(page, await call, apiRequests);
    const windowPage = `${origin}/tab/auth-start.html`;
    expect((await hostRecord(page)).authenticateUrls).toEqual([windowPage]);
    // The window's page is served beside the tab, and the app id it asks consent for is public (none in dev mode).
    expect(await page.evaluate(async (url) => (await fetch(url)).status, windowPage)).toBe(200);
    expect(await page.evaluate(async () => (await fetch('/api/sign-in')).json())).toEqual({ clientId: null });
    await page.close();
  });

  it('shows the permission prompt at 320 px in light and dark, fitting and accessible', async () => {
    for (const theme of ['default', 'dark'] as const) {
      const { page } = await openOnPhone({ refuseTokenWith: 'resourceRequiresConsent' }, 320, theme);
      const button = page.getByRole('button', { name: 'Give permission' });
      await button.waitFor();
      expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
      expect(await seriousViolations(page)).toEqual([]);
      await page.screenshot({ path: join(tabShots, `permission-prompt-320-${theme === 'dark' ? 'dark' : 'light'}.png`) });
      await page.close();
    }
  });
});
