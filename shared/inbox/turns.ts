import type { Circle, Structure } from '../circles/circle';
import { findCircle } from '../circles/circle';
import { facilitatorOf } from '../consent/facilitation';
import type { Proposal } from '../consent/proposal';
import type { ProposalEvent } from '../consent/proposal-events';
import type { Instant, PersonId } from '../kernel/ids';
import { dayOf } from '../kernel/time';
import type { Selection } from '../selection/selection';
import type { SelectionEvent } from '../selection/selection-events';
import { countedEligible, hasAnswered } from '../consent/consent-round';
import { roundAwaits } from './awaiting';
import type { InboxEntry } from './inbox';
import { proposalInbox, selectionInbox } from './inbox';

const hasAny = (events: readonly { readonly type: string }[], types: readonly string[]) =>
  events.some((event) => types.includes(event.type));

/**
 * Steps that change nothing the circle's card shows: a draft is its author's until it
 * is presented, and the facilitator's reminder is a message of its own.
 */
const unseen: readonly string[] = ['proposal-drafted', 'draft-edited', 'awaited-reminded'] satisfies ProposalEvent['type'][];

/** Whether a step's events change what the circle sees of the record: any step but drafting and reminding. */
export function circleSees(events: readonly (ProposalEvent | SelectionEvent)[]): boolean {
  return events.some((event) => !unseen.includes(event.type));
}

/**
 * Whether the step opened a round that asks people something: a consent round (a
 * new one on an amended revision, which asks everyone again), or a selection's nominations.
 */
export function opensRound(events: readonly (ProposalEvent | SelectionEvent)[]): boolean {
  return events.some(
    (event) =>
      event.type === 'consent-round-opened' ||
      event.type === 'candidate-proposed' ||
      event.type === 'selection-started' ||
      (event.type === 'proposal-amended' && event.round !== null),
  );
}

/**
 * The candidate answers last: an answer that leaves everyone else asked answered
 * makes it the candidate's turn, though the selection's stage stays as it was.
 */
export function candidateNowAsked(selection: Selection, selectingCircle: Circle, events: readonly SelectionEvent[]): boolean {
  if (selection.status !== 'consent-round') return false;
  const { candidate } = selection.proposal;
  if (!events.some((event) => event.type === 'answer-given' && event.by !== candidate)) return false;
  const others = countedEligible(selection.round, selectingCircle).filter((personId) => personId !== candidate);
  return roundAwaits(selection.round, selectingCircle, candidate) && others.every((personId) => hasAnswered(selection.round, personId));
}

/** Whose turn a step made it, and for what. */
export interface Turn {
  readonly personId: PersonId;
  readonly awaits: 'answer' | 'nomination' | 'integration';
}

/** What an inbox entry asks, as a turn: the candidate answers like anyone asked; amending and withdrawing are integration. */
const turnOf: Readonly<Record<InboxEntry['awaits'], Turn['awaits']>> = {
  answer: 'answer',
  'candidate-answer': 'answer',
  nomination: 'nomination',
  amendment: 'integration',
  objection: 'integration',
};

/**
 * Those whose turn a proposal's step made it: everyone asked when a round opens;
 * the author when an objection sends the proposal to integration (they amend it).
 */
export function proposalTurns(proposal: Proposal, circle: Circle, events: readonly ProposalEvent[]): Turn[] {
  if (opensRound(events)) return [...proposalInbox(proposal, circle).keys()].map((personId) => ({ personId, awaits: 'answer' }));
  if (proposal.status === 'integration' && hasAny(events, ['integration-started']))
    return [{ personId: proposal.author, awaits: 'integration' }];
  return [];
}

/**
 * Those whose turn a selection's step made it: the selecting circle's members when
 * nominations open, everyone asked when a consent round on a candidate opens, and the
 * facilitator when an objection sends the proposal to integration (they amend it),
 * and the candidate once everyone else asked has answered.
 */
export function selectionTurns(selection: Selection, structure: Structure, events: readonly SelectionEvent[], now: Instant): Turn[] {
  if (opensRound(events)) {
    return [...selectionInbox(selection, structure)].map(([personId, entry]) => ({ personId, awaits: turnOf[entry.awaits] }));
  }
  const selecting = findCircle(structure, selection.selectingCircleId);
  if (selection.status === 'integration' && selecting && hasAny(events, ['integration-started'])) {
    return [{ personId: facilitatorOf(selecting, selection.startedBy, dayOf(now)), awaits: 'integration' }];
  }
  if (selecting && selection.status === 'consent-round' && candidateNowAsked(selection, selecting, events))
    return [{ personId: selection.proposal.candidate, awaits: 'answer' }];
  return [];
}
