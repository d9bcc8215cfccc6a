import type { ClosingPolicy, Proposal, Selection } from '../../shared';
import { ProposalEvent, SelectionEvent } from '../../shared';
import { changeStructure } from '../../functions/application/change-structure';
import type { InStep } from '../../functions/application/handle-command';
import type { AwaitedReminder, Notifier, RoundKeptOpen, StoredStep } from '../../functions/application/ports/notifier';
import { selectionKind } from '../../functions/application/record-kinds';
import { runProposalStep } from '../../functions/application/run-proposal-step';
import { runRecordStep } from '../../functions/application/run-record-step';
import type { DeadlineRun } from '../../functions/application/round-deadlines';
import { runRoundDeadlines } from '../../functions/application/round-deadlines';
import { readSettings } from '../../functions/composition/config';
import { createServices, type Services } from '../../functions/composition/services';
import { startAzurite, type RunningAzurite } from '../support/azurite';
import { careCoop } from '../support/care-coop';
import { daysFromNow, now } from '../support/clock';
import { admin, as } from '../support/people';
import { rotaProposal, toConsentRound } from '../support/proposals';
import { northsideDelegate, startCommand } from '../support/selection-flow';
import { saidWords, wordsOf } from '../support/refusal-words';

/**
 * The deadline timer on a real Azurite, with a fixed clock: asynchronous rounds
 * opened now run seven days (the care co-op's default), so the deadline falls at
 * `daysFromNow(7)` and the closing-soon reminder 24 hours before it. Each
 * organisation is a tenant of its own, Northside's policy set as the test says.
 */
const minute = 1 / (24 * 60);
const atDeadline = daysFromNow(7 + minute);
const northsiders = ['amara', 'dev', 'farid', 'grace', 'hana'];

let azurite: RunningAzurite;
let services: Services;

/** What the timer told, recorded instead of posted. */
function recordingNotifier(): Notifier & { steps: StoredStep[]; reminders: AwaitedReminder[]; keptOpen: RoundKeptOpen[] } {
  const steps: StoredStep[] = [];
  const reminders: AwaitedReminder[] = [];
  const keptOpen: RoundKeptOpen[] = [];
  return {
    steps,
    reminders,
    keptOpen,
    stepStored: async (step) => void steps.push(step),
    remindAwaited: async (reminder) => void reminders.push(reminder),
    roundKeptOpen: async (notice) => void keptOpen.push(notice),
    minutesTaken: async () => undefined,
    meetingUnderWay: async () => undefined,
  };
}

const inStep = (tenantId: string, at: string): InStep => ({ sources: services, tenantId, now: at });

/** A tenant holding the care co-op, Northside deciding by the closing policy given. */
async function organisation(tenantId: string, closing: Partial<ClosingPolicy> = {}): Promise<void> {
  expect(await services.structures.save(await services.structures.load(tenantId), careCoop())).toBe(true);
  const policy = await changeStructure(
    services.structures,
    tenantId,
    { type: 'set-circle-policy', circleId: 'northside', policy: { closing } },
    admin,
    now,
  );
  if (!policy.ok) throw new Error(wordsOf(policy.error));
}

async function proposalStep(tenantId: string, proposalId: string, command: object, person: string, at: string = now) {
  const result = await runProposalStep(
    services.proposals,
    { tenantId, circleId: 'northside', command: { ...command, proposalId }, actor: as(person), now: at },
    inStep(tenantId, at),
  );
  if (!result.ok) throw new Error(`${result.error.code}: ${wordsOf(result.error)}`);
  return result.value.proposal;
}

/** A Northside proposal taken to its asynchronous consent round at `at`, then answered by those named (consent). */
async function roundOpen(tenantId: string, proposalId: string, consenting: readonly string[] = [], at: string = now): Promise<void> {
  for (const [command, person] of toConsentRound({ ...rotaProposal, proposalId }))
    await proposalStep(tenantId, proposalId, command, person, at);
  for (const person of consenting) await proposalStep(tenantId, proposalId, { type: 'answer', answer: { kind: 'consent' } }, person, at);
}

