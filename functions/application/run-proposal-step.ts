import type { Actor, Circle, Proposal, ProposalEvent, Result } from '../../shared';
import {
  Id,
  fail,
  ok,
  parse,
  proposalCircles,
  proposalDeadline,
  proposalDecider,
  reviewsChangedByDecision,
  transition,
} from '../../shared';
import type { TeamsUser } from './ports/conversation-repository';
import type { DecidedProposal, LoadedProposal, ProposalRepository } from './ports/proposal-repository';
import type { InStep } from './handle-command';
import { handleCommand } from './handle-command';
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
  /** The acting person's Teams user id, kept in their conversation by the step's own write. */
  readonly teamsUser?: TeamsUser;
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
 * Runs one step of a consent decision through the command handler. An answer costs
 * one query and one write of the member's own row, so members answering at once
 * never contend. A step that changes the proposal while its round runs (closing,
 * amending, withdrawing) is stored behind the closing fence (the repository's
 * `save`), so an answer racing it is either in the state it decides on or refused,
 * never silently lost. With `inStep`, what follows the step is kept in step, and people are told of it.
 */
export async function runProposalStep(
  store: ProposalRepository,
  asked: ProposalStepRequest,
  inStep?: InStep,
): Promise<Result<ProposalStepOutcome>> {
  const operationId = callerOperation(asked.actor, asked.operationId);
  const request: ProposalStepRequest = { ...asked, ...(operationId === undefined ? {} : { operationId }) };
  if (typeof request.command !== 'object' || request.command === null || Array.isArray(request.command)) {
    return fail('invalid-input', { key: 'stepNotAnObject', values: { example: '{"type":"answer","answer":{"kind":"consent"}}' } }, 'body');
  }
  // Keys are built from the id as the core reads it (trimmed), so " x" and "x" are one proposal.
  const parsedId = parse(Id, (request.command as { proposalId?: unknown }).proposalId, 'proposalId');
  if (!parsedId.ok) return parsedId;
  const proposalId = parsedId.value;
  // An answer touches only the member's own row, and never rewrites the header.
  const answerBy =
    (request.command as { type?: unknown }).type === 'answer' && request.actor.kind === 'person' ? request.actor.personId : undefined;
  // Unless the caller read the whole proposal already, an answer reads just that row (the returned proposal then carries only their answer).
  const ownRowOnly = request.loaded ? undefined : answerBy;
  const partial = ownRowOnly !== undefined;
  const noCircle = () => fail('not-found', { key: 'noCircle', values: { circleId: request.circleId } }, 'circleId');
  const decide = (circle: Circle, proposal: Proposal | null): Result<DecidedProposal> => {
    const decided = transition(proposalDecider, { circle, proposal }, request.command, request.actor, request.now);
    return decided.ok ? ok({ proposal: decided.value.state.proposal as Proposal, events: decided.value.events }) : decided;
  };
  return handleCommand<LoadedProposal, DecidedProposal, ProposalStepOutcome>(
    {
      what: 'proposal',
      load: (attempt) =>
        attempt === 1 && request.loaded
          ? Promise.resolve(request.loaded)
          : store.load(request.tenantId, request.circleId, proposalId, ownRowOnly),
      settled: (loaded) => {
        const circle = loaded.circle;
        if (!circle) return noCircle();
        const proposal = store.proposalOf(loaded);
        if (!proposal) return null;
        if (proposal.circleId !== request.circleId)
          return fail('not-found', { key: 'noRecordInThisCircle', values: { record: 'proposal', id: proposalId } }, 'proposalId');
        if (store.applied(loaded, request.operationId)) return ok({ circle, proposal, events: [], replayed: true, partial });
        if (request.expectedRevision !== undefined && proposal.revision !== request.expectedRevision) {
          return fail(
            'wrong-stage',
            { key: 'actedOnOldRevision', values: { acted: request.expectedRevision, current: proposal.revision } },
            'revision',
          );
        }
        return null;
      },
      readiness: (loaded) => store.readiness(loaded, proposalId, request.now),
      decide: (loaded) => (loaded.circle ? decide(loaded.circle, store.proposalOf(loaded)) : noCircle()),
      save: async (loaded, decided) => {
        const saved = await store.save(loaded, {
          circleId: request.circleId,
          proposalId,
          now: request.now,
          answer: answerBy !== undefined,
          decided,
          decideAgain: decide,
          ...(request.operationId === undefined ? {} : { operationId: request.operationId }),
          ...(request.teamsUser === undefined ? {} : { teamsUser: request.teamsUser }),
        });
        if (saved === 'conflict' || !saved.ok) return saved;
        const { reread, ...stored } = saved.value;
        return ok({ ...stored, replayed: false, partial: partial && !reread });
      },
      changeOf: (outcome) => ({
        events: outcome.events,
        reviews: reviewsChangedByDecision(outcome.circle, outcome.proposal),
        circles: proposalCircles(outcome.proposal),
      }),
      deadlineShift: (loaded, decided) => ({
        kind: 'proposal',
        recordId: proposalId,
        circleId: request.circleId,
        before: proposalDeadline(store.proposalOf(loaded)),
        after: proposalDeadline(decided.proposal),
      }),
      // An answer read only its own row: the card's tally needs everyone's, so the whole proposal is read
      // (where there is a card: a circle bound to no conversation shows none).
      noticeOf: async (outcome) => {
        const reread = outcome.partial && outcome.circle.binding !== null;
        const whole = reread ? store.proposalOf(await store.load(request.tenantId, request.circleId, proposalId)) : null;
        return { record: { kind: 'proposal', circle: outcome.circle, proposal: whole ?? outcome.proposal }, events: outcome.events };
      },
    },
    inStep,
  );
}
