import type { Actor, DecisionRecord, LogbookEntry, LogbookQuery, LogbookRow } from '../../shared';
import { decisionRecords, LogbookQuery as LogbookQuerySchema, logbookRows, matchingEntries, structureDecider } from '../../shared';
import type { LogbookReader } from '../../functions/application/ports/logbook-repository';
import { exportDecisions } from '../../functions/application/export-decisions';
import { readLogbook, reprojectLogbook } from '../../functions/application/read-logbook';
import { runProposalStep } from '../../functions/application/run-proposal-step';
import { fromProperties } from '../../functions/storage/entity-codec';
import { governancePartition, quoted, rowsUnder } from '../../functions/storage/keys';
import { entryKeys, projectedMarker } from '../../functions/storage/logbook-projection';
import { InboxStore } from '../../functions/storage/inbox-store';
import { LogbookStore } from '../../functions/storage/logbook-store';
import { openProjectedMarker, openRange } from '../../functions/storage/open-proposal-projection';
import { ProposalStore } from '../../functions/storage/proposal-store';
import { StructureStore } from '../../functions/storage/structure-store';
import { step } from '../support/apply';
import { careCoop } from '../support/care-coop';
import { governanceTable } from '../support/governance-table';
import { admin, as } from '../support/people';
import { rotaProposal } from '../support/proposals';
import { wordsOf } from '../support/refusal-words';
import { sayEverywhere } from '../../texts/all';

const governance = governanceTable();
const { roundTrips, ports } = governance;
const today = '2026-12-20';
/** Noon on the nth day of December 2026: proposals drafted and decided on different days. */
const day = (n: number) => `2026-12-${String(n).padStart(2, '0')}T12:00:00.000Z`;

async function propose(tenantId: string, proposalId: string, command: object, actor: Actor, at: string) {
  const result = await runProposalStep(new ProposalStore(governance.table), {
    tenantId,
    circleId: 'northside',
    command: { ...command, proposalId },
    actor,
    now: at,
  });
  if (!result.ok) throw new Error(`${result.error.code}: ${wordsOf(result.error)}`);
}

/**
 * Riverside Care Co-op with twelve proposals in Northside, one drafted each day;
 * every other one withdrawn five days later, so its entry moves to that day.
 */
async function seed(tenantId: string) {
  const structures = new StructureStore(governance.table);
  expect(await structures.save(await structures.load(tenantId), careCoop())).toBe(true);
  for (let i = 1; i <= 12; i += 1) {
    const id = `rota-${String(i).padStart(2, '0')}`;
    await propose(tenantId, id, { ...rotaProposal, title: `Rota change ${i}` }, as('dev'), day(i));
    if (i % 2 === 0)
      await propose(tenantId, id, { type: 'withdraw-proposal', reason: `Superseded by change ${i + 1}.` }, as('dev'), day(i + 5));
  }
}

/** Every logbook row stored for the tenant, in the organisation's range, in key order. */
async function storedRows(tenantId: string): Promise<LogbookRow[]> {
  const filter = `PartitionKey eq ${quoted(governancePartition(tenantId))} and ${rowsUnder('logbook')}`;
  const rows: LogbookRow[] = [];
  for await (const entity of governance.table.listEntities<Record<string, unknown>>({ queryOptions: { filter } }))
    rows.push(fromProperties(entity) as LogbookRow);
  return rows;
}

/** The logbook as worked out in memory from every record: what the pages must add up to. */
async function expected(tenantId: string, actor: Actor, query: Partial<LogbookQuery> = {}): Promise<LogbookEntry[]> {
  const [{ structure }, proposals] = await Promise.all([
    new StructureStore(governance.table).load(tenantId),
    new ProposalStore(governance.table).loadAll(tenantId),
  ]);
  return matchingEntries(logbookRows({ structure, actor }, proposals, [], sayEverywhere), query, today);
}

/** Reads every page, counting the storage requests of each. */
async function everyPage(tenantId: string, reader: LogbookReader, fields: Partial<LogbookQuery>) {
  const store = new LogbookStore(governance.table);
  const entries: LogbookEntry[] = [];
  const requests: number[] = [];
  for (let after: string | undefined; ; ) {
    const before = roundTrips.count;
    const page = await store.page(tenantId, reader, LogbookQuerySchema.parse({ ...fields, ...(after ? { after } : {}) }), today);
    if (page === null || page === 'unprojected') throw new Error(`no page: ${page}`);
    requests.push(roundTrips.count - before);
    entries.push(...page.entries);
    if (page.next === null) return { entries, requests };
    after = page.next;
  }
}

