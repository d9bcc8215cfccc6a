import type { Actor, Circle, Proposal, ProposalEvent, Result } from '../../shared';
import { Id, fail, ok, parse, proposalDecider, transition } from '../../shared';
import { canonicalJson } from '../storage/canonical-json';
import { splitProposal } from '../storage/proposal-rows';
import type { LoadedProposal, MemberRow, ProposalRepository, StoredHeader, Write } from './ports/proposal-repository';
import { memberRowKey } from '../storage/proposal-store';
import { isStorageUnavailable } from './storage-faults';
import { CloseUnderWay, ContentionError, maxAttempts } from './contention';
import { callerOperation } from './operations';

export interface ProposalStepRequest {
  readonly tenantId: string;
  readonly circleId: string;
  readonly command: unknown;
  readonly actor: Actor;
  readonly now: string;
  /** Teams retries invokes: the same operation id is applied once. */
  readonly operationId?: string;
  /**
   * The revision the person acted on (a card shows one): checked on the state the
   * step is decided on, so a step never lands on a revision the person has not read.
   */
  readonly expectedRevision?: number;
  /**
   * The proposal as the caller has just read it with `load` (a card reads it anyway
   * to build the commands): the first attempt decides on it instead of reading
   * again, and every read is of the whole proposal, so the outcome is never partial.
   */
  readonly loaded?: LoadedProposal;
}

export interface ProposalStepOutcome {
  /** The circle the step was decided in, as read: with `proposal`, all a card needs to show the new state. */
  readonly circle: Circle;
  readonly proposal: Proposal;
  /** True after an answer: only the member's own row was read, so `proposal` holds only their answer. */
  readonly partial: boolean;
  readonly events: readonly ProposalEvent[];
  /** True when this operation id had been applied before and nothing was written now. */
  readonly replayed: boolean;
}

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
const keptOperations = { header: 50, row: 5 };

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Mark = 'none' | 'held' | 'abandoned';

function markOf(loaded: LoadedProposal, now: string): Mark {
  const since = loaded.header?.closingSince;
  if (since === null || since === undefined) return 'none';
  return Date.parse(now) - Date.parse(since) < fenceHoldLimitMs ? 'held' : 'abandoned';
}

const unmarked = (header: StoredHeader): StoredHeader => ({ proposal: header.proposal, closingSince: null, operations: header.operations });

function alreadyApplied(loaded: LoadedProposal, operationId: string | undefined): boolean {
  if (operationId === undefined) return false;
  return (loaded.header?.operations.includes(operationId) ?? false) || [...loaded.rows.values()].some((stored) => stored.row.operations.includes(operationId));
}

const remember = (operations: readonly string[], operationId: string | undefined, keep: number) =>
  operationId === undefined ? [...operations] : [operationId, ...operations].slice(0, keep);

/** What a step writes besides the state: the events it decided, at `now`. */
interface Appended {
  readonly events: readonly ProposalEvent[];
  readonly now: string;
}

/**
 * The rows a step changes: the header when it changed, each member row that
 * changed, and one row of its events. Every step but an answer rewrites the header
 * under its ETag, even when the header is unchanged, so two such steps racing (two
 * objectors withdrawing in integration) conflict and the second decides again on
 * what the first wrote. The events are counted on the header when it is written,
 * otherwise on the one member row an answer writes, so an answer stays one write
 * of rows no other member touches.
 */
