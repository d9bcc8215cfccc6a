import { z } from 'zod';
import { CircleId, dayOf, openReviews } from '../../shared';
import type { Services } from '../composition/services';
import { recordsRoute } from './records-route';
import { json } from './responses';

const ReviewsQuery = z.object({
  circleId: CircleId.optional(),
  status: z.enum(['due', 'overdue', 'upcoming', 'all']).default('all'),
});

/** GET /api/reviews?circleId=&status=due|overdue|upcoming|all: decisions and role terms coming back for review. */
export function reviewsList(services: () => Promise<Services>) {
  return recordsRoute(services, {
    name: 'reviews-list',
    route: 'reviews',
    summary: 'Decisions and role terms coming back for review.',
    query: ReviewsQuery,
    respond: ({ structure, proposals }, { circleId, status }, now) =>
      json({
        reviews: openReviews(structure, proposals, dayOf(now)).filter(
          (review) => (circleId === undefined || review.circleId === circleId) && (status === 'all' || review.status === status),
        ),
      }),
  });
}
