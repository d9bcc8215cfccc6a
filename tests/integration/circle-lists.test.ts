import type { TransactionAction } from '@azure/data-tables';
import type { Actor, ListedProposal, Proposal } from '../../shared';
import { CircleListQuery, listedProposal, proposalAwaits, proposalListing, readsCircleWork } from '../../shared';
import { listCircleProposals } from '../../functions/application/list-circle-proposals';
import { textsFor } from '../../texts/all';
import { listCircleMeetings, listCircleSelections } from '../../functions/application/list-circle-records';
import type { ListingPorts } from '../../functions/application/list-pages';
import { meetingKind, selectionKind } from '../../functions/application/record-kinds';
import { runProposalStep } from '../../functions/application/run-proposal-step';
import { runRecordStep } from '../../functions/application/run-record-step';
import { listingPrefixes, listingsProjectedMarker } from '../../functions/storage/circle-listing';
import { CircleListingStore } from '../../functions/storage/circle-listing-store';
import { InboxStore } from '../../functions/storage/inbox-store';
import { governancePartition, quoted, rowsUnder } from '../../functions/storage/keys';
import { ProposalStore } from '../../functions/storage/proposal-store';
import { StructureStore } from '../../functions/storage/structure-store';
import { adoptInNorthside } from '../support/adopted-decision';
import { careCoop, circleOf } from '../support/care-coop';
import { governanceTable } from '../support/governance-table';
import { as } from '../support/people';
import { rotaProposal } from '../support/proposals';
import { northsideDelegate, northsideLeader, startCommand } from '../support/selection-flow';
import { noteRowsRead } from '../support/rows-read';
import { wordsOf } from '../support/refusal-words';

const governance = governanceTable();
const today = '2026-12-20';
/** Noon on the nth day of December 2026. */
const day = (n: number) => `2026-12-${String(n).padStart(2, '0')}T12:00:00.000Z`;

/** Every row key storage answered with, in the order the answers came: what a read cost. */
const keysRead: string[] = [];
beforeAll(() => noteRowsRead(governance.table, keysRead));

const ports = (): ListingPorts => ({
  ...governance.ports(),
  listings: new CircleListingStore(governance.table),
  inbox: new InboxStore(governance.table),
});

async function propose(tenantId: string, circleId: string, proposalId: string, command: object, by: string, at: string) {
  const result = await runProposalStep(new ProposalStore(governance.table), {
    tenantId,
    circleId,
    command: { ...command, proposalId },
    actor: as(by),
    now: at,
  });
  if (!result.ok) throw new Error(`${result.error.code}: ${wordsOf(result.error)}`);
}

async function recordStep(
  tenantId: string,
  kind: 'selection' | 'meeting',
  circleId: string,
  id: string,
  command: object,
  by: string,
  at: string,
) {
  const result =
    kind === 'selection'
      ? await runRecordStep(governance.ports().selections, selectionKind, {
          tenantId,
          circleId,
          id,
          command: { ...command, selectionId: id },
          actor: as(by),
          now: at,
        })
      : await runRecordStep(governance.ports().meetings, meetingKind, {
          tenantId,
          circleId,
          id,
          command: { ...command, meetingId: id },
          actor: as(by),
          now: at,
        });
  if (!result.ok) throw new Error(`${result.error.code}: ${wordsOf(result.error)}`);
}

/**
 * Riverside Care Co-op: in Northside ten proposals drafted a day apart, every other
 * one withdrawn three days later, one adopted through a meeting round and one in
 * its consent round with Amara's answer; twelve decisions in Finance; Northside's
 * delegate and leader selections (the leader's held by the hub) and three meetings.
 */
