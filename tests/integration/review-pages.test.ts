import type { Review } from '../../shared';
import { openReviews } from '../../shared';
import { readReviews } from '../../functions/application/read-reviews';
import { reprojectLogbook } from '../../functions/application/read-logbook';
import { governancePartition, quoted, rowsUnder } from '../../functions/storage/keys';
import { reviewsProjectedMarker } from '../../functions/storage/review-projection';
import { LogbookStore } from '../../functions/storage/logbook-store';
import { ProposalStore } from '../../functions/storage/proposal-store';
import { StructureStore } from '../../functions/storage/structure-store';
import { careCoop } from '../support/care-coop';
import { adoptInNorthside } from '../support/adopted-decision';
import { governanceTable } from '../support/governance-table';
import { withCirclePolicy } from '../support/review-decisions';

const governance = governanceTable();
const { roundTrips, ports } = governance;

const adopt = (tenantId: string, proposalId: string, reviewDate: string, reviewOf: object | null, at: string) =>
  adoptInNorthside(governance.table, tenantId, { proposalId, title: `Decision ${proposalId}`, reviewDate, reviewOf, at });

async function seed(tenantId: string) {
  const structures = new StructureStore(governance.table);
  expect(await structures.save(await structures.load(tenantId), careCoop())).toBe(true);
  await adopt(tenantId, 'old-rota', '2027-09-01', null, '2026-12-01T12:00:00.000Z');
  await adopt(tenantId, 'kitchen', '2027-08-20', null, '2026-12-02T12:00:00.000Z');
}

const byKey = (reviews: readonly Review[]) =>
  [...reviews].sort((a, b) => `${a.kind}|${a.circleId}|${a.subjectId}`.localeCompare(`${b.kind}|${b.circleId}|${b.subjectId}`));

/** The reviews as worked out in memory from every record: what the kept rows must give. */
async function expected(tenantId: string, today: string, circleId?: string): Promise<Review[]> {
  const [{ structure }, proposals] = await Promise.all([
    new StructureStore(governance.table).load(tenantId),
    new ProposalStore(governance.table).loadAll(tenantId),
  ]);
  return byKey(openReviews(structure, proposals, today).filter((review) => circleId === undefined || review.circleId === circleId));
}

/** The reviews read from the rows kept, counting its storage requests. */
async function kept(tenantId: string, today: string, circleId?: string) {
  const before = roundTrips.count;
  const reviews = await new LogbookStore(governance.table).reviews(tenantId, circleId, today);
  if (reviews === 'unprojected') throw new Error('The reviews were not kept.');
  return { reviews, requests: roundTrips.count - before };
}

const subjects = (reviews: readonly Review[]) => reviews.map((review) => review.subjectId);

