import type { TableClient } from '@azure/data-tables';
import { ContentionError } from '../../functions/application/contention';
import { meetingKind } from '../../functions/application/record-kinds';
import { readHealth } from '../../functions/application/read-health';
import { runProposalStep } from '../../functions/application/run-proposal-step';
import { runRecordStep } from '../../functions/application/run-record-step';
import { healthProjectedMarker } from '../../functions/storage/health-projection';
import { governancePartition, quoted, rowsUnder } from '../../functions/storage/keys';
import type { HealthReport, Review } from '../../shared';
import { healthReport } from '../../shared';
import { unwrap } from '../support/apply';
import { careCoop } from '../support/care-coop';
import { daysFromNow } from '../support/clock';
import { governanceTable } from '../support/governance-table';
import { as } from '../support/people';
import { selectNorthsideDelegate } from '../support/northside-delegate';

const governance = governanceTable();
const { roundTrips, ports } = governance;
const northsiders = ['amara', 'dev', 'farid', 'grace', 'hana'];
const reportDay = daysFromNow(40);

/** Every storage request's address, to show which rows a read asked for. */
const requested: string[] = [];
const recording: Parameters<TableClient['pipeline']['addPolicy']>[0] = {
  name: 'record-requests',
  sendRequest: (request, next) => {
    requested.push(decodeURIComponent(request.url));
    return next(request);
  },
};

async function proposalStep(tenantId: string, circleId: string, proposalId: string, command: object, person: string, at: string) {
  return unwrap(
    await runProposalStep(ports().proposals, { tenantId, circleId, command: { ...command, proposalId }, actor: as(person), now: at }),
  ).proposal;
}

/** A proposal by Dev in Northside brought to its consent round, Hana facilitating. */
async function toConsentRound(tenantId: string, proposalId: string, at: string) {
  const steps: [object, string][] = [
    [
      {
        type: 'draft-proposal',
        title: `Proposal ${proposalId}`,
        text: 'As discussed.',
        driver: 'The rota is due for review.',
        reviewDate: '2027-12-01',
        reviewOf: null,
      },
      'dev',
    ],
    [{ type: 'present-proposal' }, 'dev'],
    [{ type: 'open-clarifying-questions' }, 'hana'],
    [{ type: 'open-quick-reactions' }, 'hana'],
    [{ type: 'open-consent-round', options: { mode: 'sync' } }, 'hana'],
  ];
  for (const [command, person] of steps) await proposalStep(tenantId, 'northside', proposalId, command, person, at);
}

const answer = (tenantId: string, proposalId: string, person: string, kind: string, at: string) =>
  proposalStep(
    tenantId,
    'northside',
    proposalId,
    { type: 'answer', answer: { kind, ...(kind === 'consent' ? {} : { text: `${person} cannot live with the night shift.` }) } },
    person,
    at,
  );
const close = (tenantId: string, proposalId: string, at: string, present: readonly string[] = northsiders) =>
  proposalStep(tenantId, 'northside', proposalId, { type: 'close-consent-round', present }, 'hana', at);

/**
 * A run of Northside's governance through the real stores: an adoption with one
 * absent; an objection integrated by amendment, then adopted; an objection withdrawn,
 * then adopted; a withdrawal with an objection open; a round still running with an
 * open objection; a delegate recorded by consent; a meeting rated by three.
 */
