import type { Circle, Structure } from '../circles/circle';
import { activeCircles } from '../circles/circle';
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
  return { kind: 'decision', subjectId: proposal.proposalId, circleId: proposal.circleId, title: proposal.title, reviewDate: proposal.reviewDate };
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
export function reviewsRead(kept: readonly KeptReview[], notices: ReviewNotices, held: readonly HeldReview[], today: CalendarDate): Review[] {
  const isHeld = new Set(held.map(heldKey));
  const noticeOf = new Map(Object.entries(notices));
  return kept.flatMap((review) => {
    const noticeDays = noticeOf.get(review.circleId);
    if (noticeDays === undefined || isHeld.has(heldKey(review))) return [];
    return [reviewOfRow({ ...review, noticeDays }, today)];
  });
}
