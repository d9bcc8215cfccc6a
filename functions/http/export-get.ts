import { z } from 'zod';
import { answerKinds, PageToken, parse } from '../../shared';
import { exportDecisions } from '../application/export-decisions';
import type { Services } from '../composition/services';
import { csvFile } from './csv';
import type { Route } from './route';
import { authenticated } from './route';
import { json, refused } from './responses';

const ExportQuery = z.object({
  format: z.enum(['json', 'csv']).default('json'),
  pageSize: z.coerce.number().int().min(1).max(1000).default(1000),
  after: PageToken.optional(),
});

const columns = [
  'proposalId',
  'circleId',
  'status',
  'revisions',
  'asked',
  ...answerKinds,
  'objectionsRaised',
  'objectionsIntegrated',
  'createdAt',
  'decidedAt',
  'texts',
];

/**
 * GET /api/export?format=json|csv: the decisions the caller may read, for research,
 * without anyone's free text unless their circle allows sharing it (the core decides both).
 */
export function exportGet(services: () => Promise<Services>): Route {
  return {
    name: 'export-get',
    contract: {
      summary:
        'The decisions the caller may read, for research, as JSON or CSV, a page at a time (`next` in JSON, a `Link` header with rel="next" in CSV); free text only where the circle shares it.',
      query: ExportQuery,
    },
    methods: ['GET'],
    route: 'export',
    handler: authenticated(services, async (request, { identity, actor }, ready) => {
      const query = parse(ExportQuery, Object.fromEntries(request.query.entries()), 'query');
      if (!query.ok) return refused(request, query.error);
      const { format, ...page } = query.value;
      const exported = await exportDecisions(ready, identity.tenantId, actor, page);
      if (!exported.ok) return refused(request, exported.error);
      const { decisions, next } = exported.value;
      if (format === 'json') return json({ decisions, pageSize: page.pageSize, next });
      const rows = decisions.map((r) => [
        r.proposalId,
        r.circleId,
        r.status,
        r.revisions,
        r.asked,
        ...answerKinds.map((kind) => r.answers[kind]),
        r.objectionsRaised,
        r.objectionsIntegrated,
        r.createdAt,
        r.decidedAt,
        r.texts === null ? '' : r.texts.join(' | '),
      ]);
      const file = csvFile('decisions.csv', columns, rows);
      // A CSV has no room for the page token: the next page is named in a Link header (RFC 8288).
      if (next === null) return file;
      const nextPage = `export?${new URLSearchParams({ format, pageSize: String(page.pageSize), after: next })}`;
      return { ...file, headers: { ...(file.headers as Record<string, string>), link: `<${nextPage}>; rel="next"` } };
    }),
  };
}
