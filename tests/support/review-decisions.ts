import type { AnswerInput, CirclePolicy, Proposal, ProposalState, ReviewSubject, Structure } from '../../shared';
import { dayOf, facilitatorOf, proposalDecider, structureDecider } from '../../shared';
import { step } from './apply';
import { circleOf } from './care-coop';
import { now } from './clock';
import { admin, as } from './people';
import { rotaProposalAt } from './proposals';

export type AdoptedProposal = Extract<Proposal, { status: 'adopted' }>;

export interface DecisionScript {
  readonly proposalId: string;
  /** The circle deciding; Northside care team unless said otherwise. */
  readonly circleId?: string;
  /** A member of the circle; its first member unless said otherwise. */
  readonly author?: string;
  readonly title?: string;
  readonly reviewDate: string;
  readonly reviewOf?: ReviewSubject | null;
  /** When the proposal is drafted and taken to its consent round. */
  readonly draftedAt?: string;
  /** When the answers are given and the round is closed; the drafting moment unless said otherwise. */
  readonly decidedAt?: string;
  /** Who answers what; every member consents unless said otherwise. */
  readonly answers?: Readonly<Record<string, AnswerInput>>;
}

/** The proposal of a script taken through the real decider to its (synchronous) consent round, answers given. */
export function decisionInRound(structure: Structure, script: DecisionScript): ProposalState {
  const circle = circleOf(structure, script.circleId ?? 'northside');
  const author = script.author ?? circle.members[0]?.personId ?? 'nobody';
  const drafted = script.draftedAt ?? now;
  const decided = script.decidedAt ?? drafted;
  const facilitator = facilitatorOf(circle, author, dayOf(drafted));
  const proposalId = script.proposalId;
  let state: ProposalState = { circle, proposal: null };
  state = step(
    proposalDecider,
    state,
    {
      type: 'draft-proposal',
      proposalId,
      title: script.title ?? `Decision ${proposalId}`,
      text: `What ${circle.name} decided in ${proposalId}.`,
      reviewDate: script.reviewDate,
      reviewOf: script.reviewOf ?? null,
    },
    as(author),
    drafted,
  );
  state = step(proposalDecider, state, { type: 'present-proposal', proposalId }, as(author), drafted);
  for (const type of ['open-clarifying-questions', 'open-quick-reactions'] as const) {
    state = step(proposalDecider, state, { type, proposalId }, as(facilitator), drafted);
  }
  state = step(proposalDecider, state, { type: 'open-consent-round', proposalId, options: { mode: 'sync' } }, as(facilitator), drafted);
  const answers = script.answers ?? Object.fromEntries(circle.members.map((m) => [m.personId, { kind: 'consent' } as AnswerInput]));
  for (const [personId, answer] of Object.entries(answers)) {
    state = step(proposalDecider, state, { type: 'answer', proposalId, answer }, as(personId), decided);
  }
  return state;
}

/** Closes a synchronous round with those who answered present, as the circle's facilitator. */
export function closeRound(state: ProposalState, at: string): ProposalState {
  const proposal = state.proposal;
  if (!proposal || !('round' in proposal) || !proposal.round) throw new Error('no round to close');
  const facilitator = facilitatorOf(state.circle, proposal.author, dayOf(at));
  return step(
    proposalDecider,
    state,
    { type: 'close-consent-round', proposalId: proposal.proposalId, present: Object.keys(proposal.round.answers) },
    as(facilitator),
    at,
  );
}

/** An adopted decision made through the real decider: drafted, consented to, closed by the facilitator. */
export function adoptedDecision(structure: Structure, script: DecisionScript): AdoptedProposal {
  const state = closeRound(decisionInRound(structure, script), script.decidedAt ?? script.draftedAt ?? now);
  const proposal = state.proposal;
  if (proposal?.status !== 'adopted') throw new Error(`${script.proposalId} was not adopted: ${proposal?.status}`);
  return proposal;
}

/** The weekend-rota proposal of Northside adopted as the brief describes: a meeting round, everyone consents, Hana closes. */
export function adoptedRota(structure: Structure, at: string = now): AdoptedProposal {
  let state = rotaProposalAt(structure, 'consent-round', { mode: 'sync', at });
  for (const name of ['amara', 'dev', 'farid', 'grace', 'hana']) {
    state = step(proposalDecider, state, { type: 'answer', proposalId: 'weekend-rota', answer: { kind: 'consent' } }, as(name), at);
  }
  state = step(proposalDecider, state, { type: 'close-consent-round', proposalId: 'weekend-rota' }, as('hana'), at);
  if (state.proposal?.status !== 'adopted') throw new Error('the weekend rota was not adopted');
  return state.proposal;
}

/** A circle's policy changed the way the circle would change it: through the structure decider. */
export function withCirclePolicy(structure: Structure, circleId: string, change: Partial<CirclePolicy>): Structure {
  const policy = { ...circleOf(structure, circleId).policy, ...change };
  return step(structureDecider, structure, { type: 'set-circle-policy', circleId, policy }, admin, now);
}

/** Runs structure commands as the organisation admin at a given moment. */
export function changed(structure: Structure, commands: readonly object[], at: string = now): Structure {
  return commands.reduce<Structure>((s, command) => step(structureDecider, s, command, admin, at), structure);
}
