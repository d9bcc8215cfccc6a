import type { Actor, ProposalEvent } from '../../shared';
import { ProposalEvent as ProposalEventSchema, structureDecider } from '../../shared';
import { runProposalStep } from '../../functions/application/run-proposal-step';
import { EventHistory } from '../../functions/storage/event-history';
import { ProposalStore } from '../../functions/storage/proposal-store';
import { StructureStore } from '../../functions/storage/structure-store';
import { careCoop } from '../support/care-coop';
import { governanceTable } from '../support/governance-table';
import { now } from '../support/clock';
import { step } from '../support/apply';
import { admin, as } from '../support/people';
import { rotaProposal } from '../support/proposals';
import { wordsOf } from '../support/refusal-words';

const governance = governanceTable();
const { roundTrips } = governance;

/** Seconds after the fixed now: each step at its own moment, as people take them. */
const second = (n: number) => new Date(Date.parse(now) + n * 1000).toISOString();

/** Riverside Care Co-op with `extra` more carers in Northside, stored for a tenant. */
async function northside(tenantId: string, extra = 0) {
  const structures = new StructureStore(governance.table);
  let structure = careCoop();
  for (let i = 0; i < extra; i += 1) {
    structure = step(
      structureDecider,
      structure,
      { type: 'add-member', circleId: 'northside', member: { personId: `carer-${i}`, displayName: `Carer ${i}`, guest: false } },
      admin,
    );
  }
  expect(await structures.save(await structures.load(tenantId), structure)).toBe(true);
  let clock = 0;
  return async (command: object, actor: Actor, operationId?: string) => {
    clock += 1;
    const result = await runProposalStep(new ProposalStore(governance.table), {
      tenantId,
      circleId: 'northside',
      command: { proposalId: rotaProposal.proposalId, ...command },
      actor,
      now: second(clock),
      ...(operationId ? { operationId } : {}),
    });
    if (!result.ok) throw new Error(`${result.error.code}: ${wordsOf(result.error)}`);
    return result.value;
  };
}

async function roundOpen(tenantId: string, extra = 0) {
  const step = await northside(tenantId, extra);
  await step(rotaProposal, as('dev'));
  await step({ type: 'present-proposal' }, as('dev'));
  await step({ type: 'open-clarifying-questions' }, as('hana'));
  await step({ type: 'open-quick-reactions' }, as('hana'));
  await step({ type: 'open-consent-round' }, as('hana'));
  return step;
}

async function history(tenantId: string, pageSize = 100): Promise<ProposalEvent[]> {
  const reader = new EventHistory(governance.table);
  const events: ProposalEvent[] = [];
  let after: string | undefined;
  do {
    const page = await reader.page(tenantId, 'proposal', rotaProposal.proposalId, ProposalEventSchema, pageSize, after);
    events.push(...(page?.events ?? []));
    after = page?.next ?? undefined;
  } while (after !== undefined);
  return events;
}

const answer = (kind: 'consent' | 'object', text?: string) => ({ type: 'answer', answer: text ? { kind, text } : { kind } });

describe('a proposal keeps its events (real Azurite)', () => {
  it('keeps every accepted step, oldest first, with who took it and when: the objection, its integration and each answer', async () => {
    const step = await roundOpen('tenant-story');
    await step(answer('object', 'Unfamiliar weekend carers would unsettle me.'), as('grace'));
    for (const name of ['amara', 'dev', 'farid', 'hana']) await step(answer('consent'), as(name));
    await step({ type: 'close-consent-round' }, as('hana'));
    await step({ type: 'amend-proposal', text: 'Weekend shifts rotate monthly; each person keeps one familiar carer.' }, as('dev'));
    for (const name of ['amara', 'dev', 'farid', 'grace', 'hana']) await step(answer('consent'), as(name));
    await step({ type: 'close-consent-round' }, as('hana'));

    const events = await history('tenant-story');
    expect(events.map((event) => event.type)).toEqual([
      'proposal-drafted',
      'proposal-presented',
      'clarifying-questions-opened',
      'quick-reactions-opened',
      'consent-round-opened',
      'answer-given',
      'answer-given',
      'answer-given',
      'answer-given',
      'answer-given',
      'integration-started',
      'proposal-amended',
      'answer-given',
      'answer-given',
      'answer-given',
      'answer-given',
      'answer-given',
      'proposal-adopted',
    ]);
    expect(events.slice(5, 10).map((event) => event.by)).toEqual(['grace', 'amara', 'dev', 'farid', 'hana']);
    expect(events[5]).toMatchObject({
      type: 'answer-given',
      by: 'grace',
      at: second(6),
      answer: { kind: 'object', text: 'Unfamiliar weekend carers would unsettle me.' },
    });
    expect(events.map((event) => event.at)).toEqual([...events.map((event) => event.at)].sort());
  });

  it('reads the same history a page at a time as in one page, each page in one storage query', async () => {
    const step = await roundOpen('tenant-pages');
    for (const name of ['amara', 'dev', 'farid']) await step(answer('consent'), as(name));
    const whole = await history('tenant-pages');
    expect(whole).toHaveLength(8);
    expect(await history('tenant-pages', 3)).toEqual(whole);
    const before = roundTrips.count;
    const first = await new EventHistory(governance.table).page(
      'tenant-pages',
      'proposal',
      rotaProposal.proposalId,
      ProposalEventSchema,
      3,
    );
    expect(roundTrips.count - before).toBe(1);
    expect(first?.events).toHaveLength(3);
    expect(first?.next).toEqual(expect.any(String));
  });

  it('keeps a retried answer once, and nothing of a refused step', async () => {
    const step = await roundOpen('tenant-retried');
    await step(answer('consent'), as('amara'), 'op-amara');
    expect((await step(answer('consent'), as('amara'), 'op-amara')).replayed).toBe(true);
    await expect(step({ type: 'present-proposal' }, as('dev'))).rejects.toThrow();
    const events = await history('tenant-retried');
    expect(events.filter((event) => event.type === 'answer-given')).toHaveLength(1);
    expect(events).toHaveLength(6);
  });

  it('keeps the close of a round of 150 with 120 objections open: the fence’s chunks and the event row each fit a transaction’s 100 rows', async () => {
    const take = await roundOpen('tenant-large', 145);
    const carers = Array.from({ length: 145 }, (_, i) => `carer-${i}`);
    for (const [i, name] of carers.entries()) await take(i < 120 ? answer('object', `Objection ${i}`) : answer('consent'), as(name));
    for (const name of ['amara', 'dev', 'farid', 'grace', 'hana']) await take(answer('consent'), as(name));
    await take({ type: 'close-consent-round' }, as('hana'));
    const events = await history('tenant-large');
    expect(events.at(-1)).toMatchObject({ type: 'integration-started', by: 'hana' });
    expect(events.at(-1)?.type === 'integration-started' && events.at(-1)).toMatchObject({
      openObjections: expect.arrayContaining(['carer-0', 'carer-119']),
    });
  }, 60_000);

  it('keeps every answer of members answering at once', async () => {
    const step = await roundOpen('tenant-crowd');
    await Promise.all(['amara', 'dev', 'farid', 'grace', 'hana'].map((name) => step(answer('consent'), as(name))));
    const answers = (await history('tenant-crowd')).filter((event) => event.type === 'answer-given');
    expect(answers.map((event) => event.by).sort()).toEqual(['amara', 'dev', 'farid', 'grace', 'hana']);
  });
});
