import { z } from 'zod';
import { CircleId, dayOf, parse } from '../../shared';
import { readReviews } from '../application/read-reviews';
import type { Services } from '../composition/services';
import type { Route } from './route';
import { authenticated } from './route';
import { json, refused } from './responses';

const ReviewsQuery = z.object({
  circleId: CircleId.optional(),
  status: z.enum(['due', 'overdue', 'upcoming', 'all']).default('all'),
});

/**
 * GET /api/reviews?circleId=&status=due|overdue|upcoming|all: decisions and role terms
 * coming back for review, soonest first, read from the reviews kept beside the records.
 */
export function reviewsList(services: () => Promise<Services>): Route {
  return {
    name: 'reviews-list',
    contract: { summary: 'Decisions and role terms coming back for review.', query: ReviewsQuery },
    methods: ['GET'],
    route: 'reviews',
    handler: authenticated(services, async (request, { identity }, ready) => {
      const query = parse(ReviewsQuery, Object.fromEntries(request.query.entries()), 'query');
      if (!query.ok) return refused(query.error);
      const { circleId, status } = query.value;
      const reviews = await readReviews(ready, identity.tenantId, circleId, dayOf(ready.now()));
      return json({ reviews: reviews.filter((review) => status === 'all' || review.status === status) });
    }),
  };
}
