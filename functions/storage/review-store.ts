import type { TableClient } from '@azure/data-tables';
import type { CalendarDate, HeldReview, KeptReview, Review, ReviewNotices } from '../../shared';
import { reviewsRead } from '../../shared';
import { fromProperties } from './entity-codec';
import { governancePartition, quoted, rowsUnder } from './keys';
import { circleHeldRange, circleReviewRange, heldRange, noticesKey, reviewRange, reviewsProjectedMarker } from './review-projection';
import { statusOf } from './table-storage';

/** One row by its keys; null when there is none. */
export async function pointRead(table: TableClient, partitionKey: string, rowKey: string): Promise<Record<string, unknown> | null> {
  try {
    return await table.getEntity<Record<string, unknown>>(partitionKey, rowKey);
  } catch (error) {
    if (statusOf(error) === 404) return null;
    throw error;
  }
}

async function rowsOf<T>(table: TableClient, partitionKey: string, prefix: string): Promise<T[]> {
  const filter = `PartitionKey eq ${quoted(partitionKey)} and ${rowsUnder(prefix)}`;
  const rows: T[] = [];
  for await (const entity of table.listEntities<Record<string, unknown>>({ queryOptions: { filter } })) rows.push(fromProperties(entity) as T);
  return rows;
}

/**
 * The reviews still to be held, of the organisation or of one circle, soonest first:
 * two point reads (the projection marker, the circles' notices) and two range
 * queries (the reviews, the held markers), sent at once. Each range costs a request
 * per 1,000 rows it holds.
 */
export async function readReviews(table: TableClient, tenantId: string, circleId: string | undefined, today: CalendarDate): Promise<Review[] | 'unprojected'> {
  const partitionKey = governancePartition(tenantId);
  const [marker, notices, kept, held] = await Promise.all([
    pointRead(table, partitionKey, reviewsProjectedMarker),
    pointRead(table, partitionKey, noticesKey),
    rowsOf<KeptReview>(table, partitionKey, circleId === undefined ? reviewRange : circleReviewRange(circleId)),
    rowsOf<HeldReview>(table, partitionKey, circleId === undefined ? heldRange : circleHeldRange(circleId)),
  ]);
  if (!marker) return 'unprojected';
  const byCircle = notices ? (fromProperties(notices) as { notices: ReviewNotices }).notices : {};
  return reviewsRead(kept, byCircle, held, today);
}
