import type { Circle } from '../circles/circle';
import { isMember } from '../circles/circle';
import type { ConsentRound } from '../consent/consent-round';
import { countedEligible, hasAnswered } from '../consent/consent-round';
import type { Proposal } from '../consent/proposal';
import type { PersonId } from '../kernel/ids';
import { own } from '../kernel/records';
import type { Selection } from '../selection/selection';

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