async function proposalNow(tenantId: string, proposalId: string): Promise<Proposal> {
  const proposal = services.proposals.proposalOf(await services.proposals.load(tenantId, 'northside', proposalId));
  if (!proposal) throw new Error(`no proposal ${proposalId}`);
  return proposal;
}

async function eventTypes(tenantId: string, aggregate: 'proposal' | 'selection', id: string): Promise<string[]> {
  const page = await services.history.page<{ type: string }>(
    tenantId,
    aggregate,
    id,
    aggregate === 'proposal' ? ProposalEvent : SelectionEvent,
    100,
  );
  return page?.events.map((event) => event.type) ?? [];
}

const run = (notifier: Notifier, at: string) =>
  runRoundDeadlines({ ...services, notifier }, at, (message, error) => console.error(message, error));

/** The sum of several runs' counts. */
const together = (runs: readonly DeadlineRun[]) =>
  runs.reduce((sum, one) => ({
    closed: sum.closed + one.closed,
    keptOpen: sum.keptOpen + one.keptOpen,
    reminded: sum.reminded + one.reminded,
    stale: sum.stale + one.stale,
    failed: sum.failed + one.failed,
  }));

beforeAll(async () => {
  azurite = await startAzurite();
  services = await createServices(readSettings({ STORAGE_CONNECTION_STRING: azurite.connectionString, AUTH_MODE: 'dev' }));
}, 60_000);
afterAll(async () => {
  await azurite?.stop();
});

describe('silence is consent', () => {
  it('adopts at the deadline, counting those who did not answer as consenting, and leaves the index', async () => {
    await organisation('silent-coop', { silence: 'silence-is-consent' });
    await roundOpen('silent-coop', 'key-safe', ['amara', 'dev']);
    const notifier = recordingNotifier();
    expect(await run(notifier, daysFromNow(7 - minute))).toMatchObject({ closed: 0 });
    expect((await proposalNow('silent-coop', 'key-safe')).status).toBe('consent-round');

    expect(await run(notifier, atDeadline)).toMatchObject({ closed: 1, failed: 0 });
    const adopted = await proposalNow('silent-coop', 'key-safe');
    expect(adopted).toMatchObject({ status: 'adopted', silentConsent: ['farid', 'grace', 'hana'], facilitatedBy: 'hana' });
    expect(notifier.keptOpen).toEqual([]);
    expect((await services.deadlines.due('deadline', daysFromNow(30))).filter((entry) => entry.tenantId === 'silent-coop')).toEqual([]);
    expect(await run(notifier, daysFromNow(8))).toEqual({ closed: 0, keptOpen: 0, reminded: 0, stale: 0, failed: 0 });
  }, 60_000);

  it('an open objection sends the proposal to integration instead', async () => {
    await organisation('objecting-coop', { silence: 'silence-is-consent' });
    await roundOpen('objecting-coop', 'key-safe', ['amara']);
    await proposalStep(
      'objecting-coop',
      'key-safe',
      { type: 'answer', answer: { kind: 'object', text: 'Grace cannot learn a new code every month.' } },
      'grace',
    );
    expect(await run(recordingNotifier(), atDeadline)).toMatchObject({ closed: 1 });
    expect((await proposalNow('objecting-coop', 'key-safe')).status).toBe('integration');
    // The objection withdrawn after the deadline resumes the round, indexed again and due at once.
    await proposalStep('objecting-coop', 'key-safe', { type: 'withdraw-objection' }, 'grace', daysFromNow(8));
    expect((await proposalNow('objecting-coop', 'key-safe')).status).toBe('consent-round');
    expect(await run(recordingNotifier(), daysFromNow(8 + minute))).toMatchObject({ closed: 1 });
    expect(await proposalNow('objecting-coop', 'key-safe')).toMatchObject({ status: 'adopted', silentConsent: ['dev', 'farid', 'hana'] });
  }, 60_000);
});

