import { z } from 'zod';
import type { HttpResponseInit } from '@azure/functions';
import { answerKinds, decisionRecords } from '../../shared';
import type { Services } from '../composition/services';
import { toCsv } from './csv';
import { recordsRoute } from './records-route';
import { json } from './responses';

const ExportQuery = z.object({ format: z.enum(['json', 'csv']).default('json') });

const columns = ['proposalId', 'circleId', 'status', 'revisions', 'asked', ...answerKinds, 'objectionsRaised', 'objectionsIntegrated', 'createdAt', 'decidedAt', 'texts'];

/**
 * GET /api/export?format=json|csv: every decision for research, without anyone's
 * free text unless their circle allows sharing it (the core decides which).
 */
export function exportGet(services: () => Promise<Services>) {
  return recordsRoute(services, {
    name: 'export-get',
    route: 'export',
    summary: 'Every decision for research, as JSON or CSV; free text only where the circle shares it.',
    query: ExportQuery,
    respond: ({ structure, proposals }, { format }): HttpResponseInit => {
      const records = decisionRecords(structure, proposals);
      if (format === 'json') return json({ decisions: records });
      const rows = records.map((r) => [
        r.proposalId, r.circleId, r.status, r.revisions, r.asked, ...answerKinds.map((kind) => r.answers[kind]),
        r.objectionsRaised, r.objectionsIntegrated, r.createdAt, r.decidedAt, r.texts === null ? '' : r.texts.join(' | '),
      ]);
      return {
        status: 200,
        headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="decisions.csv"' },
        body: toCsv(columns, rows),
      };
    },
  });
}