describe('reviews kept beside the records (real Azurite)', () => {
  it('each write keeps its reviews: a read gives what `openReviews` works out, soonest first, once each, in 4 storage requests', async () => {
    await seed('r-written');
    for (const circleId of [undefined, 'northside', 'finance']) {
      const { reviews, requests } = await kept('r-written', '2027-08-10', circleId);
      expect(byKey(reviews)).toEqual(await expected('r-written', '2027-08-10', circleId));
      expect(new Set(reviews.map((r) => `${r.kind}|${r.circleId}|${r.subjectId}`)).size).toBe(reviews.length);
      expect(reviews.map((r) => r.reviewDate)).toEqual(reviews.map((r) => r.reviewDate).sort());
      expect(requests).toBe(4);
    }
    expect(subjects((await kept('r-written', '2027-08-10')).reviews)).toEqual(
      expect.arrayContaining(['old-rota', 'kitchen', 'northside-facilitator']),
    );
  }, 120_000);

  it('gives each review the status of the day it is read, with its circle’s notice as it stands', async () => {
    await seed('r-status');
    const statusOf = async (day: string, id: string) => (await kept('r-status', day)).reviews.find((r) => r.subjectId === id)?.status;
    expect(await statusOf('2027-08-10', 'old-rota')).toBe('upcoming');
    expect(await statusOf('2027-08-20', 'old-rota')).toBe('due');
    expect(await statusOf('2027-09-02', 'old-rota')).toBe('overdue');
    const structures = new StructureStore(governance.table);
    const loaded = await structures.load('r-status');
    expect(await structures.save(loaded, withCirclePolicy(loaded.structure, 'northside', { reminderOffsetsDays: [30, 7, 0] }))).toBe(true);
    expect(await statusOf('2027-08-10', 'old-rota')).toBe('due');
    for (const day of ['2027-08-10', '2027-08-20', '2027-09-02', '2027-11-30'])
      expect(byKey((await kept('r-status', day)).reviews)).toEqual(await expected('r-status', day));
  }, 120_000);

  it('leaves out a review once an adopted decision holds it, a decision’s or a role term’s', async () => {
    await seed('r-held');
    await adopt('r-held', 'rota-review', '2028-03-01', { kind: 'decision', proposalId: 'old-rota' }, '2026-12-10T12:00:00.000Z');
    await adopt(
      'r-held',
      'facilitation',
      '2028-03-01',
      { kind: 'role-term', circleId: 'northside', assignmentId: 'northside-facilitator' },
      '2026-12-11T12:00:00.000Z',
    );
    const { reviews } = await kept('r-held', '2027-08-10');
    expect(subjects(reviews)).not.toContain('old-rota');
    expect(subjects(reviews)).not.toContain('northside-facilitator');
    expect(subjects(reviews)).toEqual(expect.arrayContaining(['kitchen', 'rota-review', 'facilitation']));
    expect(byKey(reviews)).toEqual(await expected('r-held', '2027-08-10'));
    // A structure change after it does not bring the held term back.
    const structures = new StructureStore(governance.table);
    const loaded = await structures.load('r-held');
    expect(await structures.save(loaded, withCirclePolicy(loaded.structure, 'northside', { reminderOffsetsDays: [21, 0] }))).toBe(true);
    expect(byKey((await kept('r-held', '2027-08-10')).reviews)).toEqual(await expected('r-held', '2027-08-10'));
  }, 120_000);

  it('are paged in storage, soonest first: the pages together give every review of the status asked, each once, in 4 requests a page', async () => {
    await seed('r-paged');
    await adopt('r-paged', 'rota-review', '2028-03-01', { kind: 'decision', proposalId: 'old-rota' }, '2026-12-10T12:00:00.000Z');
    await adopt('r-paged', 'laundry', '2027-01-05', null, '2026-12-12T12:00:00.000Z');
    const store = new LogbookStore(governance.table);
    const today = '2027-08-10';
    for (const circleId of [undefined, 'northside']) {
      for (const status of ['all', 'overdue', 'due', 'upcoming'] as const) {
        const all = (await kept('r-paged', today, circleId)).reviews.filter((review) => status === 'all' || review.status === status);
        const paged: Review[] = [];
        let after: string | undefined;
        for (let pages = 0; pages < 20; pages += 1) {
          const before = roundTrips.count;
          const page = await store.reviewsPage(
            'r-paged',
            { circleId, status, pageSize: 2, ...(after === undefined ? {} : { after }) },
            today,
          );
          if (page === null || page === 'unprojected') throw new Error(`No page: ${String(page)}`);
          expect(roundTrips.count - before).toBe(4);
          expect(page.reviews.length).toBeLessThanOrEqual(2);
          paged.push(...page.reviews);
          if (page.next === null) break;
          after = page.next;
        }
        expect(paged).toEqual(all);
      }
    }
    expect(subjects((await kept('r-paged', today)).reviews)).toEqual(expect.arrayContaining(['laundry', 'kitchen', 'rota-review']));
    expect(subjects((await kept('r-paged', today)).reviews)).not.toContain('old-rota');
    // A token not handed out here is refused, not read as a place in the range.
    expect(await store.reviewsPage('r-paged', { status: 'all', pageSize: 2, after: 'cmV2aWV3fHo' }, today)).not.toBeNull();
    expect(await store.reviewsPage('r-paged', { status: 'all', pageSize: 2, after: 'Lz8' }, today)).toBeNull();
  }, 120_000);

  it('are projected for records written before they were kept, and the rebuild leaves them as the writes did', async () => {
    await seed('r-rebuild');
    await adopt('r-rebuild', 'rota-review', '2028-03-01', { kind: 'decision', proposalId: 'old-rota' }, '2026-12-10T12:00:00.000Z');
    const written = byKey((await kept('r-rebuild', '2027-08-10')).reviews);
    const partitionKey = governancePartition('r-rebuild');
    const filter = `PartitionKey eq ${quoted(partitionKey)} and (${['review', 'review-circle', 'review-held', 'review-notices'].map(rowsUnder).join(' or ')})`;
    for await (const entity of governance.table.listEntities({ queryOptions: { filter, select: ['RowKey'] } }))
      await governance.table.deleteEntity(partitionKey, entity.rowKey as string);
    await governance.table.deleteEntity(partitionKey, reviewsProjectedMarker);
    expect(await new LogbookStore(governance.table).reviews('r-rebuild', undefined, '2027-08-10')).toBe('unprojected');
    expect(byKey(await readReviews(ports(), 'r-rebuild', undefined, '2027-08-10'))).toEqual(written);
    await reprojectLogbook(ports(), 'r-rebuild');
    expect(byKey((await kept('r-rebuild', '2027-08-10')).reviews)).toEqual(written);
    expect(written).toEqual(await expected('r-rebuild', '2027-08-10'));
  }, 120_000);
});
