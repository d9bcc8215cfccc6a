import { dayOf } from '../../shared';
import { readCircleMap } from '../application/read-circle-map';
import type { Services } from '../composition/services';
import type { Route } from './route';
import { authenticated } from './route';
import { json } from './responses';

/** GET /api/circles: the circle map, visible to everyone in the organisation (transparency). */
export function circlesList(services: () => Promise<Services>): Route {
  return {
    name: 'circles-list',
    contract: {
      summary:
        'The circle map: each circle’s id, name, aim, parent, whether archived, its Teams binding, how many members it has (`memberCount`) and who holds each role today (`holders`, with their names), and the organisation’s `roleLimit`. Members, terms and policy of one circle come with GET /api/circles/{circleId}.',
    },
    methods: ['GET'],
    route: 'circles',
    handler: authenticated(services, async (_request, { identity }, ready) =>
      json(await readCircleMap(ready, identity.tenantId, dayOf(ready.now()))),
    ),
  };
}