async function seed(tenantId: string) {
  const structures = new StructureStore(governance.table);
  expect(await structures.save(await structures.load(tenantId), careCoop())).toBe(true);
  for (let i = 1; i <= 10; i += 1) {
    const id = `rota-${String(i).padStart(2, '0')}`;
    await propose(tenantId, 'northside', id, { ...rotaProposal, title: `Rota change ${i}` }, 'dev', day(i));
    if (i % 2 === 0)
      await propose(tenantId, 'northside', id, { type: 'withdraw-proposal', reason: `Superseded by change ${i + 1}.` }, 'dev', day(i + 3));
  }
  await adoptInNorthside(governance.table, tenantId, {
    proposalId: 'handover-notes',
    title: 'Weekend handover notes',
    reviewDate: '2027-06-01',
    reviewOf: null,
    at: '2026-12-11T15:00:00.000Z',
  });
  const round: [object, string][] = [
    [{ ...rotaProposal, title: 'Night visits in pairs' }, 'dev'],
    [{ type: 'present-proposal' }, 'dev'],
    [{ type: 'open-clarifying-questions' }, 'hana'],
    [{ type: 'open-quick-reactions' }, 'hana'],
    [{ type: 'open-consent-round' }, 'hana'],
    [{ type: 'answer', answer: { kind: 'consent' } }, 'amara'],
  ];
  for (const [command, by] of round) await propose(tenantId, 'northside', 'night-visits', command, by, day(12));
  for (let i = 1; i <= 12; i += 1) {
    const id = `budget-${String(i).padStart(2, '0')}`;
    await propose(tenantId, 'finance', id, { ...rotaProposal, title: `Budget line ${i}` }, 'esi', day(i));
    await propose(tenantId, 'finance', id, { type: 'withdraw-proposal', reason: 'Folded into the yearly budget.' }, 'esi', day(i + 1));
  }
  await recordStep(tenantId, 'selection', 'northside', northsideDelegate.selectionId, startCommand(northsideDelegate), 'dev', day(13));
  await recordStep(tenantId, 'selection', 'northside', northsideLeader.selectionId, startCommand(northsideLeader), 'ben', day(14));
  for (const [n, meetingId] of [
    [15, 'northside-a'],
    [17, 'northside-b'],
    [16, 'northside-c'],
  ] as const) {
    await recordStep(tenantId, 'meeting', 'northside', meetingId, { type: 'plan-meeting', scheduledFor: day(n) }, 'dev', day(1));
  }
}

/** What a circle's list must show a reader, worked out in memory from every proposal: undecided first (for members), newest drafted first, then decisions, newest first. */
async function expectedProposals(tenantId: string, circleId: string, actor: Actor): Promise<ListedProposal[]> {
  const [{ structure }, proposals] = await Promise.all([
    new StructureStore(governance.table).load(tenantId),
    new ProposalStore(governance.table).loadAll(tenantId),
  ]);
  const circle = circleOf(structure, circleId);
  const decidedAt = (p: Proposal) => (p.status === 'adopted' ? p.adoptedAt : p.status === 'withdrawn' ? p.withdrawnAt : null);
  const newest = (at: (p: Proposal) => string) => (a: Proposal, b: Proposal) => at(b).localeCompare(at(a));
  const ours = proposals.filter((p) => p.circleId === circleId);
  const undecided = readsCircleWork(circle, actor) ? ours.filter((p) => decidedAt(p) === null).sort(newest((p) => p.createdAt)) : [];
  const decided = ours.filter((p) => decidedAt(p) !== null).sort(newest((p) => decidedAt(p) ?? ''));
  const awaits = (p: Proposal) => actor.kind === 'person' && proposalAwaits(p, circle, actor.personId);
  return [...undecided, ...decided].map((p) => listedProposal(proposalListing(p), circle, awaits(p), today));
}

async function everyProposalPage(tenantId: string, circleId: string, actor: Actor, pageSize: number) {
  const listed: ListedProposal[] = [];
  const sizes: number[] = [];
  for (let after: string | undefined; ; ) {
    const page = await listCircleProposals(
      ports(),
      tenantId,
      circleId,
      actor,
      CircleListQuery.parse({ pageSize, ...(after ? { after } : {}) }),
      today,
    );
    if (!page.ok) throw new Error(wordsOf(page.error));
    listed.push(...page.value.proposals);
    sizes.push(page.value.proposals.length);
    if (page.value.next === null) return { listed, sizes };
    after = page.value.next;
  }
}

/** Removes every listing row and the marker: the tenant's records then predate its lists. */
async function forgetLists(tenantId: string) {
  const partitionKey = governancePartition(tenantId);
  const filter = `PartitionKey eq ${quoted(partitionKey)} and (${listingPrefixes.map(rowsUnder).join(' or ')})`;
  const deletes: TransactionAction[] = [['delete', { partitionKey, rowKey: listingsProjectedMarker }]];
  for await (const entity of governance.table.listEntities({ queryOptions: { filter, select: ['RowKey'] } }))
    deletes.push(['delete', { partitionKey, rowKey: entity.rowKey as string }]);
  for (let i = 0; i < deletes.length; i += 100) await governance.table.submitTransaction(deletes.slice(i, i + 100));
  return deletes.length - 1;
}

beforeAll(async () => {
  await seed('t-lists');
}, 120_000);