function writesFor(store: ProposalRepository, loaded: LoadedProposal, proposalId: string, next: Proposal, operationId: string | undefined, alwaysHeader: boolean, appended: Appended) {
  const split = splitProposal(next);
  const storedRow = (row: MemberRow) => loaded.rows.get(memberRowKey(proposalId, row.revision, row.personId));
  const changedRows = split.rows.filter((row) => {
    const stored = storedRow(row);
    const { operations: _operations, ...before } = stored?.row ?? { operations: [] };
    return !stored || canonicalJson(before) !== canonicalJson(row);
  });
  const headerChanged = !loaded.header || canonicalJson(loaded.header.proposal) !== canonicalJson(split.header);
  const [onlyRow] = changedRows;
  const countedOn: MemberRow | 'header' | null = appended.events.length === 0 ? null : headerChanged || alwaysHeader || changedRows.length !== 1 || !onlyRow ? 'header' : onlyRow;
  const rows: Write[] = changedRows.map((row) => {
    const stored = storedRow(row);
    const eventCount = (stored?.eventCount ?? 0) + (countedOn === row ? 1 : 0);
    return store.memberWrite(proposalId, row, remember(stored?.row.operations ?? [], operationId, keptOperations.row), stored?.etag, eventCount);
  });
  const headerCount = (loaded.header?.eventCount ?? 0) + (countedOn === 'header' ? 1 : 0);
  const header = headerChanged || alwaysHeader || countedOn === 'header'
    ? [store.headerWrite(proposalId, { proposal: split.header, closingSince: null, operations: remember(loaded.header?.operations ?? [], operationId, keptOperations.header) }, loaded.header?.etag, headerCount, next)]
    : [];
  const events: Write[] = [];
  if (countedOn === 'header') events.push(store.eventWrite(proposalId, { kind: 'header' }, headerCount, appended.now, appended.events));
  else if (countedOn) {
    const stream = { kind: 'member', personId: countedOn.personId, revision: countedOn.revision } as const;
    events.push(store.eventWrite(proposalId, stream, (storedRow(countedOn)?.eventCount ?? 0) + 1, appended.now, appended.events));
  }
  return { headerChanged, writes: [...header, ...rows, ...events] };
}

/**
 * Runs one step of a consent decision against storage. An answer costs one query
 * and one write of the member's own row, so members answering at once never
 * contend. A step that changes the proposal while its round runs (closing,
 * amending, withdrawing) first fences every member row, so an answer racing it is
 * either in the state it decides on or refused, never silently lost.
 */
export async function runProposalStep(store: ProposalRepository, asked: ProposalStepRequest): Promise<Result<ProposalStepOutcome>> {
  const operationId = callerOperation(asked.actor, asked.operationId);
  const request: ProposalStepRequest = { ...asked, ...(operationId === undefined ? {} : { operationId }) };
  if (typeof request.command !== 'object' || request.command === null || Array.isArray(request.command)) {
    return fail('invalid-input', 'A step is a JSON object such as {"type":"answer","answer":{"kind":"consent"}}.', 'body');
  }
  // Keys are built from the id as the core reads it (trimmed), so " x" and "x" are one proposal.
  const parsedId = parse(Id, (request.command as { proposalId?: unknown }).proposalId, 'proposalId');
  if (!parsedId.ok) return parsedId;
  const proposalId = parsedId.value;
  // An answer touches only the member's own row, and never rewrites the header.
  const answerBy = (request.command as { type?: unknown }).type === 'answer' && request.actor.kind === 'person' ? request.actor.personId : undefined;
  // Unless the caller read the whole proposal already, an answer reads just that row (the returned proposal then carries only their answer).
  const ownRowOnly = request.loaded ? undefined : answerBy;
  const partial = ownRowOnly !== undefined;
  for (let attempt = 1; attempt <= maxAttempts; attempt += 1) {
    const loaded = attempt === 1 && request.loaded ? request.loaded : await store.load(request.tenantId, request.circleId, proposalId, ownRowOnly);
    const circle = loaded.circle;
    if (!circle) return fail('not-found', `There is no circle “${request.circleId}”.`, 'circleId');
    const proposal = store.proposalOf(loaded);
    if (proposal && proposal.circleId !== request.circleId) return fail('not-found', `There is no proposal “${proposalId}” in this circle.`, 'proposalId');
    if (proposal && alreadyApplied(loaded, request.operationId)) return ok({ circle, proposal, events: [], replayed: true, partial });
    if (proposal && request.expectedRevision !== undefined && proposal.revision !== request.expectedRevision) {
      return fail('wrong-stage', `You acted on revision ${request.expectedRevision}; the proposal has been amended since. Read revision ${proposal.revision}, then act on it.`, 'revision');
    }
    const mark = markOf(loaded, request.now);
    if (mark === 'held') {
      if (attempt === maxAttempts) throw new CloseUnderWay(maxAttempts);
      await pause(25 * attempt);
      continue;
    }
    if (mark === 'abandoned' && loaded.header) {
      // Whether this write or another step's breaks the mark, the next attempt reads an unmarked header.
      await store.write(request.tenantId, [store.headerWrite(proposalId, unmarked(loaded.header), loaded.header.etag, loaded.header.eventCount)]);
      continue;
    }
    const decided = transition(proposalDecider, { circle, proposal }, request.command, request.actor, request.now);
    if (!decided.ok) return decided;
    const next = decided.value.state.proposal as Proposal;
    const plan = writesFor(store, loaded, proposalId, next, request.operationId, answerBy === undefined, { events: decided.value.events, now: request.now });
    if (plan.headerChanged && proposal?.status === 'consent-round') {
      const fenced = await stepBehindFence(store, request, proposalId, loaded);
      if (fenced === 'retry') continue;
      return fenced;
    }
    if (plan.writes.length === 0 || (await store.write(request.tenantId, plan.writes))) {
      return ok({ circle, proposal: next, events: decided.value.events, replayed: false, partial });
    }
  }
  throw new ContentionError('The proposal', maxAttempts);
}

