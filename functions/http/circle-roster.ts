import { Id, parse } from '../../shared';
import { circleRoster } from '../application/people-from-roster';
import type { Services } from '../composition/services';
import type { Route } from './route';
import { authenticated } from './route';
import { json, refused } from './responses';

/** GET /api/circles/{circleId}/roster: who is in the circle's conversation, each with whether they are a member. */
export function circleRosterGet(services: () => Promise<Services>): Route {
  return {
    name: 'circle-roster',
    contract: {
      summary:
        'The people of the circle’s bound conversation as the bot last read them (`conversation`: its kind, `readAt`, `complete`; null before any reading), each with `guest` and `member`; for its members and whoever keeps its records.',
    },
    methods: ['GET'],
    route: 'circles/{circleId}/roster',
    handler: authenticated(services, async (request, { identity, actor }, ready) => {
      const circleId = parse(Id, request.params.circleId, 'circleId');
      if (!circleId.ok) return refused(request, circleId.error);
      const roster = await circleRoster(ready, identity.tenantId, circleId.value, actor, ready.now());
      return roster.ok ? json(roster.value) : refused(request, roster.error);
    }),
  };
}