describe('each circle’s lists kept beside its records (real Azurite)', () => {
  it('pages a member through the circle’s undecided proposals, newest drafted first, then its decisions, newest first, each as the core lists it', async () => {
    const expected = await expectedProposals('t-lists', 'northside', as('farid'));
    expect(expected.map((p) => p.proposalId).slice(0, 6)).toEqual(['night-visits', 'rota-09', 'rota-07', 'rota-05', 'rota-03', 'rota-01']);
    expect(expected.map((p) => p.proposalId).slice(6)).toEqual(['rota-10', 'handover-notes', 'rota-08', 'rota-06', 'rota-04', 'rota-02']);
    const { listed, sizes } = await everyProposalPage('t-lists', 'northside', as('farid'), 4);
    expect(listed).toEqual(expected);
    expect(sizes).toEqual([4, 4, 4]);
    // The running round awaits Farid's answer; a decision awaits no one.
    expect(listed[0]).toMatchObject({ status: 'consent-round', awaitsCaller: true });
    expect(listed.find((p) => p.proposalId === 'handover-notes')).toMatchObject({ status: 'adopted', awaitsCaller: false });
    const guideOf = (proposalId: string) => {
      const guide = listed.find((p) => p.proposalId === proposalId)?.guide;
      return guide && textsFor('en').say('guide', guide);
    };
    expect(guideOf('handover-notes')).toContain('Adopted by consent on Dec 11, 2026');
    expect(guideOf('rota-10')).toBe('Withdrawn on Dec 13, 2026 by Dev Patel: Superseded by change 11.');
  });

  it('lists only the decisions to someone outside the circle, in pages of their own', async () => {
    const { listed, sizes } = await everyProposalPage('t-lists', 'northside', as('chloe'), 4);
    expect(listed).toEqual(await expectedProposals('t-lists', 'northside', as('chloe')));
    expect(listed.map((p) => p.status)).toEqual(['withdrawn', 'adopted', 'withdrawn', 'withdrawn', 'withdrawn', 'withdrawn']);
    expect(sizes).toEqual([4, 2]);
  });

  it('reads a page from the circle’s own rows: no other circle’s proposal, whatever the organisation holds', async () => {
    keysRead.length = 0;
    const page = await listCircleProposals(ports(), 't-lists', 'northside', as('farid'), CircleListQuery.parse({ pageSize: 3 }), today);
    expect(page.ok && page.value.proposals.length).toBe(3);
    expect(keysRead.filter((k) => k.includes('budget') || k.includes('finance'))).toEqual([]);
    // The circle, the lists' marker, the page and one more row; the proposals in Farid's inbox (the round awaiting
    // him, not the delegate's nominations); no proposal whole.
    expect(keysRead.filter((k) => k.startsWith('circle-proposal|'))).toHaveLength(4);
    expect(
      keysRead
        .filter((k) => !k.startsWith('circle-proposal|'))
        .map((k) => k.split('|').slice(0, 3).join('|'))
        .sort(),
    ).toEqual(['awaits|farid|proposal', 'circle|northside', 'listings-projected']);
    // Someone outside the circle reads the decisions' range only, and no inbox.
    keysRead.length = 0;
    await listCircleProposals(ports(), 't-lists', 'northside', as('chloe'), CircleListQuery.parse({ pageSize: 25 }), today);
    expect(keysRead.filter((k) => !k.startsWith('circle-proposal|northside|1|'))).toEqual(['circle|northside', 'listings-projected']);
  });

  it('lists a role selection in the circle whose role it fills and, for a leader, in the parent that holds it', async () => {
    const ids = async (circleId: string, actor: Actor) => {
      const page = await listCircleSelections(ports(), 't-lists', circleId, actor, CircleListQuery.parse({}));
      if (!page.ok) throw new Error(wordsOf(page.error));
      return page.value.items.map((s) => s.selectionId);
    };
    expect(await ids('northside', as('grace'))).toEqual([northsideLeader.selectionId, northsideDelegate.selectionId]);
    expect(await ids('hub', as('ben'))).toEqual([northsideLeader.selectionId]);
    // Under way, a selection is read by members of either circle: Grace is not in the hub, Chloé not in Northside.
    expect(await ids('hub', as('grace'))).toEqual([northsideLeader.selectionId]);
    expect(await ids('northside', as('chloe'))).toEqual([northsideLeader.selectionId]);
    expect(await ids('finance', as('esi'))).toEqual([]);
  });

  it('never hands out a page token that names a selection the reader may not read: Esi, outside Northside and the hub, pages past one under way', async () => {
    const structures = new StructureStore(governance.table);
    expect(await structures.save(await structures.load('t-hidden'), careCoop())).toBe(true);
    const started = (selectionId: string) => ({ ...startCommand(northsideDelegate), selectionId });
    await recordStep('t-hidden', 'selection', 'northside', 'old-delegate', started('old-delegate'), 'dev', day(10));
    await recordStep(
      't-hidden',
      'selection',
      'northside',
      'old-delegate',
      { type: 'withdraw-selection', reason: 'Started too early.' },
      'dev',
      day(11),
    );
    await recordStep('t-hidden', 'selection', 'northside', northsideDelegate.selectionId, startCommand(northsideDelegate), 'dev', day(13));
    await recordStep('t-hidden', 'selection', 'northside', northsideLeader.selectionId, startCommand(northsideLeader), 'ben', day(14));
    await recordStep(
      't-hidden',
      'selection',
      'northside',
      northsideLeader.selectionId,
      { type: 'withdraw-selection', reason: 'The hub will ask again in spring.' },
      'ben',
      day(15),
    );
    for (const pageSize of [1, 2, 3]) {
      const listed: string[] = [];
      const tokens: string[] = [];
      for (let after: string | undefined, pages = 0; pages < 10; pages += 1) {
        const page = await listCircleSelections(
          ports(),
          't-hidden',
          'northside',
          as('esi'),
          CircleListQuery.parse({ pageSize, ...(after ? { after } : {}) }),
        );
        if (!page.ok) throw new Error(wordsOf(page.error));
        listed.push(...page.value.items.map((s) => s.selectionId));
        if (page.value.next === null) break;
        after = page.value.next;
        tokens.push(after);
      }
      expect(listed).toEqual([northsideLeader.selectionId, 'old-delegate']);
      for (const token of tokens) expect(Buffer.from(token, 'base64url').toString()).not.toContain(northsideDelegate.selectionId);
    }
    const member = await listCircleSelections(ports(), 't-hidden', 'northside', as('grace'), CircleListQuery.parse({ pageSize: 3 }));
    expect(member.ok && member.value.items.map((s) => s.selectionId)).toEqual([
      northsideLeader.selectionId,
      northsideDelegate.selectionId,
      'old-delegate',
    ]);
  }, 60_000);

  it('pages a circle’s meetings, the latest scheduled first, for its members only', async () => {
    const page = (actor: Actor, after?: string) =>
      listCircleMeetings(ports(), 't-lists', 'northside', actor, CircleListQuery.parse({ pageSize: 2, ...(after ? { after } : {}) }));
    const first = await page(as('hana'));
    if (!first.ok || first.value.next === null) throw new Error('expected a first page with a next');
    expect(first.value.items.map((m) => m.meetingId)).toEqual(['northside-b', 'northside-c']);
    const second = await page(as('hana'), first.value.next);
    expect(second.ok && second.value).toEqual({
      items: [expect.objectContaining({ meetingId: 'northside-a' })],
      next: null,
      mayPlan: true,
    });
    keysRead.length = 0;
    expect(await page(as('chloe'))).toEqual({ ok: true, value: { items: [], next: null, mayPlan: false } });
    expect(keysRead.filter((k) => k.startsWith('circle-meeting|'))).toEqual([]);
  });

  it('refuses a page token it did not hand out, naming the field', async () => {
    const forged = Buffer.from('0|../x').toString('base64url');
    const page = await listCircleProposals(ports(), 't-lists', 'northside', as('dev'), CircleListQuery.parse({ after: forged }), today);
    expect(page).toEqual({ ok: false, error: expect.objectContaining({ code: 'invalid-input', field: 'query.after' }) });
    const unknown = await listCircleMeetings(ports(), 't-lists', 'atlantis', as('dev'), CircleListQuery.parse({}));
    expect(unknown).toEqual({ ok: false, error: expect.objectContaining({ code: 'not-found', field: 'circleId' }) });
  });

  it('lists the records of a tenant that predate its lists: the first read lists them again, as they were', async () => {
    const before = await everyProposalPage('t-lists', 'northside', as('dev'), 25);
    const meetings = await listCircleMeetings(ports(), 't-lists', 'northside', as('dev'), CircleListQuery.parse({}));
    const selections = await listCircleSelections(ports(), 't-lists', 'hub', as('ben'), CircleListQuery.parse({}));
    // 24 proposals, the leader's selection in two circles and the delegate's in one, three meetings.
    expect(await forgetLists('t-lists')).toBe(30);
    expect((await everyProposalPage('t-lists', 'northside', as('dev'), 25)).listed).toEqual(before.listed);
    expect(await listCircleMeetings(ports(), 't-lists', 'northside', as('dev'), CircleListQuery.parse({}))).toEqual(meetings);
    expect(await listCircleSelections(ports(), 't-lists', 'hub', as('ben'), CircleListQuery.parse({}))).toEqual(selections);
    // A decision taken afterwards moves its proposal as on any tenant.
    await propose('t-lists', 'northside', 'rota-09', { type: 'withdraw-proposal', reason: 'Not needed after all.' }, 'dev', day(19));
    const after = await everyProposalPage('t-lists', 'northside', as('dev'), 25);
    expect(after.listed).toEqual(await expectedProposals('t-lists', 'northside', as('dev')));
    expect(after.listed.find((p) => p.proposalId === 'rota-09')?.status).toBe('withdrawn');
  });
});
