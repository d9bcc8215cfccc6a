import type { Actor, Circle, Proposal, ProposalEvent, Result } from '../../shared';
import { Id, fail, ok, parse, proposalDecider, transition } from '../../shared';
import type { DecidedProposal, LoadedProposal, ProposalRepository } from './ports/proposal-repository';
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

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

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
    if (proposal && store.applied(loaded, request.operationId)) return ok({ circle, proposal, events: [], replayed: true, partial });
    if (proposal && request.expectedRevision !== undefined && proposal.revision !== request.expectedRevision) {
      return fail('wrong-stage', `You acted on revision ${request.expectedRevision}; the proposal has been amended since. Read revision ${proposal.revision}, then act on it.`, 'revision');
    }
    const readiness = await store.readiness(loaded, proposalId, request.now);
    if (readiness === 'busy') {
      if (attempt === maxAttempts) throw new CloseUnderWay(maxAttempts);
      await pause(25 * attempt);
      continue;
    }
    if (readiness === 'changed') continue;
    const decide = (on: Circle, stored: Proposal | null): Result<DecidedProposal> => {
      const decided = transition(proposalDecider, { circle: on, proposal: stored }, request.command, request.actor, request.now);
      return decided.ok ? ok({ proposal: decided.value.state.proposal as Proposal, events: decided.value.events }) : decided;
    };
    const decided = decide(circle, proposal);
    if (!decided.ok) return decided;
    const saved = await store.save(loaded, {
      circleId: request.circleId,
      proposalId,
      now: request.now,
      answer: answerBy !== undefined,
      decided: decided.value,
      decideAgain: decide,
      ...(request.operationId === undefined ? {} : { operationId: request.operationId }),
    });
    if (saved === 'conflict') continue;
    if (!saved.ok) return saved;
    const { reread, ...stored } = saved.value;
    return ok({ ...stored, replayed: false, partial: partial && !reread });
  }
  throw new ContentionError('The proposal', maxAttempts);
}
