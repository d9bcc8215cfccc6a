import type { Circle } from '../circles/circle';
import { facilitatorOf } from '../consent/facilitation';
import type { RoundMode } from '../circles/policy';
import type { Proposal, ProposalStage } from '../consent/proposal';
import type { CalendarDate, PersonId } from '../kernel/ids';
import type { Selection } from '../selection/selection';

/**
 * Guided facilitation: at every stage, in plain words, what happens now, who acts and
 * what comes next, so a circle new to sociocracy can run its first decision without a
 * trainer. The bot's cards and the tab say the same thing.
 */
const nameIn = (circle: Circle) => (personId: PersonId) => circle.members.find((m) => m.personId === personId)?.displayName ?? personId;

/**
 * What the guide to a proposal's stage needs of it, and no more: a circle's list keeps
 * these beside the proposal's listing, so the list guides without reading the proposal.
 * The round's and the decision's parts are set exactly at the stages that have them.
 */
export interface GuideFacts {
  readonly status: ProposalStage;
  readonly author: PersonId;
  readonly reviewDate: CalendarDate;
  /** How the running (or last) round is held; none before the consent round. */
  readonly round: { readonly mode: RoundMode; readonly deadline: string | null } | null;
  /** When it was adopted or withdrawn; none while undecided. */
  readonly decidedAt: string | null;
  /** Who withdrew it and why; none unless withdrawn. */
  readonly withdrawal: { readonly by: PersonId; readonly reason: string } | null;
}

/** What the guide needs of a proposal. */
export function guideFacts(proposal: Proposal): GuideFacts {
  const round = 'round' in proposal && proposal.round ? { mode: proposal.round.mode, deadline: proposal.round.deadline } : null;
  const decidedAt = proposal.status === 'adopted' ? proposal.adoptedAt : proposal.status === 'withdrawn' ? proposal.withdrawnAt : null;
  const withdrawal = proposal.status === 'withdrawn' ? { by: proposal.withdrawnBy, reason: proposal.reason } : null;
  return { status: proposal.status, author: proposal.author, reviewDate: proposal.reviewDate, round, decidedAt, withdrawal };
}

/** What happens now, who acts and what comes next: the guide a circle new to sociocracy needs at every stage. */
export function proposalGuide(proposal: Proposal, circle: Circle, day: CalendarDate): string {
  return stageGuide(guideFacts(proposal), circle, day);
}

/** The guide to a proposal's stage from what it needs of the proposal (`guideFacts`). */
export function stageGuide(facts: GuideFacts, circle: Circle, day: CalendarDate): string {
  const facilitator = nameIn(circle)(facilitatorOf(circle, facts.author, day));
  const author = nameIn(circle)(facts.author);
  const decidedOn = facts.decidedAt?.slice(0, 10) ?? '';
  switch (facts.status) {
    case 'draft':
      return `${author} is drafting this proposal. Next: ${author} (or ${facilitator}, the facilitator) presents it to the circle.`;
    case 'presented':
      return `Presented to the circle. Next: ${facilitator} opens clarifying questions, so everyone understands the proposal before reacting.`;
    case 'clarifying':
      return `Clarifying questions: ask what you need to understand; no opinions yet. ${author} or ${facilitator} answers. Next: ${facilitator} opens quick reactions.`;
    case 'reactions':
      return `Quick reactions: each member says briefly how they feel about it. Next: ${facilitator} opens the consent round.`;
    case 'consent-round':
      return consentRoundGuide(facts.round, facilitator, day);
    case 'integration':
      return `Objections are open. ${author} amends the proposal to meet them (a new revision the circle answers again), or each objector withdraws theirs. It is adopted only when no objection is open.`;
    case 'adopted':
      return `Adopted by consent on ${decidedOn}. The circle reviews it by ${facts.reviewDate}.`;
    case 'withdrawn':
      return `Withdrawn on ${decidedOn} by ${nameIn(circle)(facts.withdrawal?.by ?? facts.author)}: ${facts.withdrawal?.reason ?? ''}`;
  }
}

const consentMeaning = 'Consent means “good enough for now, safe enough to try”. Only an objection with its reason stops the decision.';

/** A round's guide on `day`: a deadline already passed is never shown as one ahead. */
function consentRoundGuide(round: GuideFacts['round'], facilitator: string, day: CalendarDate): string {
  if (round?.mode === 'sync') return `Consent round, in the meeting: each member answers in turn. ${facilitator} closes the round once everyone present has answered.`;
  const deadline = round?.deadline?.slice(0, 10);
  if (deadline !== undefined && deadline < day) {
    return `Consent round: its deadline, ${deadline}, has passed. ${facilitator} closes it as the circle decides rounds; answers are still taken until then. ${consentMeaning}`;
  }
  return `Consent round: answer by ${deadline ?? 'the deadline'}. ${consentMeaning}`;
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
