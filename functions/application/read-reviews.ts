import type { CalendarDate, Id, NamedReview, Result, Review, ReviewsPage, ReviewsQuery } from '../../shared';
import { fail, ok } from '../../shared';
import type { LogbookPorts } from './read-logbook';
import { keptRead } from './read-logbook';

/** The reviews still to be held, of the organisation or one circle. */
export function readReviews(ports: LogbookPorts, tenantId: string, circleId: Id | undefined, today: CalendarDate): Promise<Review[]> {
  return keptRead(ports, tenantId, () => ports.logbook.reviews(tenantId, circleId, today));
}

/** Each named review as it stands on `today`, or null when it is no longer to be held: point reads, whatever the tenant holds. */
export function readNamedReviews(
  ports: LogbookPorts,
  tenantId: string,
  named: readonly NamedReview[],
  today: CalendarDate,
): Promise<(Review | null)[]> {
  return keptRead(ports, tenantId, () => ports.logbook.namedReviews(tenantId, named, today));
}

/** One page of the reviews still to be held, soonest first, paged in storage. */
export async function readReviewsPage(
  ports: LogbookPorts,
  tenantId: string,
  query: ReviewsQuery,
  today: CalendarDate,
): Promise<Result<ReviewsPage>> {
  const page = await keptRead(ports, tenantId, () => ports.logbook.reviewsPage(tenantId, query, today));
  return page === null ? fail('invalid-input', 'pageTokenRefused', 'query.after') : ok(page);
}
