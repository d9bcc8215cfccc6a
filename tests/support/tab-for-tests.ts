import { join } from 'node:path';
import { keepTabCurrent } from '../../functions/dev/tab-kept';

/**
 * The tab's bundle every browser test serves, made once per `jest` run (its global setup)
 * instead of once per suite: bundling takes 5–14 s of a 2-core machine and some twenty
 * suites serve the same tab. Kept current as `npm start` keeps its own, in a folder of its own.
 */
export const testTabFolder = join(process.cwd(), 'dist', 'tab-for-tests');

/** Jest's global setup: bundles the tab unless the bundle is current already. */
export default async function bundleTabForTests(): Promise<void> {
  await keepTabCurrent(testTabFolder, () => undefined);
}
