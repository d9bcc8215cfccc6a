import type { TransactionAction } from '@azure/data-tables';
import type { HeldReview, KeptReview, NamedReview, Proposal, ReviewNotices, Structure } from '../../shared';
import { decisionReview, heldReview, keptTermReviews, reviewNotices } from '../../shared';
import { toProperties } from './entity-codec';
import { key } from './keys';

/**
 * Reviews are kept beside the records, in the tenant's partition, written in the
 * same transaction as the proposal or circle that sets their date:
 *
 * - `review|<date>|<kind>|<circleId>|<id>`: the organisation's, soonest first;
 * - `review-circle|<circleId>|<date>|<kind>|<id>`: one circle's;
 * - `review-held|<circleId>|<kind>|<id>`: held by an adopted decision. The adopting
 *   write does not know the held review's date, so it cannot remove its row: the
 *   marker is written instead and a read leaves out what it names;
 * - `review-notices|organisation`: each active circle's notice in days, so a change of
 *   a circle's reminders rewrites one row rather than every review of the circle.
 */

export const reviewRange = 'review';
export const circleReviewRange = (circleId: string) => key('review-circle', circleId);
export const heldRange = 'review-held';
export const circleHeldRange = (circleId: string) => key('review-held', circleId);
export const noticesKey = key('review-notices', 'organisation');
/** Present once the tenant's records written before reviews were kept have been projected. */
export const reviewsProjectedMarker = 'reviews-projected';
export const reviewPrefixes = ['review', 'review-circle', 'review-held', 'review-notices'] as const;

/** Both keys of a review: in the organisation's range and in its circle's. */
export function reviewKeys(review: NamedReview): [string, string] {
  const order = key(review.reviewDate, review.kind, review.circleId, review.subjectId);
  return [`${reviewRange}|${order}`, `${circleReviewRange(review.circleId)}|${order}`];
}

export const heldKey = (held: HeldReview | NamedReview) => key('review-held', held.circleId, held.kind, held.subjectId);

const upserts = (partitionKey: string, review: KeptReview): TransactionAction[] =>
  reviewKeys(review).map((rowKey) => ['upsert', { partitionKey, rowKey, ...toProperties(review) }, 'Replace']);

export const noticesAction = (partitionKey: string, notices: ReviewNotices): TransactionAction => [
  'upsert',
  { partitionKey, rowKey: noticesKey, ...toProperties({ notices }) },
  'Replace',
];

export const heldAction = (partitionKey: string, held: HeldReview): TransactionAction => [
  'upsert',
  { partitionKey, rowKey: heldKey(held), ...toProperties(held) },
  'Replace',
];

/** The write that adopts a decision keeps its review and marks the review it holds. A decision is final, so its review date never moves. */
export function decisionReviewActions(partitionKey: string, proposal: Proposal): TransactionAction[] {
  const review = decisionReview(proposal);
  const held = heldReview(proposal);
  return [...(review ? upserts(partitionKey, review) : []), ...(held ? [heldAction(partitionKey, held)] : [])];
}

const termsOf = (structure: Structure, circleId: string) => {
  const circle = structure.circles[circleId];
  return new Map((circle ? keptTermReviews(circle) : []).map((review) => [reviewKeys(review)[0], review]));
};

/** The role term reviews of each circle a structure change touched, and the notices when a circle's changed. */
export function structureReviewActions(partitionKey: string, before: Structure, after: Structure): TransactionAction[] {
  const circleIds = new Set([...Object.keys(before.circles), ...Object.keys(after.circles)]);
  const terms = [...circleIds].flatMap((circleId): TransactionAction[] => {
    const was = termsOf(before, circleId);
    const is = termsOf(after, circleId);
    const changed = [...is].filter(([rowKey, review]) => JSON.stringify(was.get(rowKey)) !== JSON.stringify(review));
    const gone = [...was].filter(([rowKey]) => !is.has(rowKey));
    return [
      ...changed.flatMap(([, review]) => upserts(partitionKey, review)),
      ...gone.flatMap(([, review]) => reviewKeys(review).map((rowKey): TransactionAction => ['delete', { partitionKey, rowKey }])),
    ];
  });
  const notices = reviewNotices(after);
  const noticesChanged = JSON.stringify(reviewNotices(before)) !== JSON.stringify(notices);
  return [...terms, ...(noticesChanged ? [noticesAction(partitionKey, notices)] : [])];
}
