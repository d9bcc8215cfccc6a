import type { Result } from '../../shared';
import { CloseUnderWay, ContentionError, maxAttempts } from './contention';
import type { CalendarSources } from './calendar-in-step';
import type { DeadlineShift, DeadlineSources } from './index-deadlines';
import { indexDeadlineAhead } from './index-deadlines';
import type { ReminderSources } from './index-reminders';
import type { Change } from './keep-in-step';
import { keepInStep } from './keep-in-step';
import type { Notifier } from './ports/notifier';
import type { Told } from './tell-people';
import { tellPeople } from './tell-people';
import type { Readiness } from './ports/proposal-repository';

/**
 * What one kind of aggregate (the structure, a proposal, a role selection, a
 * meeting) gives the command handler: how it is read, decided by the core and
 * stored behind its repository port. The handler holds what they share.
 */
export interface Aggregate<Loaded, Decided, Outcome> {
  /** The kind of record, named in the log when it kept changing under every attempt (`proposal`). */
  readonly what: string;
  /** Reads the state; the first attempt may take what the caller has just read. */
  load(attempt: number): Promise<Loaded>;
  /** What is settled before deciding: a refusal of the path or of a stale view, or a retried operation's stored outcome. */
  settled?(loaded: Loaded): Result<Outcome> | null;
  /** Whether the state may be decided on now: a proposal whose round another step closes may not (`busy`). */
  readiness?(loaded: Loaded): Promise<Readiness>;
  decide(loaded: Loaded): Result<Decided>;
  /** Appends the events and saves the state under the ETags read: the outcome, a refusal met there, or `conflict`. */
  save(loaded: Loaded, decided: Decided): Promise<Result<Outcome> | 'conflict'>;
  /** What the stored step changed (from what it was decided on), for what is kept in step with it. */
  changeOf(outcome: Outcome, loaded: Loaded): Change;
  /** How the step moves the record's running asynchronous round (a record without rounds has none). */
  deadlineShift?(loaded: Loaded, decided: Decided): DeadlineShift;
  /**
   * The record people are told of after the step, with its events; none for a record
   * nobody is told of (a meeting). Read again when the outcome holds only part of it.
   */
  noticeOf?(outcome: Outcome): Told | null | Promise<Told | null>;
}

/** Where what follows a step (the reminders' and the deadlines' indexes, the calendar's mark) is kept, and when. */
export interface InStep {
  readonly sources: ReminderSources & CalendarSources & DeadlineSources;
  readonly tenantId: string;
  readonly now: string;
  /** Who tells people of a stored step (cards, mentions, activity feed); none where nobody is told (seeding, tests). */
  readonly notifier?: Notifier;
  /** The conversation a card's step was taken in: the bot's turn shows the record's card there itself. */
  readonly shownIn?: string;
  /** Where a failure to tell people is reported; the step stays stored whatever happens. */
  readonly report?: (message: string, error: unknown) => void;
}

/**
 * Between attempts after a conflict, a random pause that grows with each one, so
 * writers who collided spread out instead of colliding again in step.
 */
const backOff = (attempt: number) => new Promise((resolve) => setTimeout(resolve, Math.random() * 25 * 2 ** attempt));
/** A close of a round holds it for well under a second: wait a little longer each time. */
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The one command handler: load, settle what needs no decision, decide with the
 * core, append the events and save under ETags; when another writer came first,
 * decide again on fresh state, a bounded number of times. Once stored, what follows
 * the step is kept in step (`inStep`); a retried operation wrote nothing and keeps nothing.
 */
export async function handleCommand<Loaded, Decided, Outcome>(
  aggregate: Aggregate<Loaded, Decided, Outcome>,
  inStep?: InStep,
): Promise<Result<Outcome>> {
  for (let attempt = 1; attempt <= maxAttempts; attempt += 1) {
    const loaded = await aggregate.load(attempt);
    const settled = aggregate.settled?.(loaded) ?? null;
    if (settled) return settled;
    const readiness = aggregate.readiness ? await aggregate.readiness(loaded) : 'ready';
    if (readiness === 'busy') {
      if (attempt === maxAttempts) throw new CloseUnderWay(maxAttempts);
      await pause(25 * attempt);
      continue;
    }
    if (readiness === 'changed') continue;
    const decided = aggregate.decide(loaded);
    if (!decided.ok) return decided;
    const deadlines = inStep && aggregate.deadlineShift ? aggregate.deadlineShift(loaded, decided.value) : undefined;
    if (inStep && deadlines) await indexDeadlineAhead(inStep.sources, inStep.tenantId, deadlines);
    const saved = await aggregate.save(loaded, decided.value);
    if (saved === 'conflict') {
      if (attempt < maxAttempts) await backOff(attempt);
      continue;
    }
    if (saved.ok && inStep) {
      await keepInStep(inStep.sources, inStep.tenantId, inStep.now, {
        ...aggregate.changeOf(saved.value, loaded),
        ...(deadlines ? { deadlines } : {}),
      });
      const { noticeOf } = aggregate;
      if (inStep.notifier && noticeOf) await tellPeople(inStep.notifier, inStep, () => noticeOf(saved.value));
    }
    return saved;
  }
  throw new ContentionError(aggregate.what, maxAttempts);
}
