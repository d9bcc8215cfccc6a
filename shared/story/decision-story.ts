import type { Circle } from '../circles/circle';
import type { StructureEvent } from '../circles/structure-events';
import type { Answer } from '../consent/answers';
import type { Proposal, ProposalStage, Revision } from '../consent/proposal';
import type { ProposalEvent } from '../consent/proposal-events';
import type { Actor } from '../kernel/actor';
import type { CalendarDate, Id, Instant, PersonId } from '../kernel/ids';
import type { Result } from '../kernel/result';
import { ok } from '../kernel/result';
import { readProposal } from '../privacy/privacy';
import type { ReviewingDecision } from '../reviews/reviewed-by';
import type { Names, NamedPerson } from './names';
import { circleNames, named } from './names';
import type { Amendments, StoryAnswer, StoryObjection } from './round-story';
import { answersOf, byTime, objectionsOf } from './round-story';

/** One text the circle was asked to consent to, who wrote it, and what each person answered to it. */
export interface StoryRevision {
  readonly revision: number;
  readonly title: string;
  readonly text: string;
  readonly driver: string;
  readonly writtenAt: Instant;
  /** The author for the first revision; whoever amended for the others (null where no event tells). */
  readonly writtenBy: NamedPerson | null;
  readonly answers: readonly StoryAnswer[];
}

export interface StoryQuestion {
  readonly askedBy: NamedPerson;
  readonly text: string;
  readonly askedAt: Instant;
  readonly answer: string | null;
  readonly answeredBy: NamedPerson | null;
}

export interface StoryReaction {
  readonly by: NamedPerson;
  readonly text: string;
  readonly at: Instant;
}

/** How the proposal ended, or the stage it is at while undecided. */
export type StoryOutcome =
  | {
      readonly kind: 'adopted';
      readonly at: Instant;
      readonly facilitatedBy: NamedPerson | null;
      readonly silentConsent: readonly NamedPerson[];
    }
  | { readonly kind: 'withdrawn'; readonly at: Instant; readonly by: NamedPerson; readonly reason: string }
  | { readonly kind: 'undecided'; readonly stage: ProposalStage };

/** The record a decision reviews: an earlier decision (its title when it could be read) or a role term. */
export type ReviewedRecord =
  | { readonly kind: 'decision'; readonly proposalId: Id; readonly title: string | null }
  | { readonly kind: 'role-term'; readonly circleId: Id; readonly assignmentId: Id };

/** A decision as a newcomer reads it: every revision, the conversation around it, each answer by name and how it ended. */
export interface DecisionStory {
  readonly proposalId: Id;
  readonly circleId: Id;
  readonly circleName: string;
  readonly title: string;
  readonly author: NamedPerson;
  readonly createdAt: Instant;
  readonly reviewDate: CalendarDate;
  readonly reviews: ReviewedRecord | null;
  /** The adopted decision that held this one's review, once one has. */
  readonly reviewedBy: ReviewingDecision | null;
  readonly revisions: readonly StoryRevision[];
  readonly questions: readonly StoryQuestion[];
  readonly reactions: readonly StoryReaction[];
  readonly objections: readonly StoryObjection[];
  readonly outcome: StoryOutcome;
}

/** What a decision's story is made of: the record, its circle, its kept events and, for a review, the decision it reviews. */
export interface StorySources {
  readonly proposal: Proposal;
  readonly circle: Circle;
  readonly events: readonly ProposalEvent[];
  /** The circle's own history, so people who have left are still named. */
  readonly circleEvents?: readonly StructureEvent[];
  /** The decision this one reviews, when it was found. */
  readonly reviewed?: Proposal | null;
  /** The adopted decision that reviewed this one, when one has. */
  readonly reviewedBy?: ReviewingDecision | null;
}

/** Who made each revision after the first, and when, as the kept `proposal-amended` events tell. */
function amendmentsOf(events: readonly ProposalEvent[]): Amendments {
  const amendments = new Map<number, { at: Instant; by: PersonId | null }>();
  for (const event of events) if (event.type === 'proposal-amended') amendments.set(event.revision, { at: event.at, by: event.by });
  return amendments;
}

