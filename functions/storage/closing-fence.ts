import type { Result } from '../../shared';
import { ok } from '../../shared';
import { ContentionError, maxAttempts } from '../application/contention';
import type {
  LoadedProposal,
  MemberRow,
  ProposalStep,
  Readiness,
  SavedProposal,
  StoredHeader,
} from '../application/ports/proposal-repository';
import { isStorageUnavailable } from '../application/storage-faults';
import { headerKey, memberRowKey } from './proposal-keys';
import type { ProposalRows, Write } from './proposal-writes';
import { unmarked, writesFor } from './proposal-writes';

/**
 * How long a closing mark is respected, measured on the `now` each step is given. A
 * live closer holds it for well under a second; an older mark was left by a closer
 * that died or stalled, and the next step breaks it by rewriting the header under
 * the mark's ETag. Every later write of that closer is guarded by the same ETag, so
 * if it wakes up it fails and starts again: no answer is lost however clocks differ,
 * and the limit only bounds how long a dead closer holds up the round.
 */
export const fenceHoldLimitMs = 10_000;
const fenceChunk = 99;

type Mark = 'none' | 'held' | 'abandoned';

function markOf(loaded: LoadedProposal, now: string): Mark {
  const since = loaded.header?.closingSince;
  if (since === null || since === undefined) return 'none';
  return Date.parse(now) - Date.parse(since) < fenceHoldLimitMs ? 'held' : 'abandoned';
}

/** Whether a step may be decided on what was loaded; a mark left by a closer that died is broken here. */
export async function readiness(rows: ProposalRows, loaded: LoadedProposal, proposalId: string, now: string): Promise<Readiness> {
  const mark = markOf(loaded, now);
  if (mark === 'abandoned' && loaded.header) {
    // Whether this write or another step's breaks the mark, the next read finds an unmarked header.
    await rows.write(loaded.tenantId, [
      rows.headerWrite(proposalId, unmarked(loaded.header), loaded.header.etag, loaded.header.eventCount),
    ]);
    return 'changed';
  }
  return mark === 'held' ? 'busy' : 'ready';
}

/**
 * Stores a decided step: at once, or, when it changes the proposal while its round
 * runs (closing, amending, withdrawing), behind the closing fence, so an answer
 * racing it is either in the state it decides on or refused, never silently lost.
 */
export async function saveStep(
  rows: ProposalRows,
  loaded: LoadedProposal,
  step: ProposalStep,
): Promise<Result<SavedProposal> | 'conflict'> {
  const circle = loaded.circle;
  if (!circle) return 'conflict';
  const plan = writesFor(rows, loaded, { ...stepped(step), next: step.decided.proposal, events: step.decided.events });
  if (plan.headerChanged && rows.proposalOf(loaded)?.status === 'consent-round') {
    const fenced = await stepBehindFence(rows, loaded, step);
    return fenced === 'retry' ? 'conflict' : fenced;
  }
  if ((plan.writes.length === 0 && !step.teamsUser) || (await rows.write(loaded.tenantId, plan.writes, step.teamsUser)))
    return ok({ circle, ...step.decided, reread: false });
  return 'conflict';
}

const stepped = (step: ProposalStep) => ({
  proposalId: step.proposalId,
  now: step.now,
  operationId: step.operationId,
  alwaysHeader: !step.answer,
});

/** Every member row of the running round rewritten under the ETag read, the missing ones created. */
function fenceWrites(rows: ProposalRows, loaded: LoadedProposal, proposalId: string): Write[] {
  const proposal = rows.proposalOf(loaded);
  if (proposal?.status !== 'consent-round') return [];
  const round = proposal.round;
  const people = new Set([...round.eligible, ...Object.keys(round.answers)]);
  return [...people].map((personId) => {
    const stored = loaded.rows.get(memberRowKey(proposalId, round.revision, personId));
    const row = stored?.row ?? { personId, revision: round.revision, answer: null, objections: [], operations: [] };
    const { operations, ...memberRow } = row;
    return rows.memberWrite(proposalId, memberRow, operations, stored?.etag, stored?.eventCount ?? 0);
  });
}

/** The proposal as stored once fenced: what was read, with the rows the fence wrote under their new ETags. */
function fencedState(
  read: LoadedProposal,
  header: StoredHeader & { readonly etag: string; readonly eventCount: number },
  fences: readonly Write[],
  etags: ReadonlyMap<string, string>,
): LoadedProposal {
  const rows = new Map(read.rows);
  for (const fence of fences) {
    rows.set(fence.rowKey, {
      row: fence.value as MemberRow & { operations: readonly string[] },
      etag: etags.get(fence.rowKey) ?? '',
      eventCount: fence.eventCount ?? 0,
    });
  }
  return { ...read, header, rows };
}

