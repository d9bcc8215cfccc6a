import { availableStructureSteps, circleSteps, dayOf, domainError, findCircle, Id, listedCircle, parse } from '../../shared';
import type { Services } from '../composition/services';
import type { Route } from './route';
import { authenticated } from './route';
import { json, refused } from './responses';

/** GET /api/circles/{circleId}: one circle whole, visible to everyone in the organisation (transparency). */
export function circleGet(services: () => Promise<Services>): Route {
  return {
    name: 'circle-get',
    contract: {
      summary:
        'One circle whole: members, roles (`roles`) and who holds each today (`holders`), every term, its policy and binding; and what the caller may start there (`steps`: `keepRecords`, `draftProposal`, `selectRoles`).',
    },
    methods: ['GET'],
    route: 'circles/{circleId}',
    handler: authenticated(services, async (request, { identity, actor }, ready) => {
      const circleId = parse(Id, request.params.circleId, 'circleId');
      if (!circleId.ok) return refused(request, circleId.error);
      // The whole structure: whether the caller keeps the records or chooses the leader is read from the parents too.
      const { structure } = await ready.structures.load(identity.tenantId);
      const circle = findCircle(structure, circleId.value);
      if (!circle) return refused(request, domainError('not-found', { key: 'noCircle', values: { circleId: circleId.value } }, 'circleId'));
      const day = dayOf(ready.now());
      return json({ circle: listedCircle(circle, day), steps: circleSteps(structure, circle, actor, day) });
    }),
  };
}

/**
 * GET /api/circles/{circleId}/steps: the steps on the circle's structure the caller may
 * take now, as the core judges them. Apart from the circle itself, as that is one point
 * read and this needs the whole structure: the parent keeps a new circle's records, and
 * a circle with circles inside it is not archived.
 */
export function circleStepsGet(services: () => Promise<Services>): Route {
  return {
    name: 'circle-steps-get',
    contract: {
      summary:
        'The steps on a circle’s structure the caller may take now (`steps`: rename-circle, remove-member, archive-circle, …), as the core judges them.',
    },
    methods: ['GET'],
    route: 'circles/{circleId}/steps',
    handler: authenticated(services, async (request, { identity, actor }, ready) => {
      const circleId = parse(Id, request.params.circleId, 'circleId');
      if (!circleId.ok) return refused(request, circleId.error);
      const { structure } = await ready.structures.load(identity.tenantId);
      if (!findCircle(structure, circleId.value)) {
        return refused(request, domainError('not-found', { key: 'noCircle', values: { circleId: circleId.value } }, 'circleId'));
      }
      return json({ steps: availableStructureSteps(structure, circleId.value, actor, ready.now()) });
    }),
  };
}
