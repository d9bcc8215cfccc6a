import { z } from 'zod';
import { CircleId, dayOf, openReviews, parse } from '../../shared';
import type { Services } from '../composition/services';
import type { Route } from './route';
import { authenticated } from './route';
import { json, refused } from './responses';

const ReviewsQuery = z.object({
  circleId: CircleId.optional(),
  status: z.enum(['due', 'overdue', 'upcoming', 'all']).default('all'),
});

/** GET /api/reviews?circleId=&status=due|overdue|upcoming|all: decisions and role terms coming back for review. */
export function reviewsList(services: () => Promise<Services>): Route {
  return {
    name: 'reviews-list',
    contract: { summary: 'Decisions and role terms coming back for review.', query: ReviewsQuery },
    methods: ['GET'],
    route: 'reviews',
    handler: authenticated(services, async (request, { identity }, ready) => {
      const query = parse(ReviewsQuery, Object.fromEntries(request.query.entries()), 'query');
      if (!query.ok) return refused(query.error);
      const [{ structure }, proposals] = await Promise.all([ready.structures.load(identity.tenantId), ready.proposals.loadAll(identity.tenantId)]);
      const { circleId, status } = query.value;
      const reviews = openReviews(structure, proposals, dayOf(ready.now())).filter(
        (review) => (circleId === undefined || review.circleId === circleId) && (status === 'all' || review.status === status),
      );
      return json({ reviews });
    }),
  };
}