/**
 * 1. mark the header as closing (other steps now wait, then hear they may try again)
 *    and, in the same transaction, rewrite every member row of the running revision
 *    under the ETag read, creating the missing ones, so any answer written after that
 *    read fails its own ETag check (a round of more than 98 members fences the rest
 *    in transactions of its own, behind the mark);
 * 2. decide on what is now stored, which is what was read with the fence's own rows
 *    (the transaction answers their ETags, so nothing is read again), and write the
 *    header under the mark's ETag, clearing the mark: a mark broken since (held too
 *    long) fails that write, and the step starts again.
 * On every way out but success the mark is released, so the closer never waits on itself.
 */
async function stepBehindFence(rows: ProposalRows, loaded: LoadedProposal, step: ProposalStep): Promise<Result<SavedProposal> | 'retry'> {
  const header = loaded.header;
  if (!header) return 'retry';
  const marking = { ...unmarked(header), closingSince: step.now };
  const fences = fenceWrites(rows, loaded, step.proposalId);
  const withMark = fences.slice(0, fenceChunk - 1);
  // A header or member row changed since it was read: nothing is written, and the step is decided again.
  const marked = await rows.fence(loaded.tenantId, [
    rows.headerWrite(step.proposalId, marking, header.etag, header.eventCount),
    ...withMark,
  ]);
  const markedEtag = marked?.get(headerKey(step.proposalId));
  if (!marked || markedEtag === undefined) return 'retry';
  const release = async () => {
    await rows.write(loaded.tenantId, [rows.headerWrite(step.proposalId, unmarked(header), markedEtag, header.eventCount)]);
  };
  try {
    const markedHeader = { ...marking, etag: markedEtag, eventCount: header.eventCount };
    const outcome = await decideBehindFence(rows, loaded.tenantId, step, markedEtag, {
      read: fencedState(loaded, markedHeader, withMark, marked),
      rest: fences.slice(fenceChunk - 1),
    });
    if (outcome === 'retry') await release();
    return outcome;
  } catch (error) {
    // With storage down a release would wait out its own deadline in vain; the mark is broken once abandoned.
    if (!isStorageUnavailable(error)) await release().catch(() => undefined);
    throw error;
  }
}

/** What the marking transaction left: the proposal as then stored, and the member rows still to fence. */
interface Marked {
  readonly read: LoadedProposal;
  readonly rest: readonly Write[];
}

async function decideBehindFence(
  rows: ProposalRows,
  tenantId: string,
  step: ProposalStep,
  markedEtag: string,
  marked: Marked,
): Promise<Result<SavedProposal> | 'retry'> {
  const { proposalId, circleId } = step;
  for (let attempt = 1; attempt <= maxAttempts; attempt += 1) {
    // A fence that failed (an answer landed since the read) reads again, behind the mark.
    const current = attempt === 1 ? marked.read : await rows.load(tenantId, circleId, proposalId);
    const proposal = rows.proposalOf(current);
    if (!current.circle || !current.header || current.header.etag !== markedEtag || !proposal || proposal.status !== 'consent-round')
      return 'retry';
    const fences = attempt === 1 ? marked.rest : fenceWrites(rows, current, proposalId);
    const etags = new Map<string, string>();
    let fenced = true;
    for (let i = 0; i < fences.length && fenced; i += fenceChunk) {
      const written = await rows.fence(tenantId, fences.slice(i, i + fenceChunk));
      for (const [rowKey, etag] of written ?? []) etags.set(rowKey, etag);
      fenced = written !== null;
    }
    if (!fenced) continue;

    const settled = fencedState(current, current.header, fences, etags);
    const circle = current.circle;
    const decided = step.decideAgain(circle, rows.proposalOf(settled));
    if (!decided.ok) {
      return (await rows.write(tenantId, [rows.headerWrite(proposalId, unmarked(current.header), markedEtag, current.header.eventCount)]))
        ? decided
        : 'retry';
    }
    const plan = writesFor(rows, settled, {
      ...stepped(step),
      alwaysHeader: true,
      next: decided.value.proposal,
      events: decided.value.events,
    });
    if (!(await rows.write(tenantId, plan.writes, step.teamsUser))) return 'retry';
    return ok({ circle, ...decided.value, reread: true });
  }
  throw new ContentionError('The consent round', maxAttempts);
}
