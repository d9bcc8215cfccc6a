import type { Circle } from '../circles/circle';
import { facilitatorOf } from '../consent/facilitation';
import type { Proposal } from '../consent/proposal';
import type { CalendarDate, PersonId } from '../kernel/ids';
import type { Selection } from '../selection/selection';

/**
 * Guided facilitation: at every stage, in plain words, what happens now, who acts and
 * what comes next, so a circle new to sociocracy can run its first decision without a
 * trainer. The bot's cards and the tab say the same thing.
 */
const nameIn = (circle: Circle) => (personId: PersonId) => circle.members.find((m) => m.personId === personId)?.displayName ?? personId;

/** What happens now, who acts and what comes next: the guide a circle new to sociocracy needs at every stage. */
export function proposalGuide(proposal: Proposal, circle: Circle, day: CalendarDate): string {
  const facilitator = nameIn(circle)(facilitatorOf(circle, proposal.author, day));
  const author = nameIn(circle)(proposal.author);
  switch (proposal.status) {
    case 'draft':
      return `${author} is drafting this proposal. Next: ${author} (or ${facilitator}, the facilitator) presents it to the circle.`;
    case 'presented':
      return `Presented to the circle. Next: ${facilitator} opens clarifying questions, so everyone understands the proposal before reacting.`;
    case 'clarifying':
      return `Clarifying questions: ask what you need to understand; no opinions yet. ${author} or ${facilitator} answers. Next: ${facilitator} opens quick reactions.`;
    case 'reactions':
      return `Quick reactions: each member says briefly how they feel about it. Next: ${facilitator} opens the consent round.`;
    case 'consent-round':
      return proposal.round.mode === 'sync'
        ? `Consent round, in the meeting: each member answers in turn. ${facilitator} closes the round once everyone present has answered.`
        : `Consent round: answer by ${proposal.round.deadline?.slice(0, 10) ?? 'the deadline'}. Consent means “good enough for now, safe enough to try”. Only an objection with its reason stops the decision.`;
    case 'integration':
      return `Objections are open. ${author} amends the proposal to meet them (a new revision the circle answers again), or each objector withdraws theirs. It is adopted only when no objection is open.`;
    case 'adopted':
      return decidedGuide({ decidedAt: proposal.adoptedAt, reviewDate: proposal.reviewDate, withdrawal: null }, circle);
    case 'withdrawn':
      return decidedGuide({ decidedAt: proposal.withdrawnAt, reviewDate: proposal.reviewDate, withdrawal: { by: proposal.withdrawnBy, reason: proposal.reason } }, circle);
  }
}

/** How a decision is guided once taken: when it was adopted and its review, or who withdrew it and why. */
export function decidedGuide(
  decided: { readonly decidedAt: string; readonly reviewDate: CalendarDate; readonly withdrawal: { readonly by: PersonId; readonly reason: string } | null },
  circle: Circle,
): string {
  if (decided.withdrawal === null) return `Adopted by consent on ${decided.decidedAt.slice(0, 10)}. The circle reviews it by ${decided.reviewDate}.`;
  return `Withdrawn on ${decided.decidedAt.slice(0, 10)} by ${nameIn(circle)(decided.withdrawal.by)}: ${decided.withdrawal.reason}`;
}

/** What happens now, who acts and what comes next, at each stage of a selection. */
export function selectionGuide(selection: Selection, selecting: Circle, role: string, day: CalendarDate): string {
  const facilitator = nameIn(selecting)(facilitatorOf(selecting, selection.startedBy, day));
  const name = nameIn(selecting);
  switch (selection.status) {
    case 'nominations':
      return `Nominations: each member names who they see as ${role} and why. They stay hidden until ${facilitator} reveals them, so no one is swayed. You may nominate yourself.`;
    case 'change-round':
      return `The nominations are open to all. Anyone may change theirs after hearing the reasons. Next: ${facilitator} proposes a candidate, citing the reasons given.`;
    case 'consent-round':
      return `Consent round on ${name(selection.proposal.candidate)} as ${role}. The candidate answers last. Only an objection with its reason stops the selection.`;
    case 'integration':
      return `Objections are open. ${facilitator} proposes another candidate or a changed term, or each objector withdraws theirs.`;
    case 'recorded':
      return `${name(selection.proposal.candidate)} is ${role} from ${selection.proposal.termStart} to ${selection.proposal.termEnd}, selected by consent. The term's end is its review date.`;
    case 'withdrawn':
      return `Withdrawn on ${selection.withdrawnAt.slice(0, 10)}: ${selection.reason}`;
  }
}
