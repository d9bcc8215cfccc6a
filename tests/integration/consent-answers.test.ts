import type { Actor, AnswerInput, Proposal } from '../../shared';
import { changeStructure } from '../../functions/application/change-structure';
import { CloseUnderWay, ContentionError } from '../../functions/application/contention';
import { runProposalStep, type ProposalStepRequest } from '../../functions/application/run-proposal-step';
import { fenceHoldLimitMs } from '../../functions/storage/closing-fence';
import { ProposalStore, proposalFrom } from '../../functions/storage/proposal-store';
import { isStorageUnavailable } from '../../functions/application/storage-faults';
import { StructureStore } from '../../functions/storage/structure-store';
import { careCoop } from '../support/care-coop';
import { governanceTable } from '../support/governance-table';
import { daysFromNow, now } from '../support/clock';
import { admin, as, system } from '../support/people';
import { rotaProposal, toConsentRound } from '../support/proposals';
import { timerStorageDeadlineMs } from '../../functions/storage/table-storage';
import { wordsOf } from '../support/refusal-words';

const governance = governanceTable();
const { roundTrips } = governance;
const later = daysFromNow(8);

/** Riverside Care Co-op with `extra` more members in Northside and the given closing policy, stored for a tenant. */
async function organisation(tenantId: string, extra: number, silence: 'all-must-answer' | 'silence-is-consent' = 'all-must-answer') {
  const structures = new StructureStore(governance.table);
  const loaded = await structures.load(tenantId);
  expect(await structures.save(loaded, careCoop())).toBe(true);
  const policy = { closing: { defaultMode: 'async', deadlineDays: 7, silence, quorumPercent: null, closingSoonHours: 24 } };
  expect((await changeStructure(structures, tenantId, { type: 'set-circle-policy', circleId: 'northside', policy }, admin, now)).ok).toBe(
    true,
  );
  for (let i = 0; i < extra; i += 1) {
    const member = { personId: `carer-${i}`, displayName: `Carer ${i}`, guest: false };
    expect((await changeStructure(structures, tenantId, { type: 'add-member', circleId: 'northside', member }, admin, now)).ok).toBe(true);
  }
}

/**
 * A store whose writes wait at a gate: it holds a step between its read and its
 * write. `reached` settles once a write waits there, so a test knows the step has
 * read without guessing how long that takes.
 */
class GatedStore extends ProposalStore {
  readonly reached: Promise<void>;
  private arrive: () => void = () => undefined;
  constructor(private readonly gate: Promise<void>) {
    super(governance.table);
    this.reached = new Promise<void>((resolve) => {
      this.arrive = resolve;
    });
  }
  override async write(...args: Parameters<ProposalStore['write']>) {
    this.arrive();
    await this.gate;
    return super.write(...args);
  }
}

function stepper(tenantId: string, store: ProposalStore = new ProposalStore(governance.table)) {
  return (command: object, actor: Actor, options: Partial<ProposalStepRequest> = {}) =>
    runProposalStep(store, {
      tenantId,
      circleId: 'northside',
      command: { proposalId: rotaProposal.proposalId, ...command },
      actor,
      now,
      ...options,
    });
}

async function roundOpen(tenantId: string, extraMembers = 0, silence: 'all-must-answer' | 'silence-is-consent' = 'all-must-answer') {
  await organisation(tenantId, extraMembers, silence);
  const step = stepper(tenantId);
  for (const [command, actor] of toConsentRound(rotaProposal)) {
    const result = await step(command, as(actor));
    if (!result.ok) throw new Error(`${result.error.code}: ${wordsOf(result.error)}`);
  }
  return step;
}

const answer = (input: AnswerInput) => ({ type: 'answer', answer: input });

/** As a client treats a 503 from storage: sends the request again (with its operation id, so it applies once). */
async function asClientsRetry<T>(send: () => Promise<T>, attempts = 20): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await send();
    } catch (error) {
      if (!isStorageUnavailable(error) || attempt === attempts) throw error;
    }
  }
}
/**
 * Closes as a facilitator does when told to try again: a 503 from storage or a close under
 * way is sent again, later each time (past the hold limit, so the mark an interrupted close
 * left is taken over), with the same operation id.
 */
