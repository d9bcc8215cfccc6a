import { z } from 'zod';
import { LogbookQuery, dayOf, logbookEntries, matchingEntries, searchLogbook } from '../../shared';
import type { Services } from '../composition/services';
import { csvFile } from './csv';
import { recordsRoute } from './records-route';
import { json } from './responses';

const LogbookRequest = LogbookQuery.extend({ format: z.enum(['json', 'csv']).default('json') });

const columns = ['date', 'kind', 'circleId', 'title', 'status', 'reviewDate'] as const;

/**
 * GET /api/logbook?circleId=&kind=&status=&text=&page=&pageSize=&format=: decisions
 * and role terms the caller may read, newest first. `text` finds entries in which
 * every one of its words begins a word (any order, case and accents aside) of the
 * title, text, driver or outcome (`shared/logbook/search-text.ts`). As CSV, every
 * entry the filters find (no pages): the tab's "Export CSV" downloads this, so the API's is the only CSV writer.
 */
export function logbookGet(services: () => Promise<Services>) {
  return recordsRoute(services, {
    name: 'logbook-get',
    route: 'logbook',
    summary: 'The logbook: decisions and role terms the caller may read, filtered and paged; as CSV, every entry the filters find.',
    query: LogbookRequest,
    respond: ({ structure, proposals }, { format, ...query }, now, actor) => {
      const entries = logbookEntries({ structure, actor }, proposals, dayOf(now));
      if (format === 'json') return json(searchLogbook(entries, query));
      return csvFile('logbook.csv', columns, matchingEntries(entries, query).map((entry) => columns.map((column) => entry[column])));
    },
  });
}