describe('all must answer (the default)', () => {
  it('keeps the round open with answers missing and tells the facilitator once; a later run tells nobody again', async () => {
    await organisation('careful-coop');
    await roundOpen('careful-coop', 'key-safe', ['amara', 'dev', 'farid']);
    const notifier = recordingNotifier();
    expect(await run(notifier, atDeadline)).toMatchObject({ closed: 0, keptOpen: 1 });
    expect((await proposalNow('careful-coop', 'key-safe')).status).toBe('consent-round');
    expect(notifier.keptOpen).toHaveLength(1);
    expect(notifier.keptOpen[0]).toMatchObject({
      tenantId: 'careful-coop',
      facilitator: 'hana',
      now: atDeadline,
      record: { kind: 'proposal', proposal: { proposalId: 'key-safe' } },
    });
    expect(saidWords(notifier.keptOpen[0]?.reason ?? { key: 'noCircle' })).toMatch(/Everyone must answer.*Grace Lin, Hana Sato/);

    expect(await run(notifier, daysFromNow(8))).toEqual({ closed: 0, keptOpen: 0, reminded: 0, stale: 0, failed: 0 });
    expect(notifier.keptOpen).toHaveLength(1);
    // Still the facilitator's to close, answers still taken.
    await proposalStep('careful-coop', 'key-safe', { type: 'answer', answer: { kind: 'consent' } }, 'grace', daysFromNow(8));
    expect((await proposalNow('careful-coop', 'key-safe')).status).toBe('consent-round');
  }, 60_000);

  it('closes at the deadline once everyone has answered', async () => {
    await organisation('answered-coop');
    await roundOpen('answered-coop', 'key-safe', northsiders);
    expect(await run(recordingNotifier(), atDeadline)).toMatchObject({ closed: 1 });
    expect(await proposalNow('answered-coop', 'key-safe')).toMatchObject({ status: 'adopted', silentConsent: [] });
  }, 60_000);
});

describe('a quorum', () => {
  it('reached: adopted; not reached: kept open, the facilitator told why', async () => {
    await organisation('quorum-coop', { silence: 'silence-is-consent', quorumPercent: 60 });
    await roundOpen('quorum-coop', 'reached', ['amara', 'dev', 'farid']);
    await roundOpen('quorum-coop', 'short', ['amara', 'dev']);
    const notifier = recordingNotifier();
    expect(await run(notifier, atDeadline)).toMatchObject({ closed: 1, keptOpen: 1 });
    expect((await proposalNow('quorum-coop', 'reached')).status).toBe('adopted');
    expect((await proposalNow('quorum-coop', 'short')).status).toBe('consent-round');
    expect(
      notifier.keptOpen.map((notice) => [(notice.record as { proposal: Proposal }).proposal.proposalId, saidWords(notice.reason)]),
    ).toEqual([['short', '2 of 5 have answered; the circle’s quorum is 60 %.']]);
  }, 60_000);
});

