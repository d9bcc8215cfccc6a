import { TableClient } from '@azure/data-tables';
import { quoted } from './keys';

type PipelinePolicy = Parameters<TableClient['pipeline']['addPolicy']>[0];

/** Counts requests sent to Table Storage: the benchmark's "round trips per answer". */
export interface RoundTrips {
  count: number;
  /** When given, each request's method and address, in the order sent: what a count is made of. */
  readonly sent?: string[];
}

function countingPolicy(roundTrips: RoundTrips): PipelinePolicy {
  return {
    name: 'count-round-trips',
    sendRequest: (request, next) => {
      roundTrips.count += 1;
      roundTrips.sent?.push(`${request.method} ${decodeURIComponent(request.url)}`);
      return next(request);
    },
  };
}

/**
 * How long one storage call may take, its retries included. When storage is down or
 * frozen a caller hears `503 Retry-After` within 2 s instead of waiting out the SDK's
 * default (3 retries, exponential from 800 ms: 5–11 s). Table Storage answers in
 * milliseconds and throttles with a quick 503 rather than queueing; Azurite serves one
 * request at a time, so a crowd of concurrent scans can queue past the deadline, and
 * those callers are asked to try again like any other.
 */
export const storageDeadlineMs = 1_500;

/**
 * A timer has no caller waiting: its calls may wait out a busy store (Azurite at
 * 30,000 rows takes 3 s for what a reminder run of 55 reads) before the run logs
 * the fault and leaves what it did not do to the next one.
 */
export const timerStorageDeadlineMs = 20_000;

/** A refused connection, a reset or a 5xx is retried twice, quickly, within the deadline. */
export const storageRetries = { maxRetries: 2, retryDelayInMs: 100, maxRetryDelayInMs: 400 } as const;

/** Aborts a call (every retry of it) once the deadline has passed. */
function deadlinePolicy(deadlineMs: number): PipelinePolicy {
  return {
    name: 'storage-deadline',
    sendRequest: (request, next) => {
      const deadline = AbortSignal.timeout(deadlineMs);
      const given = request.abortSignal;
      request.abortSignal = given instanceof AbortSignal ? AbortSignal.any([given, deadline]) : deadline;
      return next(request);
    },
  };
}

/**
 * A client for one table. Plain http is allowed because Azurite speaks it
 * locally; in Azure the connection string names an https endpoint.
 */
export function tableClient(
  connectionString: string,
  tableName: string,
  roundTrips?: RoundTrips,
  deadlineMs = storageDeadlineMs,
): TableClient {
  const client = TableClient.fromConnectionString(connectionString, tableName, {
    allowInsecureConnection: true,
    retryOptions: storageRetries,
  });
  // Without a phase the policy runs before the retry policy, so the deadline covers every try.
  client.pipeline.addPolicy(deadlinePolicy(deadlineMs));
  if (roundTrips) client.pipeline.addPolicy(countingPolicy(roundTrips));
  return client;
}

/** Creates the table at start-up; an existing table is fine. */
export async function ensureTable(client: TableClient): Promise<void> {
  try {
    await client.createTable();
  } catch (error) {
    if (statusOf(error) !== 409) throw error;
  }
}

export function statusOf(error: unknown): number | undefined {
  return typeof error === 'object' && error !== null && 'statusCode' in error && typeof error.statusCode === 'number'
    ? error.statusCode
    : undefined;
}

/** Another writer changed the row first (ETag mismatch) or created it first. */
export function isConflict(error: unknown): boolean {
  const status = statusOf(error);
  return status === 412 || status === 409;
}

/** One row by its keys, or null when there is none: the point read every store makes. */
export async function pointRead(table: TableClient, partitionKey: string, rowKey: string) {
  try {
    return await table.getEntity<Record<string, unknown>>(partitionKey, rowKey);
  } catch (error) {
    if (statusOf(error) === 404) return null;
    throw error;
  }
}

/** Every row of a partition that `rows` (a filter on `RowKey`) selects: one query, paged by the SDK. */
export async function rowsWhere(table: TableClient, partitionKey: string, rows: string): Promise<Record<string, unknown>[]> {
  const found: Record<string, unknown>[] = [];
  const filter = `PartitionKey eq ${quoted(partitionKey)} and (${rows})`;
  for await (const entity of table.listEntities<Record<string, unknown>>({ queryOptions: { filter } })) found.push(entity);
  return found;
}
