import type { TableClient } from '@azure/data-tables';

/** Notes in `into` every row key storage answers a read with, in the order the answers come: what a read cost. */
export function noteRowsRead(table: TableClient, into: string[]): void {
  table.pipeline.addPolicy({
    name: 'rows-read',
    sendRequest: async (request, next) => {
      const response = await next(request);
      if (request.method === 'GET' && response.status === 200 && response.headers.get('content-type')?.includes('json')) {
        const body = JSON.parse(response.bodyAsText ?? '{}') as { value?: { RowKey: string }[]; RowKey?: string };
        into.push(...(body.value?.map((row) => row.RowKey) ?? (body.RowKey ? [body.RowKey] : [])));
      }
      return response;
    },
  });
}