describe('a role selection’s round', () => {
  const selectionStep = async (tenantId: string, command: object, person: string, at: string = now): Promise<Selection> => {
    const request = {
      tenantId,
      circleId: 'northside',
      id: northsideDelegate.selectionId,
      command: { selectionId: northsideDelegate.selectionId, ...command },
      actor: as(person),
      now: at,
    };
    const result = await runRecordStep(services.selections, selectionKind, request, undefined, undefined, inStep(tenantId, at));
    if (!result.ok) throw new Error(`${result.error.code}: ${wordsOf(result.error)}`);
    return result.value.record;
  };

  async function candidateProposed(tenantId: string): Promise<void> {
    await selectionStep(tenantId, startCommand(northsideDelegate), northsideDelegate.startedBy);
    for (const [nominator, [nominee, reason]] of Object.entries(northsideDelegate.nominations))
      await selectionStep(tenantId, { type: 'nominate', nominee, reason }, nominator);
    await selectionStep(tenantId, { type: 'close-nominations' }, 'hana');
    await selectionStep(tenantId, { type: 'propose-candidate', candidate: 'dev', reasoning: northsideDelegate.reasoning }, 'hana');
  }

  it('records the role holder at the deadline when the candidate has answered; silence counts for the others', async () => {
    await organisation('selecting-coop', { silence: 'silence-is-consent' });
    await candidateProposed('selecting-coop');
    for (const person of ['amara', 'farid', 'grace', 'hana'])
      await selectionStep('selecting-coop', { type: 'answer', answer: { kind: 'consent' } }, person);
    await selectionStep('selecting-coop', { type: 'answer', answer: { kind: 'consent' } }, 'dev');
    expect(await run(recordingNotifier(), atDeadline)).toMatchObject({ closed: 1 });
    const { record } = await services.selections.load('selecting-coop', northsideDelegate.selectionId);
    expect(record?.value.status).toBe('recorded');
  }, 60_000);

  it('keeps the round open while the candidate has not answered: no one is given a role by silence', async () => {
    await organisation('waiting-coop', { silence: 'silence-is-consent' });
    await candidateProposed('waiting-coop');
    await selectionStep('waiting-coop', { type: 'answer', answer: { kind: 'consent' } }, 'amara');
    const notifier = recordingNotifier();
    expect(await run(notifier, atDeadline)).toMatchObject({ closed: 0, keptOpen: 1 });
    expect(notifier.keptOpen).toMatchObject([
      { facilitator: 'hana', reason: { key: 'candidateNotAnswered' }, record: { kind: 'selection' } },
    ]);
    const { record } = await services.selections.load('waiting-coop', northsideDelegate.selectionId);
    expect(record?.value.status).toBe('consent-round');
  }, 60_000);
});

describe('two runs at the same moment', () => {
  it('close a round once: one adoption in its history', async () => {
    await organisation('twice-coop', { silence: 'silence-is-consent' });
    await roundOpen('twice-coop', 'key-safe', ['amara']);
    const runs = await Promise.all([run(recordingNotifier(), atDeadline), run(recordingNotifier(), atDeadline)]);
    expect(together(runs)).toMatchObject({ closed: 1, failed: 0 });
    expect((await eventTypes('twice-coop', 'proposal', 'key-safe')).filter((type) => type === 'proposal-adopted')).toEqual([
      'proposal-adopted',
    ]);
  }, 60_000);

  it('tell the facilitator once of a round kept open, and remind those still to answer once', async () => {
    await organisation('twice-careful-coop');
    await roundOpen('twice-careful-coop', 'key-safe', ['amara']);
    const notifier = recordingNotifier();
    await Promise.all([run(notifier, daysFromNow(6 + minute)), run(notifier, daysFromNow(6 + minute))]);
    expect(notifier.reminders).toHaveLength(1);
    await Promise.all([run(notifier, atDeadline), run(notifier, atDeadline)]);
    expect(notifier.keptOpen).toHaveLength(1);
  }, 60_000);
});

