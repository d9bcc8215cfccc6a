import { LogbookQuery, dayOf, logbookEntries, searchLogbook } from '../../shared';
import type { Services } from '../composition/services';
import { recordsRoute } from './records-route';
import { json } from './responses';

/** GET /api/logbook?circleId=&kind=&status=&text=&page=&pageSize=: decisions and role terms, newest first. */
export function logbookGet(services: () => Promise<Services>) {
  return recordsRoute(services, {
    name: 'logbook-get',
    route: 'logbook',
    summary: 'The logbook: decisions and role terms, filtered and paged.',
    query: LogbookQuery,
    respond: ({ structure, proposals }, query, now) => json(searchLogbook(logbookEntries(structure, proposals, dayOf(now)), query)),
  });
}
