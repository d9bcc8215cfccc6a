import { LogbookQuery, dayOf, logbookEntries, parse, searchLogbook } from '../../shared';
import type { Services } from '../composition/services';
import type { Route } from './route';
import { authenticated } from './route';
import { json, refused } from './responses';

/** GET /api/logbook?circleId=&kind=&status=&text=&page=&pageSize=: decisions and role terms, newest first. */
export function logbookGet(services: () => Promise<Services>): Route {
  return {
    name: 'logbook-get',
    contract: { summary: 'The logbook: decisions and role terms, filtered and paged.', query: LogbookQuery },
    methods: ['GET'],
    route: 'logbook',
    handler: authenticated(services, async (request, { identity }, ready) => {
      const query = parse(LogbookQuery, Object.fromEntries(request.query.entries()), 'query');
      if (!query.ok) return refused(query.error);
      const [{ structure }, proposals] = await Promise.all([ready.structures.load(identity.tenantId), ready.proposals.loadAll(identity.tenantId)]);
      return json(searchLogbook(logbookEntries(structure, proposals, dayOf(ready.now())), query.value));
    }),
  };
}
