import type { Circle } from '../circles/circle';
import { isMember } from '../circles/circle';
import type { ConsentRound } from '../consent/consent-round';
import { countedEligible, hasAnswered } from '../consent/consent-round';
import type { Proposal } from '../consent/proposal';
import type { PersonId } from '../kernel/ids';
import { own } from '../kernel/records';
import type { Selection } from '../selection/selection';

/** Those asked when the round opened who have not answered yet, still members or not: whom an inbox keeps it for. */
export function roundAsks(round: ConsentRound): PersonId[] {
  return round.eligible.filter((personId) => !hasAnswered(round, personId));
}

/** Asked when the round opened, still a member, and not yet answered: the round waits for them. */
export function roundAwaits(round: ConsentRound, circle: Circle, personId: PersonId): boolean {
  return countedEligible(round, circle).includes(personId) && !hasAnswered(round, personId);
}

/** Whether a proposal waits for this person's answer: only a running consent round asks anything of anyone. */
export function proposalAwaits(proposal: Proposal, circle: Circle, personId: PersonId): boolean {
  return proposal.status === 'consent-round' && roundAwaits(proposal.round, circle, personId);
}

/**
 * Whether a role selection waits for this person: a nomination from a member of
 * the selecting circle who has made none yet, or their answer in its consent round.
 */
export function selectionAwaits(selection: Selection, selectingCircle: Circle, personId: PersonId): boolean {
  if (selection.status === 'nominations') return isMember(selectingCircle, personId) && own(selection.nominations, personId) === undefined;
  return selection.status === 'consent-round' && roundAwaits(selection.round, selectingCircle, personId);
}

/** How a running round stands, as the core counts it: only those asked who are still members. */
export interface RoundTally {
  readonly asked: number;
  readonly answered: number;
  /** Those counted whose answer is still awaited. */
  readonly awaiting: readonly PersonId[];
}

export function roundTally(round: ConsentRound, circle: Circle): RoundTally {
  const counted = countedEligible(round, circle);
  const awaiting = counted.filter((personId) => !hasAnswered(round, personId));
  return { asked: counted.length, answered: counted.length - awaiting.length, awaiting };
}

/** The tally of a proposal's round while it runs (answering or integrating an objection); none otherwise. */
export function proposalTally(proposal: Proposal, circle: Circle): RoundTally | null {
  return proposal.status === 'consent-round' || proposal.status === 'integration' ? roundTally(proposal.round, circle) : null;
}

/** The tally of a selection's consent round while it runs, counted in the selecting circle; none otherwise. */
export function selectionTally(selection: Selection, selectingCircle: Circle): RoundTally | null {
  return selection.status === 'consent-round' || selection.status === 'integration' ? roundTally(selection.round, selectingCircle) : null;
}
