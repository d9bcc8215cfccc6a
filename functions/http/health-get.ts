import { z } from 'zod';
import { CircleId, findCircle, healthReport } from '../../shared';
import type { Services } from '../composition/services';
import { recordsRoute } from './records-route';
import { json, refused } from './responses';

const HealthQuery = z.object({ circleId: CircleId.optional() });

/** GET /api/health?circleId=: governance health of a circle, or of the organisation. */
export function healthGet(services: () => Promise<Services>) {
  return recordsRoute(services, {
    name: 'health-get',
    route: 'health',
    summary: 'Governance health of a circle, or of the organisation.',
    query: HealthQuery,
    respond: ({ structure, proposals, selections, meetings }, query, now) => {
      const circleId = query.circleId ?? null;
      if (circleId !== null && !findCircle(structure, circleId)) return refused({ code: 'not-found', message: `There is no circle “${circleId}”.`, field: 'circleId' });
      return json({ health: healthReport({ structure, proposals, selections, meetings }, now, circleId) });
    },
  });
}