describe('closing soon', () => {
  it('reminds those who have not answered, once per revision, not before its moment, never those who answered', async () => {
    await organisation('soon-coop');
    await roundOpen('soon-coop', 'key-safe', ['amara']);
    const notifier = recordingNotifier();
    expect(await run(notifier, daysFromNow(6 - minute))).toMatchObject({ reminded: 0 });
    expect(notifier.reminders).toEqual([]);

    expect(await run(notifier, daysFromNow(6 + minute))).toMatchObject({ reminded: 1 });
    expect(notifier.reminders).toMatchObject([
      { tenantId: 'soon-coop', why: 'closing-soon', people: ['dev', 'farid', 'grace', 'hana'], record: { kind: 'proposal' } },
    ]);
    expect(await run(notifier, daysFromNow(6.5))).toMatchObject({ reminded: 0 });
    expect(notifier.reminders).toHaveLength(1);
  }, 60_000);

  it('follows the circle’s setting: 48 hours before, or none at 0', async () => {
    await organisation('early-coop', { closingSoonHours: 48 });
    await roundOpen('early-coop', 'key-safe');
    await organisation('quiet-coop', { closingSoonHours: 0 });
    await roundOpen('quiet-coop', 'key-safe');
    const notifier = recordingNotifier();
    await run(notifier, daysFromNow(5 + minute));
    await run(notifier, daysFromNow(6 + minute));
    expect(
      notifier.reminders.map((reminder) => reminder.tenantId).filter((tenantId) => tenantId === 'early-coop' || tenantId === 'quiet-coop'),
    ).toEqual(['early-coop']);
  }, 60_000);

  it('gives its claim back when the reminder could not be sent, so the next run sends it', async () => {
    await organisation('flaky-coop');
    await roundOpen('flaky-coop', 'key-safe');
    const failing = { ...recordingNotifier(), remindAwaited: async () => Promise.reject(new Error('the Bot Connector answered 502')) };
    const failed = await runRoundDeadlines({ ...services, notifier: failing }, daysFromNow(6 + minute));
    expect(failed.failed).toBeGreaterThanOrEqual(1);
    const notifier = recordingNotifier();
    await run(notifier, daysFromNow(6 + 2 * minute));
    expect(notifier.reminders.filter((reminder) => reminder.tenantId === 'flaky-coop')).toHaveLength(1);
  }, 60_000);
});

describe('a round that moved before its deadline', () => {
  it('amended or withdrawn, is not touched at the old deadline; the amended round closes at its own', async () => {
    await organisation('moving-coop', { silence: 'silence-is-consent' });
    await roundOpen('moving-coop', 'amended');
    await roundOpen('moving-coop', 'withdrawn');
    await proposalStep(
      'moving-coop',
      'amended',
      { type: 'amend-proposal', text: 'The key safe code changes every two months.' },
      'dev',
      daysFromNow(2),
    );
    await proposalStep(
      'moving-coop',
      'withdrawn',
      { type: 'withdraw-proposal', reason: 'The landlord is replacing the key safe.' },
      'dev',
      daysFromNow(2),
    );
    const indexed = (await services.deadlines.due('deadline', daysFromNow(30))).filter((entry) => entry.tenantId === 'moving-coop');
    expect(indexed.map(({ recordId, revision, deadline }) => ({ recordId, revision, deadline }))).toEqual([
      { recordId: 'amended', revision: 2, deadline: daysFromNow(9) },
    ]);

    const notifier = recordingNotifier();
    await run(notifier, atDeadline);
    expect(await proposalNow('moving-coop', 'amended')).toMatchObject({ status: 'consent-round', revision: 2 });
    expect((await proposalNow('moving-coop', 'withdrawn')).status).toBe('withdrawn');
    expect(notifier.keptOpen.filter((notice) => notice.tenantId === 'moving-coop')).toEqual([]);

    await run(notifier, daysFromNow(9 + minute));
    expect(await proposalNow('moving-coop', 'amended')).toMatchObject({ status: 'adopted', revision: 2 });
  }, 60_000);

  it('an entry the record no longer backs (its step was never stored) is dropped, not acted on', async () => {
    await organisation('stale-coop', { silence: 'silence-is-consent' });
    const ghost = {
      tenantId: 'stale-coop',
      kind: 'proposal' as const,
      recordId: 'never-stored',
      circleId: 'northside',
      revision: 1,
      deadline: daysFromNow(7),
      closingSoonAt: null,
    };
    await services.deadlines.add(ghost);
    expect(await run(recordingNotifier(), atDeadline)).toMatchObject({ stale: 1, failed: 0 });
    expect((await services.deadlines.due('deadline', daysFromNow(30))).filter((entry) => entry.tenantId === 'stale-coop')).toEqual([]);
  }, 60_000);
});
