import { dayOf, listedCircle } from '../../shared';
import { readMyCircles } from '../application/read-my-circles';
import type { Services } from '../composition/services';
import type { Route } from './route';
import { authenticated } from './route';
import { json } from './responses';

/** GET /api/me/circles: the caller's own circles, with their roles and who holds each today, without reading the organisation's. */
export function meCircles(services: () => Promise<Services>): Route {
  return {
    name: 'me-circles',
    contract: { summary: 'The active circles the caller is a member of, each with its roles (`roles`) and who holds each today (`holders`), as GET /api/circles lists them.' },
    methods: ['GET'],
    route: 'me/circles',
    handler: authenticated(services, async (_request, { identity }, ready) => {
      const today = dayOf(ready.now());
      const circles = await readMyCircles(ready, identity.tenantId, identity.personId);
      return json({ circles: circles.map((circle) => listedCircle(circle, today)) });
    }),
  };
}
