import { dayOf, domainError, Id, listedCircle, parse } from '../../shared';
import type { Services } from '../composition/services';
import type { Route } from './route';
import { authenticated } from './route';
import { json, refused } from './responses';

/** GET /api/circles/{circleId}: one circle whole, visible to everyone in the organisation (transparency). */
export function circleGet(services: () => Promise<Services>): Route {
  return {
    name: 'circle-get',
    contract: { summary: 'One circle whole: members, roles (`roles`) and who holds each today (`holders`), every term, its policy and binding.' },
    methods: ['GET'],
    route: 'circles/{circleId}',
    handler: authenticated(services, async (request, { identity }, ready) => {
      const circleId = parse(Id, request.params.circleId, 'circleId');
      if (!circleId.ok) return refused(request, circleId.error);
      const circle = await ready.structures.circle(identity.tenantId, circleId.value);
      if (!circle) return refused(request, domainError('not-found', { key: 'noCircle', values: { circleId: circleId.value } }, 'circleId'));
      return json({ circle: listedCircle(circle, dayOf(ready.now())) });
    }),
  };
}