async function aRunOfDecisions(tenantId: string) {
  const structures = ports().structures;
  expect(await structures.save(await structures.load(tenantId), careCoop())).toBe(true);

  await toConsentRound(tenantId, 'rota', daysFromNow(0));
  for (const person of ['amara', 'dev', 'farid', 'hana']) await answer(tenantId, 'rota', person, 'consent', daysFromNow(1));
  await close(tenantId, 'rota', daysFromNow(3), ['amara', 'dev', 'farid', 'hana']);

  await toConsentRound(tenantId, 'visits', daysFromNow(1));
  await answer(tenantId, 'visits', 'grace', 'object', daysFromNow(2));
  for (const person of ['amara', 'dev', 'farid', 'hana']) await answer(tenantId, 'visits', person, 'consent', daysFromNow(2));
  expect((await close(tenantId, 'visits', daysFromNow(2))).status).toBe('integration');
  const amended = await proposalStep(
    tenantId,
    'northside',
    'visits',
    { type: 'amend-proposal', text: 'One night visit, at midnight.' },
    'dev',
    daysFromNow(4),
  );
  if (amended.status !== 'consent-round')
    await proposalStep(tenantId, 'northside', 'visits', { type: 'open-consent-round', options: { mode: 'sync' } }, 'hana', daysFromNow(4));
  for (const person of northsiders) await answer(tenantId, 'visits', person, 'consent', daysFromNow(5));
  expect((await close(tenantId, 'visits', daysFromNow(6))).status).toBe('adopted');

  await toConsentRound(tenantId, 'laundry', daysFromNow(2));
  await answer(tenantId, 'laundry', 'farid', 'object', daysFromNow(3));
  await answer(tenantId, 'laundry', 'farid', 'consent', daysFromNow(3));
  for (const person of ['amara', 'dev', 'grace', 'hana']) await answer(tenantId, 'laundry', person, 'consent', daysFromNow(3));
  expect((await close(tenantId, 'laundry', daysFromNow(9))).status).toBe('adopted');

  await toConsentRound(tenantId, 'van', daysFromNow(5));
  await answer(tenantId, 'van', 'amara', 'object', daysFromNow(6));
  await proposalStep(
    tenantId,
    'northside',
    'van',
    { type: 'withdraw-proposal', reason: 'We will hire a van instead.' },
    'dev',
    daysFromNow(7),
  );

  await toConsentRound(tenantId, 'kitchen', daysFromNow(8));
  await answer(tenantId, 'kitchen', 'grace', 'object', daysFromNow(9));
  await answer(tenantId, 'kitchen', 'hana', 'consent', daysFromNow(9));

  await selectNorthsideDelegate(ports().selections, tenantId, daysFromNow(10));

  const meeting = (command: object, by: string) =>
    runRecordStep(ports().meetings, meetingKind, {
      tenantId,
      circleId: 'northside',
      id: 'weekly',
      command: { ...command, meetingId: 'weekly' },
      actor: as(by),
      now: daysFromNow(11),
    }).then(unwrap);
  const agenda = [{ itemId: 'rota', type: 'report', title: 'How the rota went', timeboxMinutes: 15 }];
  await meeting({ type: 'plan-meeting', scheduledFor: daysFromNow(11), agenda }, 'hana');
  await meeting({ type: 'open-check-in' }, 'hana');
  await meeting({ type: 'consent-to-agenda' }, 'hana');
  for (const [person, rating] of [
    ['amara', 4],
    ['dev', 5],
    ['grace', 2],
    ['dev', 3],
  ] as const)
    await meeting({ type: 'evaluate-meeting', rating, comment: 'Kept to time.' }, person);
}

const reviewOrder = (reviews: readonly Review[]) =>
  [...reviews].sort((a, b) => `${a.kind}|${a.circleId}|${a.subjectId}`.localeCompare(`${b.kind}|${b.circleId}|${b.subjectId}`));
/** Reviews due on the same day may come in either order; everything else must be the same. */
const comparable = (report: HealthReport) => ({ ...report, overdueReviews: reviewOrder(report.overdueReviews) });

/** The report worked out in memory from every record, as the route did before health was kept. */
async function fromRecords(tenantId: string, circleId: string | null, at = reportDay) {
  const { structures, proposals, selections, meetings } = ports();
  const [{ structure }, all, chosen, held] = await Promise.all([
    structures.load(tenantId),
    proposals.loadAll(tenantId),
    selections.loadAll(tenantId),
    meetings.loadAll(tenantId),
  ]);
  return comparable(healthReport({ structure, proposals: all, selections: chosen, meetings: held }, at, circleId));
}

async function kept(tenantId: string, circleId: string | null, at = reportDay) {
  requested.length = 0;
  const before = roundTrips.count;
  const report = unwrap(await readHealth(ports(), tenantId, circleId, at));
  return { report: comparable(report), requests: roundTrips.count - before, addresses: [...requested] };
}

