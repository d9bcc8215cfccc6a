import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { tabShots, useTabStack, withDemo } from '../support/tab-stack';

/**
 * The tab's forms as Teams people expect them (dev mode, headless Chromium, demo
 * organisation): closed until asked for, offered only to those the core allows,
 * nothing chosen for the person, a refusal shown under the field it names, and a
 * toast once a step is taken. Screenshots go to test-output/tab/.
 */
jest.setTimeout(180_000);

const stack = useTabStack(withDemo);

async function openCircle(person: string, width = 1280): Promise<Page> {
  const page = await stack.browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(stack.tabUrl(`?as=${person}&open=circle/northside`));
  await page.getByRole('article', { name: 'Northside care team' }).getByText('Support people at home in Northside.').waitFor();
  await page.getByRole('heading', { name: 'Proposals' }).waitFor();
  return page;
}

/** The words a field's validation message shows, read through the control's `aria-describedby`. */
const messageOf = async (control: Locator): Promise<string> => {
  const ids = ((await control.getAttribute('aria-describedby')) ?? '').split(' ').filter(Boolean);
  return (await Promise.all(ids.map((id) => control.page().locator(`[id="${id}"]`).textContent()))).join(' ');
};

/** A toast's title: Fluent also reads it out through a live region, which is no toast. */
const toast = (page: Page, words: string) => page.locator('.fui-ToastTitle', { hasText: words });

const circleSteps = async (person: string) => {
  const response = await fetch(`${stack.host.url}/circles/northside`, { headers: { 'x-dev-person': person } });
  return ((await response.json()) as { steps: { keepRecords: boolean; draftProposal: boolean; selectRoles: string[] } }).steps;
};