/**
 * 1. mark the header as closing (other steps now wait, then hear they may try again);
 * 2. rewrite every member row of the running revision under its ETag, creating the
 *    missing ones, so any answer written after our read fails its own ETag check;
 * 3. decide on what is stored and write the header, clearing the mark.
 * On every way out but success the mark is released, so the closer never waits on itself.
 */
async function stepBehindFence(
  store: ProposalRepository,
  request: ProposalStepRequest,
  proposalId: string,
  loaded: LoadedProposal,
): Promise<Result<ProposalStepOutcome> | 'retry'> {
  const header = loaded.header;
  if (!header) return 'retry';
  const marked = await store.write(request.tenantId, [store.headerWrite(proposalId, { ...unmarked(header), closingSince: request.now }, header.etag, header.eventCount)]);
  const markedEtag = marked?.values().next().value;
  if (markedEtag === undefined) return 'retry';
  const release = async () => {
    await store.write(request.tenantId, [store.headerWrite(proposalId, unmarked(header), markedEtag, header.eventCount)]);
  };
  try {
    const outcome = await decideBehindFence(store, request, proposalId, markedEtag);
    if (outcome === 'retry') await release();
    return outcome;
  } catch (error) {
    // With storage down a release would wait out its own deadline in vain; the mark is broken once abandoned.
    if (!isStorageUnavailable(error)) await release().catch(() => undefined);
    throw error;
  }
}

async function decideBehindFence(
  store: ProposalRepository,
  request: ProposalStepRequest,
  proposalId: string,
  markedEtag: string,
): Promise<Result<ProposalStepOutcome> | 'retry'> {
  for (let attempt = 1; attempt <= maxAttempts; attempt += 1) {
    const current = await store.load(request.tenantId, request.circleId, proposalId);
    const proposal = store.proposalOf(current);
    if (!current.circle || !current.header || current.header.etag !== markedEtag || !proposal || proposal.status !== 'consent-round') return 'retry';
    const round = proposal.round;
    const people = new Set([...round.eligible, ...Object.keys(round.answers)]);
    const fences: Write[] = [...people].map((personId) => {
      const stored = current.rows.get(memberRowKey(proposalId, round.revision, personId));
      const row = stored?.row ?? { personId, revision: round.revision, answer: null, objections: [], operations: [] };
      const { operations, ...memberRow } = row;
      return store.memberWrite(proposalId, memberRow, operations, stored?.etag, stored?.eventCount ?? 0);
    });
    let fenced = true;
    for (let i = 0; i < fences.length && fenced; i += fenceChunk) fenced = (await store.write(request.tenantId, fences.slice(i, i + fenceChunk))) !== null;
    if (!fenced) continue;

    const settled = await store.load(request.tenantId, request.circleId, proposalId);
    const circle = settled.circle;
    // Our mark broken (we held it too long): an answer may have been written since the fence, so start again.
    if (!circle || !settled.header || settled.header.etag !== markedEtag) return 'retry';
    const decided = transition(proposalDecider, { circle, proposal: store.proposalOf(settled) }, request.command, request.actor, request.now);
    if (!decided.ok) {
      return (await store.write(request.tenantId, [store.headerWrite(proposalId, unmarked(settled.header), markedEtag, settled.header.eventCount)])) ? decided : 'retry';
    }
    const next = decided.value.state.proposal as Proposal;
    const plan = writesFor(store, settled, proposalId, next, request.operationId, true, { events: decided.value.events, now: request.now });
    if (!(await store.write(request.tenantId, plan.writes))) return 'retry';
    return ok({ circle, proposal: next, events: decided.value.events, replayed: false, partial: false });
  }
  throw new ContentionError('The consent round', maxAttempts);
}
