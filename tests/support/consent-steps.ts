import type { Actor, AnswerInput, CirclePolicy, Proposal, ProposalEvent, ProposalStage, ProposalState, Structure } from '../../shared';
import { proposalDecider, transition } from '../../shared';
import { refusal, step } from './apply';
import { careCoop, circleOf } from './care-coop';
import { now } from './clock';
import { as } from './people';
import { rotaProposalAt } from './proposals';
import { changed, withCirclePolicy } from './review-decisions';
import { wordsOf, type ReadRefusal } from './refusal-words';

/** The weekend-rota proposal's id: Dev's proposal in the Northside care team. */
export const rota = 'weekend-rota';

/** Northside's members as they stand in the care co-op; Hana facilitates, Dev is the author. */
export const northsiders = ['amara', 'dev', 'farid', 'grace', 'hana'] as const;

/** One step of the rota proposal, which must be accepted. */
export function act(state: ProposalState, command: object, actor: Actor | string, at: string = now): ProposalState {
  return step(proposalDecider, state, { proposalId: rota, ...command }, typeof actor === 'string' ? as(actor) : actor, at);
}

/** One step of the rota proposal, which must be refused. */
export function refused(state: ProposalState, command: object, actor: Actor | string, at: string = now): ReadRefusal {
  return refusal(proposalDecider, state, { proposalId: rota, ...command }, typeof actor === 'string' ? as(actor) : actor, at);
}

/** The events of one accepted step of the rota proposal. */
export function eventsOf(state: ProposalState, command: object, actor: Actor | string, at: string = now): readonly ProposalEvent[] {
  const result = transition(proposalDecider, state, { proposalId: rota, ...command }, typeof actor === 'string' ? as(actor) : actor, at);
  if (!result.ok) throw new Error(`${result.error.code}: ${wordsOf(result.error)}`);
  return result.value.events;
}

/** A member answers in the round. */
export function answer(state: ProposalState, name: string, input: AnswerInput, at: string = now): ProposalState {
  return act(state, { type: 'answer', answer: input }, name, at);
}

/** Several members answer, in order. */
export function answers(state: ProposalState, given: ReadonlyArray<readonly [string, AnswerInput]>, at: string = now): ProposalState {
  return given.reduce((s, [name, input]) => answer(s, name, input, at), state);
}

export const consent: AnswerInput = { kind: 'consent' };
export const concern = (text: string): AnswerInput => ({ kind: 'concern', text });
export const objection = (text: string): AnswerInput => ({ kind: 'object', text });
export const standAside: AnswerInput = { kind: 'stand-aside' };

/** Everyone in Northside consents. */
export function allConsent(state: ProposalState, at: string = now): ProposalState {
  return answers(
    state,
    northsiders.map((name) => [name, consent] as const),
    at,
  );
}

/** The rota proposal taken to a stage in a co-op changed by structure commands first (run by the admin). */
export function rotaIn(structure: Structure, stage: ProposalStage, options: { mode?: 'sync' | 'async'; at?: string } = {}): ProposalState {
  return rotaProposalAt(structure, stage, options);
}

/** The rota proposal at its consent round in the unchanged care co-op. */
export function rotaRound(mode: 'sync' | 'async' = 'async', at: string = now): ProposalState {
  return rotaProposalAt(careCoop(), 'consent-round', { mode, at });
}

/** The rota proposal at its consent round, in a Northside with a changed closing or stand-aside policy. */
export function rotaRoundWithPolicy(change: Partial<CirclePolicy>, mode?: 'sync' | 'async', at: string = now): ProposalState {
  const options = mode ? { mode, at } : { at };
  return rotaProposalAt(withCirclePolicy(careCoop(), 'northside', change), 'consent-round', options);
}

/**
 * The circle changes while the proposal runs, the way it would change: structure
 * commands run by the organisation admin, and the proposal then sees Northside as it is.
 */
export function circleChanged(state: ProposalState, commands: readonly object[], at: string = now): ProposalState {
  const structure = changed(careCoopWith(state), commands, at);
  return { ...state, circle: circleOf(structure, 'northside') };
}

/** The care co-op with Northside as the proposal currently sees it. */
function careCoopWith(state: ProposalState): Structure {
  const coop = careCoop();
  return { ...coop, circles: { ...coop.circles, northside: state.circle } };
}

export const newcomer = { personId: 'ivo', displayName: 'Ivo Novak', guest: false } as const;

/** The proposal of a state, which must exist. */
export function proposalOf(state: ProposalState): Proposal {
  if (!state.proposal) throw new Error('no proposal');
  return state.proposal;
}

/** The proposal of a state, which must be at one of the given stages. */
export function proposalAt<S extends Proposal['status']>(state: ProposalState, status: S): Extract<Proposal, { status: S }> {
  const proposal = proposalOf(state);
  if (proposal.status !== status) throw new Error(`the proposal is ${proposal.status}, not ${status}`);
  return proposal as Extract<Proposal, { status: S }>;
}

/** The round of a proposal in or after its consent round. */
export function roundOf(state: ProposalState) {
  const proposal = proposalOf(state);
  if (!('round' in proposal) || !proposal.round) throw new Error(`no round at ${proposal.status}`);
  return proposal.round;
}

export function openObjectorsOf(state: ProposalState): string[] {
  return proposalOf(state)
    .objections.filter((o) => o.status === 'open')
    .map((o) => o.objector);
}
