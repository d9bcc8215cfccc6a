import type { Result } from '../../shared';
import { closingSoonReminded, keptOpenAtDeadline, sameDeadline } from '../../shared';
import type { CalendarSources } from './calendar-in-step';
import type { DeadlineRecord } from './deadline-records';
import { deadlineOf, facilitatorOfRecord, readDeadlineRecord, roundOf } from './deadline-records';
import type { InStep } from './handle-command';
import type { DeadlineSources } from './index-deadlines';
import type { ReminderSources } from './index-reminders';
import type { DeadlineMoment, IndexedDeadline } from './ports/deadline-repository';
import type { Notifier } from './ports/notifier';
import { selectionKind } from './record-kinds';
import { runProposalStep } from './run-proposal-step';
import { runRecordStep } from './run-record-step';

export interface DeadlineRunDeps extends ReminderSources, CalendarSources, DeadlineSources {
  readonly notifier: Notifier;
}

/** What a run did with each round whose moment came, for the log and the tests. */
export interface DeadlineRun {
  /** Closed by the circle's rule: adopted, recorded, or sent to integration. */
  readonly closed: number;
  /** Kept open by the circle's rule, the facilitator told (by this run or one beside it). */
  readonly keptOpen: number;
  /** Those still to answer reminded (by this run or one beside it). */
  readonly reminded: number;
  /** The record no longer has the round the index named (closed, amended, withdrawn), or no one is left to remind. */
  readonly stale: number;
  /** Left in the index for the next run. */
  readonly failed: number;
}

type Outcome = keyof DeadlineRun;

/** Where the timer tells of what it could not do. */
export type Report = (message: string, error: unknown) => void;

const system = { kind: 'system' } as const;

/**
 * The deadline timer: reads the rounds whose deadline or closing-soon moment has
 * come, checks each against its record as stored, and closes the round through the
 * command handler as the system, so the circle's rule decides (silence is consent,
 * quorum, all must answer); a round the rule keeps open is its facilitator's, who
 * is told once. Before the deadline, those still to answer are reminded once. What
 * is done leaves the index; what failed stays for the next run, and one tenant's
 * failure is reported while the others go on.
 */
export async function runRoundDeadlines(deps: DeadlineRunDeps, now: string, report: Report = () => undefined): Promise<DeadlineRun> {
  const [closing, soon] = await Promise.all([deps.deadlines.due('deadline', now), deps.deadlines.due('closing-soon', now)]);
  const counts: Record<Outcome, number> = { closed: 0, keptOpen: 0, reminded: 0, stale: 0, failed: 0 };
  const tenants = new Set([...closing, ...soon].map((entry) => entry.tenantId));
  for (const tenantId of tenants) {
    const work: [IndexedDeadline, DeadlineMoment][] = [
      ...closing.filter((entry) => entry.tenantId === tenantId).map((entry) => [entry, 'deadline'] as [IndexedDeadline, DeadlineMoment]),
      ...soon.filter((entry) => entry.tenantId === tenantId).map((entry) => [entry, 'closing-soon'] as [IndexedDeadline, DeadlineMoment]),
    ];
    for (const [entry, moment] of work) {
      try {
        counts[moment === 'deadline' ? await closeAtDeadline(deps, entry, now) : await remindClosingSoon(deps, entry, now)] += 1;
      } catch (error) {
        counts.failed += 1;
        report(
          `the ${moment} of ${entry.kind} ${entry.recordId} (revision ${entry.revision}) in tenant ${tenantId} failed; the next run tries again`,
          error,
        );
      }
    }
  }
  return counts;
}

/** The record an entry names, if it still runs the round the entry was indexed for; otherwise the entry is taken out. */
async function asIndexed(deps: DeadlineRunDeps, entry: IndexedDeadline, moment: DeadlineMoment): Promise<DeadlineRecord | null> {
  const record = await readDeadlineRecord(deps, entry);
  if (record && sameDeadline(deadlineOf(record), entry)) return record;
  await deps.deadlines.dropMoment(entry, moment);
  return null;
}

/** Closes the round as the system; the step is told like any other (`inStep`'s notifier). */
async function close(deps: DeadlineRunDeps, record: DeadlineRecord, entry: IndexedDeadline, now: string): Promise<Result<unknown>> {
  const inStep: InStep = { sources: deps, tenantId: entry.tenantId, now, notifier: deps.notifier };
  const asked = { tenantId: entry.tenantId, circleId: entry.circleId, actor: system, now };
  if (record.kind === 'proposal') {
    const command = { type: 'close-consent-round', proposalId: entry.recordId };
    return runProposalStep(deps.proposals, { ...asked, command, loaded: record.loaded }, inStep);
  }
  const command = { type: 'close-consent-round', selectionId: entry.recordId };
  return runRecordStep(deps.selections, selectionKind, { ...asked, id: entry.recordId, command }, undefined, record.loaded, inStep);
}

/**
 * At the deadline: the close is decided by the core like the facilitator's, so two
 * runs at once close once (the second finds the round closed). A round the rule
 * keeps open stays so; its facilitator is told, claimed once per revision.
 */
async function closeAtDeadline(deps: DeadlineRunDeps, entry: IndexedDeadline, now: string): Promise<Outcome> {
  const record = await asIndexed(deps, entry, 'deadline');
  if (!record) return 'stale';
  const closed = await close(deps, record, entry, now);
  if (closed.ok) return 'closed';
  if (!keptOpenAtDeadline(closed.error)) {
    await deps.deadlines.dropMoment(entry, 'deadline');
    return 'stale';
  }
  await tellOnce(deps, entry, 'kept-open', now, () =>
    deps.notifier.roundKeptOpen({
      tenantId: entry.tenantId,
      record: record.notice,
      facilitator: facilitatorOfRecord(record, now),
      reason: closed.error.said,
      now,
    }),
  );
  await deps.deadlines.dropMoment(entry, 'deadline');
  return 'keptOpen';
}

/** Before the deadline: those still to answer, never those who have, reminded once per revision. */
async function remindClosingSoon(deps: DeadlineRunDeps, entry: IndexedDeadline, now: string): Promise<Outcome> {
  const record = await asIndexed(deps, entry, 'closing-soon');
  const running = record && roundOf(record);
  const people = running ? closingSoonReminded(running.round, running.circle, now) : [];
  if (!record || people.length === 0) {
    await deps.deadlines.dropMoment(entry, 'closing-soon');
    return 'stale';
  }
  await tellOnce(deps, entry, 'closing-soon', now, () =>
    deps.notifier.remindAwaited({ tenantId: entry.tenantId, record: record.notice, people, why: 'closing-soon', now }),
  );
  await deps.deadlines.dropMoment(entry, 'closing-soon');
  return 'reminded';
}

/** Tells once: claimed first, so a run beside this one tells nothing; a telling that fails gives its claim back and throws. */
async function tellOnce(
  deps: DeadlineRunDeps,
  entry: IndexedDeadline,
  notice: 'kept-open' | 'closing-soon',
  now: string,
  tell: () => Promise<void>,
): Promise<void> {
  if (!(await deps.deadlines.claim(entry, notice, now))) return;
  try {
    await tell();
  } catch (error) {
    await deps.deadlines.release(entry, notice);
    throw error;
  }
}
