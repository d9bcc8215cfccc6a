import { reprojectLogbook } from '../../functions/application/read-logbook';
import { governancePartition } from '../../functions/storage/keys';
import { reviewedByKey } from '../../functions/storage/logbook-projection';
import { LogbookStore } from '../../functions/storage/logbook-store';
import { StructureStore } from '../../functions/storage/structure-store';
import { careCoop } from '../support/care-coop';
import { adoptInNorthside } from '../support/adopted-decision';
import { governanceTable } from '../support/governance-table';

const governance = governanceTable();
const { roundTrips, ports } = governance;

const adopt = (tenantId: string, proposalId: string, title: string, reviewOf: object | null, at: string) =>
  adoptInNorthside(governance.table, tenantId, { proposalId, title, reviewDate: '2027-09-01', reviewOf, at });

async function seed(tenantId: string) {
  const structures = new StructureStore(governance.table);
  expect(await structures.save(await structures.load(tenantId), careCoop())).toBe(true);
  await adopt(tenantId, 'old-rota', 'Weekend rota by volunteers', null, '2026-12-01T12:00:00.000Z');
  await adopt(tenantId, 'rota-review', 'Keep the weekend rota', { kind: 'decision', proposalId: 'old-rota' }, '2026-12-10T12:00:00.000Z');
}

const keptByReview = { proposalId: 'rota-review', title: 'Keep the weekend rota', adoptedAt: '2026-12-10T12:00:00.000Z' };

describe('the decision that reviewed an earlier one, kept on write for the earlier one’s story', () => {
  it('is written when the review is adopted and read with one point read; a decision no one reviewed has none', async () => {
    await seed('reviewed-by-write');
    const store = new LogbookStore(governance.table);
    const before = roundTrips.count;
    expect(await store.reviewedBy('reviewed-by-write', 'northside', 'old-rota')).toEqual(keptByReview);
    expect(roundTrips.count - before).toBe(1);
    expect(await store.reviewedBy('reviewed-by-write', 'northside', 'rota-review')).toBeNull();
    expect(await store.reviewedBy('reviewed-by-write', 'finance', 'old-rota')).toBeNull();
  }, 60_000);

  it('is projected again for records written before it was kept, and the rebuild leaves it as the write did', async () => {
    await seed('reviewed-by-rebuild');
    const store = new LogbookStore(governance.table);
    await governance.table.deleteEntity(governancePartition('reviewed-by-rebuild'), reviewedByKey('northside', 'old-rota'));
    expect(await store.reviewedBy('reviewed-by-rebuild', 'northside', 'old-rota')).toBeNull();
    await reprojectLogbook(ports(), 'reviewed-by-rebuild');
    expect(await store.reviewedBy('reviewed-by-rebuild', 'northside', 'old-rota')).toEqual(keptByReview);
    await reprojectLogbook(ports(), 'reviewed-by-rebuild');
    expect(await store.reviewedBy('reviewed-by-rebuild', 'northside', 'old-rota')).toEqual(keptByReview);
  }, 60_000);
});
