import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { careCoop } from '../support/care-coop';
import { seriousViolations } from '../support/accessibility';
import { tabShots, useTabStack } from '../support/tab-stack';

/**
 * The steps on a circle, a draft and a selection that the tab offers as the API
 * allows them, and the confirmation before each that takes something away, in
 * headless Chromium against the local stack with the Riverside care co-op.
 * Screenshots of the confirmation go to test-output/tab/confirm-remove-member-*.png.
 */
jest.setTimeout(180_000);

const tenantId = 'riverside-dev';
const stack = useTabStack();

// Each test starts from the co-op as it was.
beforeEach(async () => {
  expect(await stack.services.structures.save(await stack.services.structures.load(tenantId), careCoop())).toBe(true);
});

/** One step through the API, as the person named, refused loudly. */
async function post(path: string, person: string, body: Record<string, unknown>): Promise<void> {
  const response = await fetch(`${stack.host.url}/${path}`, {
    method: 'POST',
    headers: { 'x-dev-person': person, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (response.status !== 200) throw new Error(`${person} ${String(body.type)}: ${response.status} ${await response.text()}`);
}

async function openCircle(person: string, circle: string, width = 1100): Promise<{ page: Page; article: Locator }> {
  const page = await stack.browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(stack.tabUrl(`?as=${person}`));
  await page.getByRole('button', { name: `Open ${circle}` }).click();
  const article = page.getByRole('article', { name: circle });
  await article.getByRole('list', { name: 'Members' }).waitFor();
  return { page, article };
}

const changes = (article: Locator) => article.getByRole('region', { name: 'Change the circle' });
const dialog = (page: Page) => page.getByRole('alertdialog');

/**
 * Answers the dialog, then waits until the page behind it is there again: while a modal
 * dialog is open the rest of the page is hidden from the accessibility tree, so
 * a role locator finds nothing in it, which would pass for a record gone.
 */
async function answer(page: Page, button: string, article: Locator): Promise<void> {
  await dialog(page).getByRole('button', { name: button }).click();
  await dialog(page).waitFor({ state: 'hidden' });
  await article.waitFor();
}

describe('a circle’s secretary changes the circle itself', () => {
  it('renames the circle', async () => {
    const { page, article } = await openCircle('dev', 'Northside care team');
    await changes(article).getByRole('button', { name: 'Rename' }).click();
    await changes(article).getByLabel('New name of the circle').fill('Northside home care');
    await changes(article).getByRole('button', { name: 'Rename the circle' }).click();
    await page.getByRole('article', { name: 'Northside home care' }).getByRole('heading', { name: 'Northside home care' }).waitFor();
  });

  it('removes a member only once confirmed: cancelling leaves them in the circle', async () => {
    const { page, article } = await openCircle('dev', 'Northside care team', 1280);
    const members = article.getByRole('list', { name: 'Members' });
    await changes(article).getByLabel('Remove a member').selectOption({ label: 'Grace Lin' });
    await changes(article).getByRole('button', { name: 'Remove', exact: true }).click();
    await dialog(page).getByText('Grace Lin will no longer be a member of “Northside care team”', { exact: false }).waitFor();
    await answer(page, 'Cancel', article);
    expect(await members.getByText('Grace Lin').count()).toBe(1);

    await changes(article).getByRole('button', { name: 'Remove', exact: true }).click();
    await dialog(page).getByRole('heading', { name: 'Remove Grace Lin from the circle?' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(tabShots, 'confirm-remove-member-1280-light.png') });
    await page.setViewportSize({ width: 320, height: 640 });
    await page.screenshot({ path: join(tabShots, 'confirm-remove-member-320-light.png') });
    // The dialog fits the narrow screen: nothing in it is wider than the page.
    const box = await dialog(page).boundingBox();
    expect(box !== null && box.x >= 0 && box.x + box.width <= 320).toBe(true);
    await answer(page, 'Remove Grace Lin', article);
    await members.getByText('Grace Lin').waitFor({ state: 'detached' });
    expect(await members.getByText('Hana Sato').count()).toBe(1);
  });

  it('defines a role of its own, then retires it once confirmed', async () => {
    const { page, article } = await openCircle('dev', 'Northside care team');
    await changes(article).getByRole('button', { name: 'Define a role' }).click();
    await changes(article).getByLabel('Name of the role').fill('Rota keeper');
    await changes(article).getByLabel('What the role is for').fill('Keeps the weekend rota filled');
    await changes(article).getByRole('button', { name: 'Define the role' }).click();
    const retire = changes(article).getByLabel('Retire a role');
    await retire.locator('option', { hasText: 'Rota keeper' }).waitFor({ state: 'attached' });
    // The new role is one a term can be recorded for (the records' forms open on demand).
    const records = article.getByRole('region', { name: 'Keep the circle’s records' });
    await records.getByRole('button', { name: 'Record a term' }).click();
    await records.getByLabel('Role').locator('option', { hasText: 'Rota keeper' }).waitFor({ state: 'attached' });
    await changes(article).getByRole('button', { name: 'Retire', exact: true }).click();
    await dialog(page).getByText('“Rota keeper” will no longer be a role of “Northside care team”', { exact: false }).waitFor();
    await answer(page, 'Retire the role', article);
    await retire.waitFor({ state: 'detached' });
  });

  /** Dev, the secretary, with the End-a-term form open on Hana's term as facilitator. */
  async function endingHanasTerm(): Promise<{ page: Page; article: Locator; form: Locator }> {
    const { page, article } = await openCircle('dev', 'Northside care team');
    const form = article.getByRole('region', { name: 'Keep the circle’s records' });
    await form.getByRole('button', { name: 'End a term' }).click();
    const option = form.getByLabel('End a term').locator('option', { hasText: 'Facilitator: Hana Sato' });
    await form.getByLabel('End a term').selectOption({ label: (await option.textContent()) ?? '' });
    return { page, article, form };
  }

  it('ends a term only once confirmed, saying until when it is held', async () => {
    const { page, article, form } = await endingHanasTerm();
    await form.getByRole('button', { name: 'End the term' }).click();
    await dialog(page).getByText('Facilitator: Hana Sato holds this role in “Northside care team” until', { exact: false }).waitFor();
    await answer(page, 'Cancel', article);
    expect(await form.getByLabel('End a term').locator('option', { hasText: 'Facilitator: Hana Sato' }).count()).toBe(1);
  });

  it('says on the last day’s field when that day falls outside the term', async () => {
    const { page, article, form } = await endingHanasTerm();
    await form.getByLabel('Last day').fill('2999-01-01');
    await form.getByRole('button', { name: 'End the term' }).click();
    await answer(page, 'End the term', article);
    const refusal = article.getByText('The last day must fall within the term (', { exact: false });
    await refusal.waitFor();
    // Under the field it names, not also in a banner above the forms.
    expect(await form.getByLabel('Last day').getAttribute('aria-invalid')).toBe('true');
    expect(await refusal.count()).toBe(1);
    expect(await form.getByLabel('End a term').locator('option', { hasText: 'Facilitator: Hana Sato' }).count()).toBe(1);
  });
});

describe('the organisation admin archives a sub-circle', () => {
  it('archives Finance once confirmed, after which nothing in it can be changed', async () => {
    const { page, article } = await openCircle('admin', 'Finance');
    await changes(article).getByRole('button', { name: 'Archive the circle' }).click();
    await dialog(page).getByText('“Finance” will be archived', { exact: false }).waitFor();
    await answer(page, 'Archive the circle', article);
    await changes(article).waitFor({ state: 'detached' });
    expect(await article.getByRole('region', { name: 'Keep the circle’s records' }).count()).toBe(0);
    expect((await stack.services.structures.circle(tenantId, 'finance'))?.archived).toBe(true);
  });
});

describe('only the steps the viewer may take are offered', () => {
  it('offers a plain member none of the secretary’s steps', async () => {
    const { article } = await openCircle('farid', 'Northside care team');
    await article.getByRole('button', { name: 'Start a proposal' }).waitFor();
    expect(await changes(article).count()).toBe(0);
    expect(await article.getByRole('region', { name: 'Keep the circle’s records' }).count()).toBe(0);
  });

  it('offers the secretary no archive or move, which are the admin’s', async () => {
    const { article } = await openCircle('dev', 'Northside care team');
    await changes(article).getByRole('button', { name: 'Rename' }).waitFor();
    expect(await changes(article).getByRole('button', { name: 'Archive the circle' }).count()).toBe(0);
    expect(await changes(article).getByRole('button', { name: 'Move', exact: true }).count()).toBe(0);
  });
});

describe('steps on a draft and a selection', () => {
  it('the author edits their draft before presenting it', async () => {
    const proposalId = `draft-${Date.now().toString(36)}`;
    const reviewDate = `${new Date().getUTCFullYear() + 1}-06-30`;
    await post(`circles/northside/proposals/${proposalId}/steps`, 'dev', {
      type: 'draft-proposal',
      title: 'Rota swaps by message',
      text: 'Carers swap shifts by message.',
      reviewDate,
    });
    const { page, article } = await openCircle('dev', 'Northside care team');
    await article.getByRole('button', { name: 'Open Rota swaps by message' }).click();
    const proposal = page.getByRole('article', { name: 'Rota swaps by message' });
    await proposal.getByRole('button', { name: 'Edit the draft' }).click();
    const edit = proposal.getByRole('region', { name: 'Edit the draft' });
    await edit.getByLabel('Title').fill('Rota swaps in the team chat');
    await edit.getByLabel('The proposal').fill('Carers swap shifts in the team’s chat, and the secretary updates the rota.');
    await edit.getByRole('button', { name: 'Save the draft' }).click();
    const edited = page.getByRole('article', { name: 'Rota swaps in the team chat' });
    await edited.getByText('Carers swap shifts in the team’s chat, and the secretary updates the rota.').waitFor();
    await edited.getByRole('button', { name: 'Present to the circle' }).waitFor();
  });

  it('the author withdraws their proposal once confirmed, from a form that opens on demand', async () => {
    const proposalId = `withdrawn-${Date.now().toString(36)}`;
    await post(`circles/northside/proposals/${proposalId}/steps`, 'dev', {
      type: 'draft-proposal',
      title: 'Night visits by two carers',
      text: 'Every night visit is made by two carers.',
      reviewDate: `${new Date().getUTCFullYear() + 1}-06-30`,
    });
    const { page, article } = await openCircle('dev', 'Northside care team');
    await article.getByRole('button', { name: 'Open Night visits by two carers' }).click();
    const proposal = page.getByRole('article', { name: 'Night visits by two carers' });
    expect(await proposal.getByLabel('Why withdraw it?').count()).toBe(0);
    await proposal.getByRole('button', { name: 'Withdraw the proposal' }).click();
    await proposal.getByLabel('Why withdraw it?').fill('Two carers a night cannot be staffed before spring.');
    await proposal.getByRole('button', { name: 'Withdraw the proposal' }).click();
    await dialog(page).getByRole('button', { name: 'Cancel' }).click();
    await dialog(page).waitFor({ state: 'hidden' });
    // Cancelled in the dialog: nothing was sent, the proposal is still a draft.
    await proposal.getByRole('button', { name: 'Present to the circle' }).waitFor();
    await proposal.getByRole('button', { name: 'Withdraw the proposal' }).click();
    await answer(page, 'Withdraw the proposal', proposal);
    await proposal.getByText('Withdrawn', { exact: true }).first().waitFor();
    expect(await proposal.getByRole('button', { name: 'Present to the circle' }).count()).toBe(0);
  });

  it('the facilitator withdraws a selection once confirmed', async () => {
    const selectionId = `sel-${Date.now().toString(36)}`;
    await post(`circles/northside/selections/${selectionId}/steps`, 'dev', {
      type: 'start-selection',
      circleId: 'northside',
      roleId: 'delegate',
    });
    const { page, article } = await openCircle('hana', 'Northside care team');
    await article.getByRole('button', { name: 'Open the selection of the delegate' }).click();
    const selection = page.getByRole('article', { name: 'Selection of the delegate' });
    // The form opens on demand, and cancelling it sends nothing.
    await selection.getByRole('button', { name: 'Withdraw the selection' }).click();
    await selection.getByRole('button', { name: 'Cancel' }).click();
    await selection.getByRole('button', { name: 'Withdraw the selection' }).click();
    await selection.getByLabel('Why withdraw the selection?').fill('Dev stays delegate until the spring.');
    await selection.getByRole('button', { name: 'Withdraw the selection' }).click();
    await dialog(page).getByText('The selection stops', { exact: false }).waitFor();
    await dialog(page).getByRole('button', { name: 'Withdraw the selection' }).click();
    await selection.getByText('Withdrawn', { exact: true }).waitFor();
    expect(await selection.getByRole('button', { name: 'Withdraw the selection' }).count()).toBe(0);
  });
});
