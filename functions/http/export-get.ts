import { z } from 'zod';
import { answerKinds, parse } from '../../shared';
import { exportDecisions } from '../application/export-decisions';
import type { Services } from '../composition/services';
import { csvFile } from './csv';
import type { Route } from './route';
import { authenticated } from './route';
import { json, refused } from './responses';

const ExportQuery = z.object({ format: z.enum(['json', 'csv']).default('json') });

const columns = ['proposalId', 'circleId', 'status', 'revisions', 'asked', ...answerKinds, 'objectionsRaised', 'objectionsIntegrated', 'createdAt', 'decidedAt', 'texts'];

/**
 * GET /api/export?format=json|csv: the decisions the caller may read, for research,
 * without anyone's free text unless their circle allows sharing it (the core decides both).
 */
export function exportGet(services: () => Promise<Services>): Route {
  return {
    name: 'export-get',
    contract: { summary: 'The decisions the caller may read, for research, as JSON or CSV; free text only where the circle shares it.', query: ExportQuery },
    methods: ['GET'],
    route: 'export',
    handler: authenticated(services, async (request, { identity, actor }, ready) => {
      const query = parse(ExportQuery, Object.fromEntries(request.query.entries()), 'query');
      if (!query.ok) return refused(query.error);
      const records = await exportDecisions(ready, identity.tenantId, actor);
      if (query.value.format === 'json') return json({ decisions: records });
      const rows = records.map((r) => [
        r.proposalId, r.circleId, r.status, r.revisions, r.asked, ...answerKinds.map((kind) => r.answers[kind]),
        r.objectionsRaised, r.objectionsIntegrated, r.createdAt, r.decidedAt, r.texts === null ? '' : r.texts.join(' | '),
      ]);
      return csvFile('decisions.csv', columns, rows);
    }),
  };
}
