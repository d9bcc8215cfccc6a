import { z } from 'zod';
import type { LogbookEntry } from '../../shared';
import { LogbookQuery, dayOf, parse } from '../../shared';
import { readLogbook } from '../application/read-logbook';
import type { Services } from '../composition/services';
import { csvFile } from './csv';
import type { Texts } from '../../texts/translate';
import type { Route } from './route';
import { authenticated } from './route';
import { json, refused, textsOf } from './responses';

const LogbookRequest = LogbookQuery.extend({ format: z.enum(['json', 'csv']).default('json') });

const columns = ['date', 'kind', 'circleId', 'title', 'status', 'reviewDate'] as const;

/** An entry with its title in the reader's words: minutes are titled by the core (`said`), older rows by the English they were kept with. */
const worded =
  (texts: Texts) =>
  ({ said, ...entry }: LogbookEntry): LogbookEntry =>
    said ? { ...entry, title: texts.say('core', said) } : entry;

/**
 * GET /api/logbook?circleId=&kind=&status=&text=&pageSize=&after=&format=: decisions
 * and role terms the caller may read, newest first, a page at a time read in
 * storage (`after` = the `next` of the page before). `text` finds entries in which
 * every one of its words begins a word (any order, case and accents aside) of the
 * title, text, driver or outcome (`shared/logbook/search-text.ts`). As CSV, every
 * entry the filters find: the tab's "Export CSV" downloads this, so the API's is the only CSV writer.
 */
export function logbookGet(services: () => Promise<Services>): Route {
  return {
    name: 'logbook-get',
    contract: {
      summary:
        'The logbook: decisions and role terms the caller may read, newest first, filtered and paged (`after` = the `next` of the page before); as CSV, every entry the filters find.',
      query: LogbookRequest,
    },
    methods: ['GET'],
    route: 'logbook',
    handler: authenticated(services, async (request, { identity, actor }, ready) => {
      const parsed = parse(LogbookRequest, Object.fromEntries(request.query.entries()), 'query');
      if (!parsed.ok) return refused(request, parsed.error);
      const { format, ...query } = parsed.value;
      const today = dayOf(ready.now());
      const words = worded(textsOf(request));
      if (format === 'json') {
        const page = await readLogbook(ready, identity.tenantId, actor, query, today);
        return page.ok ? json({ ...page.value, entries: page.value.entries.map(words) }) : refused(request, page.error);
      }
      const entries: LogbookEntry[] = [];
      for (let after = query.after; ; ) {
        const page = await readLogbook(
          ready,
          identity.tenantId,
          actor,
          { ...query, pageSize: 100, ...(after === undefined ? {} : { after }) },
          today,
        );
        if (!page.ok) return refused(request, page.error);
        entries.push(...page.value.entries.map(words));
        if (page.value.next === null) break;
        after = page.value.next;
      }
      return csvFile(
        'logbook.csv',
        columns,
        entries.map((entry) => columns.map((column) => entry[column])),
      );
    }),
  };
}
