import { circleSteps, dayOf, domainError, findCircle, Id, listedCircle, parse } from '../../shared';
import type { Services } from '../composition/services';
import type { Route } from './route';
import { authenticated } from './route';
import { json, refused, textsOf } from './responses';
import { withRoleNames } from './role-names';

/** GET /api/circles/{circleId}: one circle whole, visible to everyone in the organisation (transparency). */
export function circleGet(services: () => Promise<Services>): Route {
  return {
    name: 'circle-get',
    contract: {
      summary:
        'One circle whole: members, roles (`roles`) and who holds each today (`holders`), every term, its policy and binding; and what the caller may start there (`steps`: `keepRecords`, `draftProposal`, `selectRoles`, and `change`: the steps on its structure, rename-circle, remove-member, archive-circle, …).',
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
      const now = ready.now();
      return json({
        circle: withRoleNames(textsOf(request), listedCircle(circle, dayOf(now))),
        steps: circleSteps(structure, circle, actor, now),
      });
    }),
  };
}
