import { dayOf, parse, reviewTitleIn, ReviewsQuery } from '../../shared';
import { readReviewsPage } from '../application/read-reviews';
import type { Services } from '../composition/services';
import type { Route } from './route';
import { authenticated } from './route';
import { json, refused, textsOf } from './responses';

/**
 * GET /api/reviews?circleId=&status=due|overdue|upcoming|all&pageSize=&after=: decisions
 * and role terms coming back for review, soonest first, a page at a time, read from
 * the reviews kept beside the records.
 */
export function reviewsList(services: () => Promise<Services>): Route {
  return {
    name: 'reviews-list',
    contract: {
      summary: 'Decisions and role terms coming back for review, soonest first, a page at a time (`next` asks for the page after).',
      query: ReviewsQuery,
    },
    methods: ['GET'],
    route: 'reviews',
    handler: authenticated(services, async (request, { identity }, ready) => {
      const query = parse(ReviewsQuery, Object.fromEntries(request.query.entries()), 'query');
      if (!query.ok) return refused(request, query.error);
      const page = await readReviewsPage(ready, identity.tenantId, query.value, dayOf(ready.now()));
      if (!page.ok) return refused(request, page.error);
      // A role term's review is titled by the core, said here in the caller's language so the tab reads a title as it always has.
      const texts = textsOf(request);
      const reviews = page.value.reviews.map(({ said, ...review }) => ({
        ...review,
        title: reviewTitleIn({ ...review, said }, (s) => texts.say('core', s)),
      }));
      return json({ ...page.value, reviews });
    }),
  };
}
