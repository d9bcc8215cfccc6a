import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { textsFor } from '../../texts/all';
import { seriousViolations } from '../support/accessibility';
import { tabShots, useTabStack, withDemo } from '../support/tab-stack';

/**
 * Planning a circle's meetings in the tab, in headless Chromium on the demo
 * organisation: Southside (weekly rhythm, Kemi facilitates) plans a meeting from its
 * list, and plans the next one its rhythm proposed when a meeting closed.
 */
jest.setTimeout(180_000);

const stack = useTabStack(withDemo);
const held = 'southside-held';

async function call(method: 'GET' | 'POST', path: string, person: string, body?: object): Promise<any> {
  const headers = { 'x-dev-person': person, 'content-type': 'application/json' };
  const response = await fetch(`${stack.host.url}/${path}`, { method, headers, ...(body ? { body: JSON.stringify(body) } : {}) });
  if (response.status !== 200) throw new Error(`${path} as ${person}: ${await response.text()}`);
  return response.json();
}

beforeAll(async () => {
  const steps = `circles/southside/meetings/${held}/steps`;
  const agenda = [{ itemId: 'rota', type: 'exploration', title: 'Winter rota', timeboxMinutes: 20 }];
  await call('POST', steps, 'esi', { type: 'plan-meeting', scheduledFor: new Date(Date.now() - 3_600_000).toISOString(), agenda });
  for (const type of ['open-check-in', 'consent-to-agenda', 'close-meeting']) await call('POST', steps, 'kemi', { type });
});

async function southside(person: string, width = 1280, theme = ''): Promise<Page> {
  const page = await stack.browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(stack.tabUrl(`?as=${person}&open=circle/southside${theme}`));
  await meetings(page)
    .getByText(/No meeting|Planned and under way/)
    .first()
    .waitFor();
  return page;
}

const meetings = (page: Page) => page.getByRole('region', { name: 'The circle’s meetings' });
const form = (page: Page) => page.getByRole('form', { name: 'Plan a meeting' });
const meetingPage = (page: Page) => page.getByRole('article', { name: 'Southside care team meets' });
const inTwoDays = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);

describe('planning a circle’s meetings in the tab (dev mode, headless Chromium)', () => {
  it('plans a meeting from the circle’s list, asking for what is missing in words, and opens it', async () => {
    const page = await southside('kemi', 320);
    await meetings(page).getByRole('button', { name: 'Plan a meeting' }).click();
    await form(page).getByRole('button', { name: 'Plan it' }).click();
    await form(page).getByText('Choose the day the circle meets.').waitFor();
    await form(page).getByText('Choose the time the meeting starts.').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(tabShots, 'meeting-plan-form-320-light.png'), fullPage: true });
    await form(page).getByLabel('Date').fill(inTwoDays);
    await form(page).getByLabel('Start time').fill('14:00');
    await form(page).getByRole('button', { name: 'Plan it' }).click();
    await meetingPage(page).getByLabel('Status: Planned').waitFor();
    await meetingPage(page).getByText('Planned by Kemi').first().waitFor();
    expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
    const { meeting } = await call('GET', `circles/southside/meetings/southside-${inTwoDays}-1400`, 'kemi');
    // The browser's own time zone turns the time picked into the moment stored.
    const offset = await page.evaluate(`new Date('${inTwoDays}T14:00').toISOString()`);
    expect(meeting).toMatchObject({ status: 'planned', plannedBy: 'kemi', scheduledFor: offset, agenda: [] });
    await page.close();
  });

  it('refuses a second meeting at the same minute in words on its time, and offers no planning to those outside the circle', async () => {
    const page = await southside('leo');
    await meetings(page).getByRole('button', { name: 'Plan a meeting' }).click();
    await form(page).getByLabel('Date').fill(inTwoDays);
    await form(page).getByLabel('Start time').fill('14:00');
    await form(page).getByRole('button', { name: 'Plan it' }).click();
    await form(page)
      .getByRole('alert')
      .getByText(/already exists/)
      .waitFor();
    // On the field that made it the same meeting, not in a banner above the form.
    expect(await form(page).getByLabel('Start time').getAttribute('aria-invalid')).toBe('true');
    expect(await form(page).getByLabel('Date').getAttribute('aria-invalid')).not.toBe('true');
    await page.close();
    const outsider = await southside('ben');
    expect(await meetings(outsider).getByRole('button', { name: 'Plan a meeting' }).count()).toBe(0);
    await outsider.close();
  });

  it('proposes the next meeting from the rhythm on a closed meeting’s page, and plans it as proposed', async () => {
    const { meeting: closed } = await call('GET', `circles/southside/meetings/${held}`, 'kemi');
    const page = await southside('kemi', 1280, '&theme=dark');
    await meetings(page)
      .getByRole('region', { name: 'Held' })
      .getByRole('button', { name: /^Open the meeting of / })
      .click();
    const next = meetingPage(page).getByRole('region', { name: 'Next meeting' });
    // The proposed moment in the reader's own time zone, as the planning form takes it.
    const readerZone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
    const when = textsFor('en').dayAndTime(closed.nextMeeting.startsAt, readerZone);
    await next.getByText(`The circle’s rhythm proposes ${when}, 60 minutes.`).waitFor();
    await next.getByRole('button', { name: 'Plan the next meeting' }).click();
    await page.screenshot({ path: join(tabShots, 'meeting-next-1280-dark.png'), fullPage: true });
    await form(page).getByRole('button', { name: 'Plan it' }).click();
    await meetingPage(page).getByLabel('Status: Planned').waitFor();
    const { meetings: listed } = await call('GET', 'circles/southside/meetings', 'kemi');
    expect(listed.map((m: { scheduledFor: string }) => m.scheduledFor)).toContain(closed.nextMeeting.startsAt);
    await page.close();
  });
});
