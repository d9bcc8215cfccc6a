import { dayOf, listedCircle } from '../../shared';
import type { Services } from '../composition/services';
import type { Route } from './route';
import { authenticated } from './route';
import { json } from './responses';

/** GET /api/circles: the organisation's circles, visible to everyone in it (transparency). */
export function circlesList(services: () => Promise<Services>): Route {
  return {
    name: 'circles-list',
    contract: { summary: 'The organisation’s circles, members, roles and terms, with the roles each has (`roles`) and who holds each today (`holders`).' },
    methods: ['GET'],
    route: 'circles',
    handler: authenticated(services, async (_request, { identity }, ready) => {
      const { structure } = await ready.structures.load(identity.tenantId);
      const today = dayOf(ready.now());
      const circles = Object.values(structure.circles).map((circle) => listedCircle(circle, today));
      return json({ circles, roleLimit: structure.roleLimit });
    }),
  };
}