async function closeAsFacilitatorRetries(step: ReturnType<typeof stepper>, attempts = 10) {
  for (let attempt = 0; ; attempt += 1) {
    const at = new Date(Date.parse(now) + attempt * (fenceHoldLimitMs + 1_000)).toISOString();
    try {
      return await step({ type: 'close-consent-round' }, as('hana'), { operationId: 'close-after-crowd', now: at });
    } catch (error) {
      const tryAgain = isStorageUnavailable(error) || error instanceof CloseUnderWay;
      if (!tryAgain || attempt + 1 === attempts) throw error;
    }
  }
}
const proposalIn = (result: Awaited<ReturnType<ReturnType<typeof stepper>>>): Proposal => {
  if (!result.ok) throw new Error(`${result.error.code}: ${wordsOf(result.error)}`);
  return result.value.proposal;
};

describe('consent answers on Table Storage (real Azurite)', () => {
  it('an answer costs two storage round trips: one query, one write', async () => {
    const step = await roundOpen('tenant-cost');
    const before = roundTrips.count;
    proposalIn(await step(answer({ kind: 'consent' }), as('amara')));
    expect(roundTrips.count - before).toBe(2);
  });

  it('runs a decision from draft to adoption, with an objection integrated by amendment', async () => {
    const step = await roundOpen('tenant-flow');
    await step(answer({ kind: 'object', text: 'Unfamiliar weekend carers would unsettle me.' }), as('grace'));
    for (const name of ['amara', 'dev', 'farid', 'hana']) await step(answer({ kind: 'consent' }), as(name));
    expect(proposalIn(await step({ type: 'close-consent-round' }, as('hana'))).status).toBe('integration');
    const amended = proposalIn(
      await step({ type: 'amend-proposal', text: 'Weekend shifts rotate monthly; each person keeps one familiar carer.' }, as('dev')),
    );
    expect(amended).toMatchObject({ status: 'consent-round', revision: 2, round: { answers: {} } });
    for (const name of ['amara', 'dev', 'farid', 'grace', 'hana']) await step(answer({ kind: 'consent' }), as(name));
    const adopted = proposalIn(await step({ type: 'close-consent-round' }, as('hana')));
    expect(adopted.status).toBe('adopted');
    expect(adopted.objections.map((o) => o.status)).toEqual(['integrated']);
    expect(adopted.history[0]?.answers.grace?.kind).toBe('object');
  });

  it('keeps an objection raised again after its withdrawal, so the round cannot adopt over it', async () => {
    const step = await roundOpen('tenant-reraised');
    await step(answer({ kind: 'object', text: 'No familiar carer at weekends.' }), as('grace'));
    await step(answer({ kind: 'consent' }), as('grace'));
    await step(answer({ kind: 'object', text: 'On reflection, still no familiar carer.' }), as('grace'));
    for (const name of ['amara', 'dev', 'farid', 'hana']) await step(answer({ kind: 'consent' }), as(name));
    const closed = proposalIn(await step({ type: 'close-consent-round' }, as('hana')));
    expect(closed.status).toBe('integration');
    expect(closed.objections.filter((o) => o.status === 'open').map((o) => o.reason)).toEqual(['On reflection, still no familiar carer.']);
  });

  it('applies a retried request with the same operation id once', async () => {
    const step = await roundOpen('tenant-retry');
    const first = await step(answer({ kind: 'concern', text: 'Check the rota each month.' }), as('amara'), { operationId: 'op-1' });
    const before = roundTrips.count;
    const again = await step(answer({ kind: 'concern', text: 'Check the rota each month.' }), as('amara'), { operationId: 'op-1' });
    expect(again).toMatchObject({ ok: true, value: { replayed: true } });
    expect(roundTrips.count - before).toBe(1);
    expect(again.ok && again.value.proposal).toEqual(first.ok && first.value.proposal);
  });

  it('refuses a step the core refuses, and writes nothing', async () => {
    const step = await roundOpen('tenant-refuse');
    const before = roundTrips.count;
    expect(await step(answer({ kind: 'object' }), as('grace'))).toMatchObject({
      ok: false,
      error: { code: 'reason-required', field: 'text' },
    });
    expect(await step(answer({ kind: 'consent' }), as('chloe'))).toMatchObject({ ok: false, error: { code: 'not-eligible' } });
    expect(roundTrips.count - before).toBe(2);
  });

  it('loses no answer when 300 members answer at once', async () => {
    await roundOpen('tenant-crowd', 295);
    // What is tested is that concurrent answers are all kept, not the deadline (tests/integration/storage-outage.test.ts):
    // on a busy machine Azurite queues 300 partition scans for seconds, so these calls may wait as long as a timer's.
    const step = stepper('tenant-crowd', new ProposalStore(governance.unhurried(timerStorageDeadlineMs)));
    const members = ['amara', 'dev', 'farid', 'grace', 'hana', ...Array.from({ length: 295 }, (_, i) => `carer-${i}`)];
    // An answer that still passes the deadline is a 503 the client sends again.
    const results = await Promise.all(
      members.map((name) => asClientsRetry(() => step(answer({ kind: 'consent' }), as(name), { operationId: `crowd-${name}` }))),
    );
    expect(results.filter((result) => !result.ok)).toEqual([]);
    // Closing rewrites 300 member rows in chunks; on a busy machine one chunk may pass the storage deadline.
    const closed = proposalIn(await closeAsFacilitatorRetries(step));
    expect(closed.status).toBe('adopted');
    expect(Object.keys(closed.status === 'adopted' ? closed.round.answers : {})).toHaveLength(300);
  }, 120_000);

  it('refuses an answer read before the close and written after it, rather than losing it', async () => {
    const step = await roundOpen('tenant-interleaved', 0, 'silence-is-consent');
    let open!: () => void;
    const gated = new GatedStore(
      new Promise<void>((resolve) => {
        open = resolve;
      }),
    );
    const late = stepper('tenant-interleaved', gated)(answer({ kind: 'object', text: 'I never got to say this.' }), as('grace'), {
      now: later,
    });
    await gated.reached;
    const closed = proposalIn(await step({ type: 'close-consent-round' }, system, { now: later }));
    expect(closed.status).toBe('adopted');
    open();
    expect(await late).toMatchObject({ ok: false, error: { code: 'round-closed' } });
  });

  it('resumes the round when two objectors withdraw at the same moment in integration', async () => {
    const step = await roundOpen('tenant-withdrawals');
    await step(answer({ kind: 'object', text: 'Unfamiliar carers would unsettle me.' }), as('grace'));
    await step(answer({ kind: 'object', text: 'I cannot drive at weekends.' }), as('farid'));
    for (const name of ['amara', 'dev', 'hana']) await step(answer({ kind: 'consent' }), as(name));
    expect(proposalIn(await step({ type: 'close-consent-round' }, as('hana'))).status).toBe('integration');
    let open!: () => void;
    const gated = new GatedStore(
      new Promise<void>((resolve) => {
        open = resolve;
      }),
    );
    const slow = stepper('tenant-withdrawals', gated)({ type: 'withdraw-objection' }, as('grace'));
    await gated.reached;
    proposalIn(await step({ type: 'withdraw-objection' }, as('farid')));
    open();
    proposalIn(await slow);
    const loaded = await new ProposalStore(governance.table).load('tenant-withdrawals', 'northside', rotaProposal.proposalId);
    expect(loaded.header?.proposal.status).toBe('consent-round');
  });

  it('counts an answer racing the close in the decision, or refuses it with a clear message, or asks to try again', async () => {
    const step = await roundOpen('tenant-race', 95, 'silence-is-consent');
    const racers = Array.from({ length: 95 }, (_, i) => `carer-${i}`);
    const [closing, ...answers] = await Promise.allSettled([
      step({ type: 'close-consent-round' }, system, { now: later }),
      ...racers.map((name) => step(answer({ kind: 'concern', text: `Concern of ${name}` }), as(name), { now: later })),
    ]);
    // A step that waited out a close still under way, or met storage queueing past its deadline, is asked to
    // try again (a 503), never told the round closed.
    for (const outcome of [closing, ...answers]) {
      if (outcome.status === 'rejected')
        expect(outcome.reason instanceof ContentionError || isStorageUnavailable(outcome.reason)).toBe(true);
    }
    const refusedCodes = answers.flatMap((outcome) =>
      outcome.status === 'fulfilled' && !outcome.value.ok ? [outcome.value.error.code] : [],
    );
    expect(new Set(refusedCodes)).toEqual(new Set(refusedCodes.length ? ['round-closed'] : []));
    // Whatever the racing close decided, closing again (or having closed) settles the round; a close cut off
    // by the storage deadline may have left its mark, which a close past the hold limit takes over.
    const pastTheLimit = new Date(Date.parse(later) + fenceHoldLimitMs).toISOString();
    const stored = async () =>
      proposalFrom(await new ProposalStore(governance.table).load('tenant-race', 'northside', rotaProposal.proposalId));
    if ((await stored())?.status === 'consent-round')
      proposalIn(await asClientsRetry(() => step({ type: 'close-consent-round' }, system, { now: pastTheLimit })));
    const final = await stored();
    expect(final?.status).toBe('adopted');
    const decided = final?.status === 'adopted' ? final.round.answers : {};
    const accepted = racers.filter((_, i) => {
      const outcome = answers[i];
      return outcome?.status === 'fulfilled' && outcome.value.ok;
    });
    for (const name of accepted) expect(decided[name]?.text).toBe(`Concern of ${name}`);
  }, 120_000);

  it('asks to try again while a closer that died holds the round, and the first step after the hold limit takes over', async () => {
    const step = await roundOpen('tenant-dead-closer');
    for (const name of ['amara', 'dev', 'farid', 'hana']) proposalIn(await step(answer({ kind: 'consent' }), as(name)));
    // The state a closer leaves when it dies right after marking the round: the mark, nothing decided.
    const store = new ProposalStore(governance.table);
    const markAt = async (closingSince: string) => {
      const { header } = await store.load('tenant-dead-closer', 'northside', rotaProposal.proposalId);
      if (!header) throw new Error('no header');
      expect(
        await store.write('tenant-dead-closer', [
          store.headerWrite(
            rotaProposal.proposalId,
            { proposal: header.proposal, operations: header.operations, closingSince },
            header.etag,
            header.eventCount,
          ),
        ]),
      ).not.toBeNull();
    };
    await markAt(now);
    await expect(step(answer({ kind: 'consent' }), as('grace'))).rejects.toBeInstanceOf(CloseUnderWay);
    await expect(step({ type: 'close-consent-round' }, as('hana'))).rejects.toBeInstanceOf(CloseUnderWay);

    const pastTheLimit = new Date(Date.parse(now) + fenceHoldLimitMs).toISOString();
    proposalIn(await step(answer({ kind: 'consent' }), as('grace'), { now: pastTheLimit }));
    const adopted = proposalIn(await step({ type: 'close-consent-round' }, as('hana'), { now: pastTheLimit }));
    expect(adopted.status).toBe('adopted');
    expect(adopted.status === 'adopted' && Object.keys(adopted.round.answers).sort()).toEqual(['amara', 'dev', 'farid', 'grace', 'hana']);
    expect((await store.load('tenant-dead-closer', 'northside', rotaProposal.proposalId)).header?.closingSince).toBeNull();
  });

  it('takes over from a closer that stalled past the hold limit, and the stalled closer cannot decide after it', async () => {
    const step = await roundOpen('tenant-stalled-closer', 0, 'silence-is-consent');
    let open!: () => void;
    let stalledAtDecision!: () => void;
    const gate = new Promise<void>((resolve) => {
      open = resolve;
    });
    const atDecision = new Promise<void>((resolve) => {
      stalledAtDecision = resolve;
    });
    // Lets the closer mark the round and fence its rows (one transaction, `fence`), then holds its decision (its first `write`).
    class StalledCloser extends ProposalStore {
      private writes = 0;
      override async write(...args: Parameters<ProposalStore['write']>) {
        this.writes += 1;
        if (this.writes === 1) {
          stalledAtDecision();
          await gate;
        }
        return super.write(...args);
      }
    }
    const stalled = stepper('tenant-stalled-closer', new StalledCloser(governance.table))({ type: 'close-consent-round' }, system, {
      now: later,
    });
    await atDecision;
    const pastTheLimit = new Date(Date.parse(later) + fenceHoldLimitMs).toISOString();
    proposalIn(
      await step(answer({ kind: 'object', text: 'The rota leaves Sunday nights uncovered.' }), as('grace'), { now: pastTheLimit }),
    );
    open();
    // Woken, the stalled closer finds its mark broken and decides again on what is stored: Grace's objection counts.
    const closed = proposalIn(await stalled);
    expect(closed.status).toBe('integration');
    expect(closed.objections.map((o) => o.reason)).toEqual(['The rota leaves Sunday nights uncovered.']);
  });
});
