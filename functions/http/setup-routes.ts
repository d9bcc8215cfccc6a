import { circlesToCreateIn, dayOf, domainError, Id, mayCreateGeneralCircle, maySetRoleLimit, parse } from '../../shared';
import { readCircleSetup } from '../application/read-circle-setup';
import type { Services } from '../composition/services';
import type { Route } from './route';
import { authenticated } from './route';
import { json, refused } from './responses';

/**
 * GET /api/setup: whether the caller may start the organisation (create its general
 * circle); GET /api/circles/{circleId}/setup: what the circle still needs before it
 * is set up, and whether the caller may complete it. The tab shows its first run and
 * checklists from these, so whom they are for is the core's answer.
 */
export function setupRoutes(services: () => Promise<Services>): Route[] {
  const organisation: Route = {
    name: 'setup-get',
    contract: {
      summary:
        'Whether the caller may create the general circle (`mayCreateGeneralCircle`): an organisation admin; the circles the caller may create a circle inside (`createCircleIn`): those whose records they keep; the most roles one person should hold (`roleLimit`) and whether the caller may change it (`maySetRoleLimit`): an organisation admin.',
    },
    methods: ['GET'],
    route: 'setup',
    handler: authenticated(services, async (_request, { identity, actor }, ready) => {
      const { structure } = await ready.structures.load(identity.tenantId);
      return json({
        mayCreateGeneralCircle: mayCreateGeneralCircle(actor),
        createCircleIn: circlesToCreateIn(structure, actor, dayOf(ready.now())),
        roleLimit: structure.roleLimit,
        maySetRoleLimit: maySetRoleLimit(actor),
      });
    }),
  };
  const circle: Route = {
    name: 'circle-setup-get',
    contract: {
      summary:
        'What a circle still needs before it is set up (`setup`: each item done or not — aim and domain, two members, its standard roles held, a conversation bound, a policy chosen — and `unfilledRoles`), and whether the caller keeps its records (`mayKeepRecords`).',
    },
    methods: ['GET'],
    route: 'circles/{circleId}/setup',
    handler: authenticated(services, async (request, { identity, actor }, ready) => {
      const circleId = parse(Id, request.params.circleId, 'circleId');
      if (!circleId.ok) return refused(request, circleId.error);
      const read = await readCircleSetup(ready, identity.tenantId, circleId.value, actor, dayOf(ready.now()));
      return read
        ? json(read)
        : refused(request, domainError('not-found', { key: 'noCircle', values: { circleId: circleId.value } }, 'circleId'));
    }),
  };
  return [organisation, circle];
}