/** The answers of the round on the current text, if a round ran on it. */
function currentAnswers(proposal: Proposal): Readonly<Record<PersonId, Answer>> {
  const round = 'round' in proposal ? proposal.round : null;
  return round && round.revision === proposal.revision ? round.answers : {};
}

function revisionsOf(proposal: Proposal, amendments: Amendments, names: Names): StoryRevision[] {
  const writer = (revision: number): NamedPerson | null => {
    if (revision === 1) return named(names, proposal.author);
    const by = amendments.get(revision)?.by;
    return by ? named(names, by) : null;
  };
  const superseded = proposal.history.map((r: Revision) => ({
    revision: r.revision,
    title: r.title,
    text: r.text,
    driver: r.driver,
    writtenAt: r.createdAt,
    writtenBy: writer(r.revision),
    answers: answersOf(r.answers, names),
  }));
  const current = {
    revision: proposal.revision,
    title: proposal.title,
    text: proposal.text,
    driver: proposal.driver,
    writtenAt: proposal.revisedAt,
    writtenBy: writer(proposal.revision),
    answers: answersOf(currentAnswers(proposal), names),
  };
  return [...superseded, current].sort((a, b) => a.revision - b.revision);
}

function outcome(proposal: Proposal, names: Names): StoryOutcome {
  switch (proposal.status) {
    case 'adopted':
      return {
        kind: 'adopted',
        at: proposal.adoptedAt,
        facilitatedBy: proposal.facilitatedBy ? named(names, proposal.facilitatedBy) : null,
        silentConsent: proposal.silentConsent.map((personId) => named(names, personId)),
      };
    case 'withdrawn':
      return { kind: 'withdrawn', at: proposal.withdrawnAt, by: named(names, proposal.withdrawnBy), reason: proposal.reason };
    default:
      return { kind: 'undecided', stage: proposal.status };
  }
}

function reviewedRecord(proposal: Proposal, circle: Circle, reviewed: Proposal | null | undefined, actor: Actor): ReviewedRecord | null {
  const subject = proposal.reviewOf;
  if (subject === null) return null;
  if (subject.kind === 'role-term') return subject;
  // The reviewed decision's title only where this reader may read that decision.
  const readable = reviewed && reviewed.proposalId === subject.proposalId && readProposal(reviewed, circle, actor).ok;
  return { kind: 'decision', proposalId: subject.proposalId, title: readable ? reviewed.title : null };
}

/**
 * A decision's story for a reader: refused exactly as the proposal itself is
 * (`readProposal`), so an undecided proposal's conversation stays in its circle.
 */
export function decisionStory(sources: StorySources, actor: Actor): Result<DecisionStory> {
  const read = readProposal(sources.proposal, sources.circle, actor);
  if (!read.ok) return read;
  const proposal = read.value;
  const names = circleNames(sources.circle, sources.circleEvents);
  const amendments = amendmentsOf(sources.events);
  return ok({
    proposalId: proposal.proposalId,
    circleId: proposal.circleId,
    circleName: sources.circle.name,
    title: proposal.title,
    author: named(names, proposal.author),
    createdAt: proposal.createdAt,
    reviewDate: proposal.reviewDate,
    reviews: reviewedRecord(proposal, sources.circle, sources.reviewed, actor),
    // Only an adopted decision holds a review, and an adopted decision is read by everyone.
    reviewedBy: sources.reviewedBy ?? null,
    revisions: revisionsOf(proposal, amendments, names),
    questions: proposal.questions.map((q) => ({
      askedBy: named(names, q.askedBy),
      text: q.text,
      askedAt: q.askedAt,
      answer: q.answer,
      answeredBy: q.answeredBy ? named(names, q.answeredBy) : null,
    })),
    reactions: Object.entries(proposal.reactions)
      .map(([personId, r]) => ({ by: named(names, personId), text: r.text, at: r.at }))
      .sort(byTime),
    objections: objectionsOf(proposal.objections, amendments, names),
    outcome: outcome(proposal, names),
  });
}