describe('forms on demand, for those the core allows (dev mode, headless Chromium)', () => {
  it('shows the circle’s facts first, its forms closed until their buttons open them', async () => {
    const page = await openCircle('dev');
    const circle = page.getByRole('article', { name: 'Northside care team' });
    const records = circle.getByRole('region', { name: 'Keep the circle’s records' });
    await records.getByRole('button', { name: 'Record a term' }).waitFor();
    expect(await circle.getByRole('region', { name: 'Start a proposal' }).count()).toBe(0);
    expect(await circle.getByRole('region', { name: 'Start a role selection' }).count()).toBe(0);
    expect(await records.getByLabel('Held by').count()).toBe(0);
    const height = await page.evaluate('document.scrollingElement.scrollHeight');
    console.log(`The circle page at 1280 px, its forms closed: ${String(height)} px`);
    await page.screenshot({ path: join(tabShots, 'forms-circle-closed-1280.png'), fullPage: true });
    await circle.getByRole('button', { name: 'Start a proposal' }).click();
    await circle.getByRole('region', { name: 'Start a proposal' }).getByLabel('Title').waitFor();
    await records.getByRole('button', { name: 'Record a term' }).click();
    await records.getByLabel('Held by').waitFor();
    // Cancel closes the form again.
    await circle.getByRole('region', { name: 'Start a proposal' }).getByRole('button', { name: 'Cancel' }).click();
    await circle.getByRole('button', { name: 'Start a proposal' }).waitFor();
    await page.close();
    const narrow = await openCircle('dev', 320);
    await narrow.screenshot({ path: join(tabShots, 'forms-circle-closed-320.png'), fullPage: true });
    await narrow.close();
  });

  it('offers record keeping, proposals and role selections only to those the core allows', async () => {
    // Amara leads Northside but is not its secretary: she proposes, but keeps no records.
    expect((await circleSteps('amara')).keepRecords).toBe(false);
    const amara = await openCircle('amara');
    await amara.getByRole('button', { name: 'Start a proposal' }).waitFor();
    expect(await amara.getByRole('region', { name: 'Keep the circle’s records' }).count()).toBe(0);
    await amara.close();
    // Ben is no member of Northside, only of the circle above it, which chooses Northside's leader: that selection alone is his.
    expect(await circleSteps('ben')).toMatchObject({ keepRecords: false, draftProposal: false, selectRoles: ['leader'] });
    const ben = await openCircle('ben');
    await ben.getByRole('button', { name: 'Start a role selection' }).waitFor();
    expect(await ben.getByRole('button', { name: 'Start a proposal' }).count()).toBe(0);
    // He keeps the hub's records, so Northside's leader's term is his to record, and nothing else there.
    const records = ben.getByRole('region', { name: 'Keep the circle’s records' });
    expect(await records.getByRole('button', { name: 'Add a member' }).count()).toBe(0);
    await records.getByRole('button', { name: 'Record a term' }).click();
    const roles = records.getByLabel('Role').locator('option:not([disabled])');
    await roles.first().waitFor({ state: 'attached' });
    expect(await roles.allTextContents()).toEqual(['Leader']);
    await ben.close();
  });

  it('chooses no role for the person starting a selection, and offers only the roles they may start it for', async () => {
    const { selectRoles } = await circleSteps('hana');
    const page = await openCircle('hana');
    await page.getByRole('button', { name: 'Start a role selection' }).click();
    const role = page.getByRole('region', { name: 'Start a role selection' }).getByLabel('Role to select');
    expect(await role.inputValue()).toBe('');
    const offered = await role.locator('option:not([disabled])').evaluateAll((options) => options.map((o) => o.getAttribute('value')));
    expect(offered).toEqual(selectRoles);
    await page.close();
  });

  it('says which required field is empty before sending, and toasts the step once taken', async () => {
    const page = await openCircle('dev');
    await page.getByRole('button', { name: 'Start a proposal' }).click();
    const start = page.getByRole('region', { name: 'Start a proposal' });
    await start.getByRole('button', { name: 'Draft the proposal' }).click();
    expect(await messageOf(start.getByLabel('Title'))).toContain('Fill this in before sending.');
    expect(await start.getByRole('alert').filter({ hasText: 'The app’s server' }).count()).toBe(0);
    await start.getByLabel('Title').fill('Spare keys at the office');
    await start.getByLabel('The proposal').fill('One spare key of each home stays in the office safe.');
    await start.getByRole('button', { name: 'Draft the proposal' }).click();
    await toast(page, 'Proposal “Spare keys at the office” drafted: present it to the circle when it is ready').waitFor();
    await page.getByRole('article', { name: 'Spare keys at the office' }).getByRole('button', { name: 'Present to the circle' }).click();
    await toast(page, 'Proposal presented to the circle').waitFor();
    await page.close();
  });

  it.each([1280, 320])('chooses no answer for the person, and shows the core’s refusal under the field it names (%i px)', async (width) => {
    const page = await stack.browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(stack.tabUrl('?as=hana&open=proposal/northside/weekend-rota'));
    const article = page.getByRole('article', { name: 'Rotate weekend shifts monthly' });
    await article.getByRole('radio', { name: 'Object' }).waitFor();
    for (const radio of await article.getByRole('radio').all()) expect(await radio.isChecked()).toBe(false);
    await article.getByRole('button', { name: 'Send my answer' }).click();
    await article.getByText('Choose your answer').waitFor();
    // An objection without its reason: the core refuses it, naming the reason's field.
    await article.getByRole('radio', { name: 'Object' }).check();
    await article.getByRole('button', { name: 'Send my answer' }).click();
    const reason = article.getByLabel(/Your reason/);
    await page.locator('textarea[aria-invalid="true"]').waitFor();
    expect(await messageOf(reason)).toMatch(/objection/i);
    // On the field, not in a banner above the steps.
    expect(await article.getByRole('region', { name: 'Your steps' }).locator('.fui-MessageBar').count()).toBe(0);
    await page.screenshot({ path: join(tabShots, `forms-proposal-field-error-${width}.png`), fullPage: true });
    await page.close();
  });
});
