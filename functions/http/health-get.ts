import { z } from 'zod';
import { CircleId, healthReport, parse } from '../../shared';
import type { Services } from '../composition/services';
import type { Route } from './route';
import { authenticated } from './route';
import { json, refused } from './responses';

const HealthQuery = z.object({ circleId: CircleId.optional() });

/**
 * GET /api/health?circleId=: governance health of a circle, or of the organisation.
 * Role selections and meetings are not stored yet, so their figures are empty.
 */
export function healthGet(services: () => Promise<Services>): Route {
  return {
    name: 'health-get',
    contract: { summary: 'Governance health of a circle, or of the organisation.', query: HealthQuery },
    methods: ['GET'],
    route: 'health',
    handler: authenticated(services, async (request, { identity }, ready) => {
      const query = parse(HealthQuery, Object.fromEntries(request.query.entries()), 'query');
      if (!query.ok) return refused(query.error);
      const [{ structure }, proposals] = await Promise.all([ready.structures.load(identity.tenantId), ready.proposals.loadAll(identity.tenantId)]);
      const circleId = query.value.circleId ?? null;
      if (circleId !== null && !structure.circles[circleId]) return refused({ code: 'not-found', message: `There is no circle “${circleId}”.`, field: 'circleId' });
      return json({ health: healthReport({ structure, proposals, selections: [], meetings: [] }, ready.now(), circleId) });
    }),
  };
}
