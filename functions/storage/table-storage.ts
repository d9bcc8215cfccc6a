import { TableClient } from '@azure/data-tables';

type PipelinePolicy = Parameters<TableClient['pipeline']['addPolicy']>[0];

/** Counts requests sent to Table Storage: the benchmark's "round trips per answer". */
export interface RoundTrips {
  count: number;
}

function countingPolicy(roundTrips: RoundTrips): PipelinePolicy {
  return {
    name: 'count-round-trips',
    sendRequest: (request, next) => {
      roundTrips.count += 1;
      return next(request);
    },
  };
}

/**
 * A client for one table. Plain http is allowed because Azurite speaks it
 * locally; in Azure the connection string names an https endpoint.
 */
export function tableClient(connectionString: string, tableName: string, roundTrips?: RoundTrips): TableClient {
  const client = TableClient.fromConnectionString(connectionString, tableName, { allowInsecureConnection: true });
  if (roundTrips) client.pipeline.addPolicy(countingPolicy(roundTrips));
  return client;
}

/** Creates the table once at start-up; an existing table is fine. */
export async function ensureTable(client: TableClient): Promise<void> {
  try {
    await client.createTable();
  } catch (error) {
    if (statusOf(error) !== 409) throw error;
  }
}

export function statusOf(error: unknown): number | undefined {
  return typeof error === 'object' && error !== null && 'statusCode' in error && typeof error.statusCode === 'number' ? error.statusCode : undefined;
}

/** Another writer changed the row first (ETag mismatch) or created it first. */
export function isConflict(error: unknown): boolean {
  const status = statusOf(error);
  return status === 412 || status === 409;
}
