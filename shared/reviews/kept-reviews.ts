import type { Circle, Structure } from '../circles/circle';
import { activeCircles } from '../circles/circle';
import { own } from '../kernel/records';
import type { Proposal } from '../consent/proposal';
import type { CalendarDate, Id } from '../kernel/ids';
import type { Review, ReviewRow } from './reviews';
import { noticeDaysOf, reviewOfRow, termReviews } from './reviews';

/**
 * A review as it is kept beside the records. It carries neither its status nor its
 * circle's notice, both of which change without a write to it: the notice is kept
 * once per organisation (`reviewNotices`), the status worked out on the day it is read.
 */
export type KeptReview = Omit<ReviewRow, 'noticeDays'>;

/** A review named by what keys it (its reminders name it so): the kept review less its title. */
export type NamedReview = Omit<KeptReview, 'title'>;

/** A review held by an adopted decision: kept without the date of the review it holds, which the holding write does not know. */
export interface HeldReview {
  readonly kind: Review['kind'];
  readonly circleId: Id;
  readonly subjectId: Id;
}

/** Each active circle's notice in days; a circle missing here (archived) has no reviews to hold. */
export type ReviewNotices = Readonly<Record<string, number>>;

const withoutNotice = ({ noticeDays: _, ...review }: ReviewRow): KeptReview => review;

/** The review an adopted decision comes back for on its review date. */
export function decisionReview(proposal: Proposal): KeptReview | null {
  if (proposal.status !== 'adopted') return null;
  return {
    kind: 'decision',
    subjectId: proposal.proposalId,
    circleId: proposal.circleId,
    title: proposal.title,
    reviewDate: proposal.reviewDate,
  };
}

/** The review an adopted decision holds, as `reviewRows` counts it held. */
export function heldReview(proposal: Proposal): HeldReview | null {
  const reviewOf = proposal.status === 'adopted' ? proposal.reviewOf : null;
  if (!reviewOf) return null;
  if (reviewOf.kind === 'decision') return { kind: 'decision', circleId: proposal.circleId, subjectId: reviewOf.proposalId };
  return { kind: 'role-term', circleId: reviewOf.circleId, subjectId: reviewOf.assignmentId };
}

/** The reviews of a circle's role terms, held or not. */
export const keptTermReviews = (circle: Circle): KeptReview[] => termReviews(circle, 0).map(withoutNotice);

export function reviewNotices(structure: Structure): ReviewNotices {
  return Object.fromEntries(activeCircles(structure).map((circle) => [circle.circleId, noticeDaysOf(circle)]));
}

const heldKey = (review: HeldReview | KeptReview) => JSON.stringify([review.kind, review.circleId, review.subjectId]);

/** The kept reviews still to be held, of active circles, each with its status on `today`: what `openReviews` gives. */
export function reviewsRead(
  kept: readonly KeptReview[],
  notices: ReviewNotices,
  held: readonly HeldReview[],
  today: CalendarDate,
): Review[] {
  const isHeld = new Set(held.map(heldKey));
  const noticeOf = new Map(Object.entries(notices));
  return kept.flatMap((review) => {
    const noticeDays = noticeOf.get(review.circleId);
    if (noticeDays === undefined || isHeld.has(heldKey(review))) return [];
    return [reviewOfRow({ ...review, noticeDays }, today)];
  });
}

/**
 * The reviews of one circle whose reminders a stored change may have moved: every
 * review of the circle when its reminder days changed, else only those named.
 */
export interface ChangedReviews {
  readonly circle: Circle;
  readonly reviews: readonly NamedReview[] | 'every';
}

const named = ({ title: _, ...review }: KeptReview): NamedReview => review;
const sameReview = (a: NamedReview, b: NamedReview) => a.kind === b.kind && a.subjectId === b.subjectId && a.reviewDate === b.reviewDate;

/** What adopting a decision changed: its own review. The review it holds is left to be found held when its reminder falls due. */
export function reviewsChangedByDecision(circle: Circle, proposal: Proposal): ChangedReviews[] {
  const review = decisionReview(proposal);
  return review ? [{ circle, reviews: [named(review)] }] : [];
}

/**
 * What a change of the circles did to their reviews: a circle whose reminder days
 * changed (or that is active again) has every review reminded anew; otherwise only
 * the role terms whose review is new or moved. An archived circle reminds of nothing.
 */
export function reviewsChangedBetween(before: Structure, after: Structure): ChangedReviews[] {
  return activeCircles(after).flatMap((circle): ChangedReviews[] => {
    const was = own(before.circles, circle.circleId);
    // A decider leaves a circle it did not change as it was.
    if (was === circle) return [];
    if (was && (was.archived || JSON.stringify(was.policy.reminderOffsetsDays) !== JSON.stringify(circle.policy.reminderOffsetsDays)))
      return [{ circle, reviews: 'every' }];
    const earlier = was ? keptTermReviews(was).map(named) : [];
    const moved = keptTermReviews(circle)
      .map(named)
      .filter((review) => !earlier.some((other) => sameReview(other, review)));
    return moved.length === 0 ? [] : [{ circle, reviews: moved }];
  });
}
