import type { Circle } from '../circles/circle';
import { facilitatorOf } from '../consent/facilitation';
import type { RoundMode } from '../circles/policy';
import type { Proposal, ProposalStage } from '../consent/proposal';
import type { CalendarDate, PersonId } from '../kernel/ids';
import type { Selection } from '../selection/selection';
import type { guide } from '../texts/guide';
import type { Said } from '../texts/said';
import { dayOf, messageDate } from '../kernel/time';

type GuideKey = keyof typeof guide;
/** A guide's words: a key of the `guide` catalogue with the names and dates it mentions. */
export type GuideSaid = Said<GuideKey>;

/**
 * Guided facilitation: at every stage, in plain words, what happens now, who acts and
 * what comes next, so a circle new to sociocracy can run its first decision without a
 * trainer. The bot's cards and the tab say the same thing, each in its reader's words.
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
export function proposalGuide(proposal: Proposal, circle: Circle, day: CalendarDate): Said<GuideKey> {
  return stageGuide(guideFacts(proposal), circle, day);
}

/** The guide to a proposal's stage from what it needs of the proposal (`guideFacts`), as words of the `guide` catalogue. */
export function stageGuide(facts: GuideFacts, circle: Circle, day: CalendarDate): Said<GuideKey> {
  const facilitator = nameIn(circle)(facilitatorOf(circle, facts.author, day));
  const author = nameIn(circle)(facts.author);
  const decided = messageDate(facts.decidedAt ?? day);
  switch (facts.status) {
    case 'draft':
      return { key: 'proposalDraft', values: { author, facilitator } };
    case 'presented':
      return { key: 'proposalPresented', values: { facilitator } };
    case 'clarifying':
      return { key: 'proposalClarifying', values: { author, facilitator } };
    case 'reactions':
      return { key: 'proposalReactions', values: { facilitator } };
    case 'consent-round':
      return consentRoundGuide(facts.round, facilitator, day);
    case 'integration':
      return { key: 'proposalIntegration', values: { author } };
    case 'adopted':
      return { key: 'proposalAdopted', values: { decided, review: messageDate(facts.reviewDate) } };
    case 'withdrawn': {
      const person = nameIn(circle)(facts.withdrawal?.by ?? facts.author);
      return { key: 'proposalWithdrawn', values: { decided, person, reason: facts.withdrawal?.reason ?? '' } };
    }
  }
}

/** A round's guide on `day`: a deadline already passed is never shown as one ahead. */
function consentRoundGuide(round: GuideFacts['round'], facilitator: string, day: CalendarDate): Said<GuideKey> {
  if (round?.mode === 'sync') return { key: 'roundInMeeting', values: { facilitator } };
  if (!round?.deadline) return { key: 'roundUndated' };
  const deadline = messageDate(round.deadline);
  return dayOf(round.deadline) < day ? { key: 'roundPassed', values: { deadline, facilitator } } : { key: 'roundBy', values: { deadline } };
}

/**
 * What happens now, who acts and what comes next, at each stage of a selection;
 * `role` is the role in the reader's words ("delegate of Northside care team").
 */
export function selectionGuide(selection: Selection, selecting: Circle, role: string, day: CalendarDate): Said<GuideKey> {
  const facilitator = nameIn(selecting)(facilitatorOf(selecting, selection.startedBy, day));
  const name = nameIn(selecting);
  switch (selection.status) {
    case 'nominations':
      return { key: 'selectionNominations', values: { role, facilitator } };
    case 'change-round':
      return { key: 'selectionChangeRound', values: { facilitator } };
    case 'consent-round':
      return { key: 'selectionConsentRound', values: { candidate: name(selection.proposal.candidate), role } };
    case 'integration':
      return { key: 'selectionIntegration', values: { facilitator } };
    case 'recorded': {
      const { candidate, termStart, termEnd } = selection.proposal;
      return {
        key: 'selectionRecorded',
        values: { candidate: name(candidate), role, termStart: messageDate(termStart), termEnd: messageDate(termEnd) },
      };
    }
    case 'withdrawn':
      return { key: 'selectionWithdrawn', values: { decided: messageDate(selection.withdrawnAt), reason: selection.reason } };
  }
}
