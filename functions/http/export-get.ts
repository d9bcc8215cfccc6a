import { z } from 'zod';
import { answerKinds, decisionRecords } from '../../shared';
import type { Services } from '../composition/services';
import { csvFile } from './csv';
import { recordsRoute } from './records-route';
import { json } from './responses';

const ExportQuery = z.object({ format: z.enum(['json', 'csv']).default('json') });

const columns = ['proposalId', 'circleId', 'status', 'revisions', 'asked', ...answerKinds, 'objectionsRaised', 'objectionsIntegrated', 'createdAt', 'decidedAt', 'texts'];

/**
 * GET /api/export?format=json|csv: the decisions the caller may read, for research,
 * without anyone's free text unless their circle allows sharing it (the core decides both).
 */
export function exportGet(services: () => Promise<Services>) {
  return recordsRoute(services, {
    name: 'export-get',
    route: 'export',
    summary: 'The decisions the caller may read, for research, as JSON or CSV; free text only where the circle shares it.',
    query: ExportQuery,
    respond: ({ structure, proposals }, { format }, _now, actor) => {
      const records = decisionRecords({ structure, actor }, proposals);
      if (format === 'json') return json({ decisions: records });
      const rows = records.map((r) => [
        r.proposalId, r.circleId, r.status, r.revisions, r.asked, ...answerKinds.map((kind) => r.answers[kind]),
        r.objectionsRaised, r.objectionsIntegrated, r.createdAt, r.decidedAt, r.texts === null ? '' : r.texts.join(' | '),
      ]);
      return csvFile('decisions.csv', columns, rows);
    },
  });
}
