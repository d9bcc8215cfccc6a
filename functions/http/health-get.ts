import { z } from 'zod';
import { CircleId, parse } from '../../shared';
import { readHealth } from '../application/read-health';
import type { Services } from '../composition/services';
import type { Route } from './route';
import { authenticated } from './route';
import { json, refused } from './responses';

const HealthQuery = z.object({ circleId: CircleId.optional() });

/** GET /api/health?circleId=: governance health of a circle, or of the organisation, read from the tallies kept beside the records. */
export function healthGet(services: () => Promise<Services>): Route {
  return {
    name: 'health-get',
    contract: { summary: 'Governance health of a circle, or of the organisation.', query: HealthQuery },
    methods: ['GET'],
    route: 'health',
    handler: authenticated(services, async (request, { identity }, ready) => {
      const query = parse(HealthQuery, Object.fromEntries(request.query.entries()), 'query');
      if (!query.ok) return refused(request, query.error);
      const health = await readHealth(ready, identity.tenantId, query.value.circleId ?? null, ready.now());
      return health.ok ? json({ health: health.value }) : refused(request, health.error);
    }),
  };
}