describe('governance health read from tallies kept on write (real Azurite)', () => {
  beforeAll(() => {
    governance.table.pipeline.addPolicy(recording);
  });

  it('after a run of decisions gives the report worked out from every record, for each circle and the organisation', async () => {
    await aRunOfDecisions('h-run');
    for (const circleId of [null, 'northside', 'finance', 'hub']) {
      const { report } = await kept('h-run', circleId);
      expect(report).toEqual(await fromRecords('h-run', circleId));
    }
    // Years later every review is overdue: read from their own part of the reviews kept, they are the records' too.
    const later = new Date(Date.parse(reportDay) + 4 * 365 * 86_400_000).toISOString();
    for (const circleId of [null, 'northside']) {
      const { report } = await kept('h-run', circleId, later);
      expect(report.overdueReviews.length).toBeGreaterThan(0);
      expect(report).toEqual(await fromRecords('h-run', circleId, later));
    }
    const northside = (await kept('h-run', 'northside')).report;
    expect(northside.consent).toMatchObject({
      decided: 4,
      objectionsRaised: 4,
      objectionsIntegrated: 1,
      objectionsWithdrawn: 1,
      objectionsOpen: 1,
    });
    expect(northside.meetingEvaluation).toEqual({ count: 3, averageRating: 3 });
  }, 300_000);

  it('reads no proposal, selection or meeting: the circles, the tallies with the undecided records’ objections (one query), and a page of the overdue reviews: 7 requests', async () => {
    for (const circleId of [null, 'northside']) {
      const { requests, addresses } = await kept('h-run', circleId);
      expect(requests).toBe(7);
      for (const records of ['proposal', 'selection', 'meeting'])
        expect(addresses.filter((address) => address.includes(`'${records}|`))).toEqual([]);
    }
  }, 60_000);

  it('is projected for records written before health was kept, and the rebuild gives what the writes kept', async () => {
    const written = (await kept('h-run', null)).report;
    const partitionKey = governancePartition('h-run');
    const filter = `PartitionKey eq ${quoted(partitionKey)} and (${['health', 'health-tally'].map(rowsUnder).join(' or ')})`;
    for await (const entity of governance.table.listEntities({ queryOptions: { filter, select: ['RowKey'] } }))
      await governance.table.deleteEntity(partitionKey, entity.rowKey as string);
    await governance.table.deleteEntity(partitionKey, healthProjectedMarker);
    expect(await ports().logbook.health('h-run', undefined)).toBe('unprojected');
    expect((await kept('h-run', null)).report).toEqual(written);
    expect((await kept('h-run', 'northside')).report).toEqual(await fromRecords('h-run', 'northside'));
  }, 120_000);

  it('counts every decision of three a circle closes at once: one that found the tally changed is decided again', async () => {
    const structures = ports().structures;
    expect(await structures.save(await structures.load('h-race'), careCoop())).toBe(true);
    const together = ['boiler', 'garden', 'bikes'];
    for (const proposalId of together) {
      await toConsentRound('h-race', proposalId, daysFromNow(0));
      for (const person of northsiders) await answer('h-race', proposalId, person, 'consent', daysFromNow(1));
    }
    const closing = await Promise.allSettled(together.map((proposalId) => close('h-race', proposalId, daysFromNow(2))));
    // Whether any of them met another's write depends on timing; what is guaranteed is that each is taken, or
    // refused as contention having written nothing, and taken when sent again.
    for (const [index, outcome] of closing.entries()) {
      if (outcome.status === 'fulfilled') continue;
      expect(outcome.reason).toBeInstanceOf(ContentionError);
      await close('h-race', together[index] as string, daysFromNow(2));
    }
    const { report } = await kept('h-race', 'northside');
    expect(report.consent.decided).toBe(3);
    expect(report).toEqual(await fromRecords('h-race', 'northside'));
  }, 120_000);

  it('refuses a circle that is not in the organisation', async () => {
    const refused = await readHealth(ports(), 'h-run', 'atlantis', reportDay);
    expect(refused).toEqual({ ok: false, error: expect.objectContaining({ code: 'not-found', field: 'circleId' }) });
  }, 30_000);
});
