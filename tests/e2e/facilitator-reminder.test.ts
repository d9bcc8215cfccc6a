import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { tabShots, useTabStack, withDemo } from '../support/tab-stack';

/**
 * The facilitator's reminder in the tab, on the demo organisation's open consent
 * round in Northside (Hana facilitates): sent once, and refused with the core's
 * sentence from a view that still offered it (one hidden, so not reading again). Screenshots go to test-output/tab/.
 */
jest.setTimeout(120_000);

const stack = useTabStack(withDemo);

/** The weekend-rota proposal opened straight from a deep link, as a person. */
async function openRota(as: string): Promise<Page> {
  const page = await stack.browser.newPage({ viewport: { width: 1000, height: 900 } });
  await page.goto(stack.tabUrl(`?as=${as}&open=${encodeURIComponent('proposal/northside/weekend-rota')}`));
  await page.getByRole('article', { name: 'Rotate weekend shifts monthly' }).waitFor();
  return page;
}

describe('the facilitator reminds those still to answer from the tab', () => {
  it('offers the reminder to the facilitator only, sends it once, and shows the refusal to a view that still offered it', async () => {
    const member = await openRota('amara');
    await member.getByRole('region', { name: 'Your steps' }).waitFor();
    expect(await member.getByRole('button', { name: 'Remind those still to answer' }).count()).toBe(0);

    const first = await openRota('hana');
    const stale = await openRota('hana');
    await stale.getByRole('button', { name: 'Remind those still to answer' }).waitFor();
    // A proposal's page reads again only while shown: this one is left behind another app, so it still offers the reminder.
    await stale.evaluate(
      "Object.defineProperty(document, 'visibilityState', { get: () => 'hidden', configurable: true }); document.dispatchEvent(new Event('visibilitychange'))",
    );
    await first.getByRole('button', { name: 'Remind those still to answer' }).click();
    // Said in the step's toast (its words are also announced to a screen reader, hence the first).
    await first
      .getByText(
        'Those still to answer were reminded, in the circle’s chat and their Teams activity feed where the circle has them. You can remind them again tomorrow.',
      )
      .first()
      .waitFor();
    await first.getByRole('button', { name: 'Remind those still to answer' }).waitFor({ state: 'detached' });
    await first.screenshot({ path: join(tabShots, 'facilitator-reminded.png'), fullPage: true });

    await stale.getByRole('button', { name: 'Remind those still to answer' }).click();
    await stale
      .getByRole('alert')
      .getByText(
        'Those still to answer were already reminded today; the facilitator reminds them at most once a day, so try again tomorrow.',
      )
      .waitFor();
    await stale.screenshot({ path: join(tabShots, 'facilitator-reminder-refused.png'), fullPage: true });
  });
});
