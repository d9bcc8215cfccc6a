import type { Result } from '../../shared';
import { ok } from '../../shared';
import { ContentionError, maxAttempts } from '../application/contention';
import type { LoadedProposal, ProposalStep, Readiness, SavedProposal } from '../application/ports/proposal-repository';
import { isStorageUnavailable } from '../application/storage-faults';
import { memberRowKey } from './proposal-keys';
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
    await rows.write(loaded.tenantId, [rows.headerWrite(proposalId, unmarked(loaded.header), loaded.header.etag, loaded.header.eventCount)]);
    return 'changed';
  }
  return mark === 'held' ? 'busy' : 'ready';
}

/**
 * Stores a decided step: at once, or, when it changes the proposal while its round
 * runs (closing, amending, withdrawing), behind the closing fence, so an answer
 * racing it is either in the state it decides on or refused, never silently lost.
 */
export async function saveStep(rows: ProposalRows, loaded: LoadedProposal, step: ProposalStep): Promise<Result<SavedProposal> | 'conflict'> {
  const circle = loaded.circle;
  if (!circle) return 'conflict';
  const plan = writesFor(rows, loaded, { ...stepped(step), next: step.decided.proposal, events: step.decided.events });
  if (plan.headerChanged && rows.proposalOf(loaded)?.status === 'consent-round') {
    const fenced = await stepBehindFence(rows, loaded, step);
    return fenced === 'retry' ? 'conflict' : fenced;
  }
  if ((plan.writes.length === 0 && !step.teamsUser) || (await rows.write(loaded.tenantId, plan.writes, step.teamsUser))) return ok({ circle, ...step.decided, reread: false });
  return 'conflict';
}

const stepped = (step: ProposalStep) => ({ proposalId: step.proposalId, now: step.now, operationId: step.operationId, alwaysHeader: !step.answer });

/**
 * 1. mark the header as closing (other steps now wait, then hear they may try again);
 * 2. rewrite every member row of the running revision under its ETag, creating the
 *    missing ones, so any answer written after our read fails its own ETag check;
 * 3. decide on what is stored and write the header, clearing the mark.
 * On every way out but success the mark is released, so the closer never waits on itself.
 */
async function stepBehindFence(rows: ProposalRows, loaded: LoadedProposal, step: ProposalStep): Promise<Result<SavedProposal> | 'retry'> {
  const header = loaded.header;
  if (!header) return 'retry';
  const marked = await rows.write(loaded.tenantId, [rows.headerWrite(step.proposalId, { ...unmarked(header), closingSince: step.now }, header.etag, header.eventCount)]);
  const markedEtag = marked?.values().next().value;
  if (markedEtag === undefined) return 'retry';
  const release = async () => {
    await rows.write(loaded.tenantId, [rows.headerWrite(step.proposalId, unmarked(header), markedEtag, header.eventCount)]);
  };
  try {
    const outcome = await decideBehindFence(rows, loaded.tenantId, step, markedEtag);
    if (outcome === 'retry') await release();
    return outcome;
  } catch (error) {
    // With storage down a release would wait out its own deadline in vain; the mark is broken once abandoned.
    if (!isStorageUnavailable(error)) await release().catch(() => undefined);
    throw error;
  }
}

async function decideBehindFence(rows: ProposalRows, tenantId: string, step: ProposalStep, markedEtag: string): Promise<Result<SavedProposal> | 'retry'> {
  const { proposalId, circleId } = step;
  for (let attempt = 1; attempt <= maxAttempts; attempt += 1) {
    const current = await rows.load(tenantId, circleId, proposalId);
    const proposal = rows.proposalOf(current);
    if (!current.circle || !current.header || current.header.etag !== markedEtag || !proposal || proposal.status !== 'consent-round') return 'retry';
    const round = proposal.round;
    const people = new Set([...round.eligible, ...Object.keys(round.answers)]);
    const fences: Write[] = [...people].map((personId) => {
      const stored = current.rows.get(memberRowKey(proposalId, round.revision, personId));
      const row = stored?.row ?? { personId, revision: round.revision, answer: null, objections: [], operations: [] };
      const { operations, ...memberRow } = row;
      return rows.memberWrite(proposalId, memberRow, operations, stored?.etag, stored?.eventCount ?? 0);
    });
    let fenced = true;
    for (let i = 0; i < fences.length && fenced; i += fenceChunk) fenced = (await rows.write(tenantId, fences.slice(i, i + fenceChunk))) !== null;
    if (!fenced) continue;

    const settled = await rows.load(tenantId, circleId, proposalId);
    const circle = settled.circle;
    // Our mark broken (we held it too long): an answer may have been written since the fence, so start again.
    if (!circle || !settled.header || settled.header.etag !== markedEtag) return 'retry';
    const decided = step.decideAgain(circle, rows.proposalOf(settled));
    if (!decided.ok) {
      return (await rows.write(tenantId, [rows.headerWrite(proposalId, unmarked(settled.header), markedEtag, settled.header.eventCount)])) ? decided : 'retry';
    }
    const plan = writesFor(rows, settled, { ...stepped(step), alwaysHeader: true, next: decided.value.proposal, events: decided.value.events });
    if (!(await rows.write(tenantId, plan.writes, step.teamsUser))) return 'retry';
    return ok({ circle, ...decided.value, reread: true });
  }
  throw new ContentionError('The consent round', maxAttempts);
}