describe('the logbook kept beside the records (real Azurite)', () => {
  it('each step writes its entry in the same transaction: the rows stored are the logbook worked out from the records', async () => {
    await seed('t-written');
    const stored = await storedRows('t-written');
    const system = { kind: 'system' } as const;
    const [{ structure }, proposals] = await Promise.all([
      new StructureStore(governance.table).load('t-written'),
      new ProposalStore(governance.table).loadAll('t-written'),
    ]);
    expect(stored).toEqual(logbookRows({ structure, actor: system }, proposals, [], sayEverywhere));
    // A withdrawn proposal's entry moved to the day it was withdrawn; nothing is left on the day it was drafted.
    expect(stored.filter((row) => row.id === 'rota-02').map((row) => [row.date, row.stage])).toEqual([['2026-12-07', 'withdrawn']]);
    // Nothing of a tenant that began with the logbook predates it: it is read without a rebuild.
    const page = await new LogbookStore(governance.table).page(
      't-written',
      'everything',
      LogbookQuerySchema.parse({ pageSize: 100 }),
      today,
    );
    expect(page).toMatchObject({ entries: matchingEntries(stored, {}, today), next: null });
  }, 60_000);

  it('a page is one range query besides two point reads, and the pages hold every entry exactly once, newest first', async () => {
    await seed('t-pages');
    // Farid is in Northside and reads its undecided proposals too.
    const farid = await everyPage('t-pages', { personId: 'farid' }, { pageSize: 4 });
    expect(farid.entries).toEqual(await expected('t-pages', as('farid')));
    expect(farid.requests.every((count) => count === 3)).toBe(true);
    expect(farid.requests.length).toBe(Math.ceil(farid.entries.length / 4));
    const northside = await everyPage('t-pages', { personId: 'farid' }, { pageSize: 5, circleId: 'northside' });
    expect(northside.entries).toEqual(await expected('t-pages', as('farid'), { circleId: 'northside' }));
    expect(northside.requests.every((count) => count === 3)).toBe(true);
  }, 60_000);

  it('an undecided proposal stays with its circle: Ben, outside Northside, pages through decisions only', async () => {
    await seed('t-private');
    await reprojectLogbook(ports(), 't-private');
    const ben = await everyPage('t-private', { personId: 'ben' }, { pageSize: 3, kind: 'decision' });
    expect(ben.entries.map((entry) => entry.id)).toEqual(['rota-12', 'rota-10', 'rota-08', 'rota-06', 'rota-04', 'rota-02']);
    expect(ben.entries).toEqual(await expected('t-private', as('ben'), { kind: 'decision' }));
    const search = await everyPage('t-private', { personId: 'ben' }, { text: 'superseded CHANGE 7' });
    expect(search.entries.map((entry) => entry.id)).toEqual(['rota-06']);
  }, 60_000);

  it('projects again what was lost, idempotently, and refuses a page token it did not hand out', async () => {
    await seed('t-rebuilt');
    const before = await storedRows('t-rebuilt');
    // Lost: the marker and an entry's two rows; left behind: a row of an entry that no longer exists.
    const partitionKey = governancePartition('t-rebuilt');
    await governance.table.deleteEntity(partitionKey, projectedMarker);
    for (const rowKey of entryKeys(before[0] as LogbookRow)) await governance.table.deleteEntity(partitionKey, rowKey);
    await governance.table.createEntity({
      partitionKey,
      rowKey: entryKeys({ date: '2026-01-01', kind: 'decision', id: 'gone', circleId: 'northside' })[0],
      d0: '{}',
      chunks: 1,
    });
    const page = await readLogbook(ports(), 't-rebuilt', as('farid'), LogbookQuerySchema.parse({ pageSize: 100 }), today);
    expect(page.ok && page.value.entries).toEqual(await expected('t-rebuilt', as('farid')));
    expect(await storedRows('t-rebuilt')).toEqual(before);
    await reprojectLogbook(ports(), 't-rebuilt');
    expect(await storedRows('t-rebuilt')).toEqual(before);
    expect(await governance.table.getEntity(partitionKey, projectedMarker)).toBeDefined();
    const forged = await readLogbook(
      ports(),
      't-rebuilt',
      as('farid'),
      LogbookQuerySchema.parse({ after: Buffer.from("x'/").toString('base64url') }),
      today,
    );
    expect(forged).toMatchObject({ ok: false, error: { code: 'invalid-input', field: 'query.after' } });
  }, 60_000);

  it('a decision on records that predate the logbook is taken all the same, and a member joining a circle reads its undecided proposals', async () => {
    await seed('t-legacy');
    const partitionKey = governancePartition('t-legacy');
    // As before the logbook was kept: rota-11's row on the day it was drafted is missing.
    const drafted = (await storedRows('t-legacy')).find((row) => row.id === 'rota-11') as LogbookRow;
    for (const rowKey of entryKeys(drafted)) await governance.table.deleteEntity(partitionKey, rowKey);
    await propose('t-legacy', 'rota-11', { type: 'withdraw-proposal', reason: 'Done differently.' }, as('dev'), day(19));
    expect((await storedRows('t-legacy')).find((row) => row.id === 'rota-11')).toMatchObject({ date: '2026-12-19', stage: 'withdrawn' });
    const structures = new StructureStore(governance.table);
    const loaded = await structures.load('t-legacy');
    const joined = step(
      structureDecider,
      loaded.structure,
      { type: 'add-member', circleId: 'finance', member: { personId: 'farid', displayName: 'Farid Haddad', guest: false } },
      admin,
    );
    expect(await structures.save(loaded, joined)).toBe(true);
    const memberOf = fromProperties(await governance.table.getEntity(partitionKey, 'member-of|farid')) as { circles: string[] };
    expect(memberOf.circles).toEqual(['finance', 'northside']);
  }, 60_000);

  it('the research export reads decided proposals from the records kept when they were decided, and open ones from the records kept beside them', async () => {
    await seed('t-export');
    const inMemory = async (actor: Actor) => {
      const [{ structure }, proposals] = await Promise.all([
        new StructureStore(governance.table).load('t-export'),
        new ProposalStore(governance.table).loadAll('t-export'),
      ]);
      return decisionRecords({ structure, actor }, proposals);
    };
    const byId = (records: readonly DecisionRecord[]) => [...records].sort((a, b) => a.proposalId.localeCompare(b.proposalId));
    /** Every page of the export, followed by `next`, as one list. */
    const exportPorts = ports();
    const wholeReads = jest.spyOn(exportPorts.proposals, 'load');
    const exported = async (person: string, pageSize: number) => {
      const records: DecisionRecord[] = [];
      let after: string | undefined;
      for (let pages = 1; pages <= 20; pages += 1) {
        const page = await exportDecisions(exportPorts, 't-export', as(person), { pageSize, ...(after === undefined ? {} : { after }) });
        if (!page.ok) throw new Error(wordsOf(page.error));
        records.push(...page.value.decisions);
        if (page.value.next === null) return { records, pages };
        after = page.value.next;
      }
      throw new Error('The export never ended.');
    };
    for (const person of ['farid', 'ben']) expect(byId((await exported(person, 1000)).records)).toEqual(byId(await inMemory(as(person))));
    expect((await exported('ben', 1000)).records.map((record) => record.status)).toEqual(Array(6).fill('withdrawn'));
    expect((await exported('farid', 1000)).records).toHaveLength(12);
    // Paged in storage: pages of 4 give the same records, each once.
    const paged = await exported('farid', 4);
    expect(byId(paged.records)).toEqual(byId((await exported('farid', 1000)).records));
    expect(paged.pages).toBeGreaterThan(1);
    expect(wholeReads).not.toHaveBeenCalled();
    // Kept only while undecided: the withdrawn proposals left no row there.
    const openRows = `PartitionKey eq ${quoted(governancePartition('t-export'))} and ${rowsUnder(openRange())}`;
    const kept = new Set<string>();
    for await (const entity of governance.table.listEntities({ queryOptions: { filter: openRows, select: ['RowKey'] } }))
      kept.add((entity.rowKey as string).split('|')[2] ?? '');
    expect([...kept].sort()).toEqual(['rota-01', 'rota-03', 'rota-05', 'rota-07', 'rota-09', 'rota-11']);
    // A tenant whose open proposals were not kept yet is projected first, and exports the same.
    await governance.table.deleteEntity(governancePartition('t-export'), openProjectedMarker);
    expect(byId((await exported('farid', 1000)).records)).toEqual(byId(await inMemory(as('farid'))));
    expect(wholeReads).not.toHaveBeenCalled();
    const forged = await exportDecisions(ports(), 't-export', as('farid'), { pageSize: 4, after: 'Lz8' });
    expect(forged.ok ? null : forged.error).toMatchObject({ code: 'invalid-input', field: 'query.after' });
  }, 60_000);

  it('keeps each open proposal beside its circle as its records hold it: an amended one joins only its running revision’s answers', async () => {
    const structures = new StructureStore(governance.table);
    expect(await structures.save(await structures.load('t-open'), careCoop())).toBe(true);
    // Projected before the first proposal, so what is read below is what the steps kept.
    await reprojectLogbook(ports(), 't-open');
    const toRound = async (proposalId: string) => {
      await propose('t-open', proposalId, { ...rotaProposal, title: `Proposal ${proposalId}` }, as('dev'), day(1));
      await propose('t-open', proposalId, { type: 'present-proposal' }, as('dev'), day(1));
      for (const type of ['open-clarifying-questions', 'open-quick-reactions'])
        await propose('t-open', proposalId, { type }, as('hana'), day(1));
      await propose('t-open', proposalId, { type: 'open-consent-round', options: { mode: 'sync' } }, as('hana'), day(1));
    };
    const answer = (proposalId: string, person: string, kind: string) =>
      propose(
        't-open',
        proposalId,
        { type: 'answer', answer: { kind, ...(kind === 'consent' ? {} : { text: `${person}: the bins are collected at six.` }) } },
        as(person),
        day(2),
      );
    await toRound('bins');
    await answer('bins', 'amara', 'object');
    for (const person of ['dev', 'farid', 'grace', 'hana']) await answer('bins', person, 'consent');
    await propose(
      't-open',
      'bins',
      { type: 'close-consent-round', present: ['amara', 'dev', 'farid', 'grace', 'hana'] },
      as('hana'),
      day(3),
    );
    await propose('t-open', 'bins', { type: 'amend-proposal', text: 'Bins out the evening before.' }, as('dev'), day(4));
    const records = new ProposalStore(governance.table);
    if ((await records.header('t-open', 'bins'))?.status !== 'consent-round')
      await propose('t-open', 'bins', { type: 'open-consent-round', options: { mode: 'sync' } }, as('hana'), day(4));
    await answer('bins', 'grace', 'concern');
    await toRound('garden');
    await answer('garden', 'farid', 'stand-aside');
    await toRound('decided');
    for (const person of ['amara', 'dev', 'farid', 'grace', 'hana']) await answer('decided', person, 'consent');
    await propose(
      't-open',
      'decided',
      { type: 'close-consent-round', present: ['amara', 'dev', 'farid', 'grace', 'hana'] },
      as('hana'),
      day(5),
    );

    const undecided = (await records.loadAll('t-open')).filter(
      (proposal) => proposal.status !== 'adopted' && proposal.status !== 'withdrawn',
    );
    const byProposal = (proposals: readonly { proposalId: string }[]) =>
      [...proposals].sort((a, b) => a.proposalId.localeCompare(b.proposalId));
    const kept = await new LogbookStore(governance.table).open('t-open', ['northside']);
    expect(kept).not.toBe('unprojected');
    expect(byProposal(kept as { proposalId: string }[])).toEqual(byProposal(undecided));
    const bins = (kept as typeof undecided).find((proposal) => proposal.proposalId === 'bins');
    const answers = bins && 'round' in bins ? (bins.round?.answers ?? {}) : {};
    expect(Object.entries(answers).map(([person, given]) => [person, given.kind])).toEqual([['grace', 'concern']]);
    expect(await new LogbookStore(governance.table).open('t-open', ['finance'])).toEqual([]);
  }, 60_000);

  it('a rebuild that a step overtakes is done again: the rows end as the records are, not as the rebuild first read them', async () => {
    const structures = new StructureStore(governance.table);
    expect(await structures.save(await structures.load('t-overtaken'), careCoop())).toBe(true);
    for (const [command, person] of [
      [rotaProposal, 'dev'],
      [{ type: 'present-proposal' }, 'dev'],
      [{ type: 'open-clarifying-questions' }, 'hana'],
      [{ type: 'open-quick-reactions' }, 'hana'],
      [{ type: 'open-consent-round', options: { mode: 'sync' } }, 'hana'],
    ] as const)
      await propose('t-overtaken', 'rota', command, as(person), day(1));
    const inbox = new InboxStore(governance.table);
    const awaited = async (person: string) => {
      const kept = await inbox.awaiting('t-overtaken', person, '2026-12-01');
      return kept === 'unprojected' ? kept : kept.entries.map((entry) => entry.id);
    };
    expect(await awaited('amara')).toEqual(['rota']);
    // Amara answers after the rebuild read the records and before it writes what it read.
    const overtaking = ports();
    const rebuilds = jest.spyOn(overtaking.logbook, 'reproject');
    rebuilds.mockImplementationOnce(async (tenantId, projection) => {
      await propose('t-overtaken', 'rota', { type: 'answer', answer: { kind: 'consent' } }, as('amara'), day(2));
      return new LogbookStore(governance.table).reproject(tenantId, projection);
    });
    await reprojectLogbook(overtaking, 't-overtaken');
    expect(rebuilds).toHaveBeenCalledTimes(2);
    expect(await awaited('amara')).toEqual([]);
    expect(await awaited('farid')).toEqual(['rota']);
  }, 60_000);
});
