import type { TableClient } from '@azure/data-tables';
import type { CalendarDate, HeldReview, KeptReview, NamedReview, Review, ReviewNotices, ReviewsPage, ReviewsQuery } from '../../shared';
import { reviewDates, reviewsRead } from '../../shared';
import { fewAtOnce } from '../application/reads-at-once';
import { fromProperties } from './entity-codec';
import { escapeKey, governancePartition, pageToken, quoted, resumeKey, rowsUnder } from './keys';
import {
  circleHeldRange,
  circleReviewRange,
  heldKey,
  heldRange,
  noticesKey,
  reviewKeys,
  reviewRange,
  reviewsProjectedMarker,
} from './review-projection';
import { pointRead, rowsWhere } from './table-storage';

const rowsOf = async <T>(table: TableClient, partitionKey: string, prefix: string): Promise<T[]> =>
  (await rowsWhere(table, partitionKey, rowsUnder(prefix))).map((entity) => fromProperties(entity) as T);

/**
 * The reviews still to be held, of the organisation or of one circle, soonest first:
 * two point reads (the projection marker, the circles' notices) and two range
 * queries (the reviews, the held markers), sent at once. Each range costs a request
 * per 1,000 rows it holds.
 */
export async function readReviews(
  table: TableClient,
  tenantId: string,
  circleId: string | undefined,
  today: CalendarDate,
): Promise<Review[] | 'unprojected'> {
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

/**
 * Each named review as it stands, or null when it is no longer to be held (gone,
 * moved to another date, held, or of an archived circle): point reads only, a few at
 * once (`fewAtOnce`): the projection marker and the circles' notices, then each
 * review's row in its circle's range and its held marker.
 */
export async function readNamedReviews(
  table: TableClient,
  tenantId: string,
  named: readonly NamedReview[],
  today: CalendarDate,
): Promise<(Review | null)[] | 'unprojected'> {
  const partitionKey = governancePartition(tenantId);
  const [marker, notices, ...found] = await fewAtOnce([
    () => pointRead(table, partitionKey, reviewsProjectedMarker),
    () => pointRead(table, partitionKey, noticesKey),
    ...named.flatMap((review) => [
      () => pointRead(table, partitionKey, reviewKeys(review)[1]),
      () => pointRead(table, partitionKey, heldKey(review)),
    ]),
  ]);
  if (!marker) return 'unprojected';
  const byCircle = notices ? (fromProperties(notices) as { notices: ReviewNotices }).notices : {};
  return named.map((_, i) => {
    const kept = found[2 * i];
    const held = found[2 * i + 1];
    if (!kept) return null;
    return reviewsRead([fromProperties(kept) as KeptReview], byCircle, held ? [fromProperties(held) as HeldReview] : [], today)[0] ?? null;
  });
}

/**
 * Rows read beyond a page for those passed over (held, of an archived circle, of
 * the other status), so a page is nearly always one range request.
 */
const passedOverRoom = 50;
/** Table Storage answers at most 1,000 rows a request. */
const tableStoragePage = 1000;

/**
 * One page of reviews still to be held, soonest first, read in storage: a range
 * query of the kept reviews from the page token (only the dates the status can
 * have), beside the marker, the circles' notices and the held markers, all sent at
 * once. Held reviews and those of archived circles are passed over. The held
 * markers are read whole: their number grows with the reviews held so far, which an
 * adopting write cannot remove from the date order (it does not know their date).
 * Null when `after` was not handed out here.
 */
export async function readReviewsPage(
  table: TableClient,
  tenantId: string,
  query: ReviewsQuery,
  today: CalendarDate,
): Promise<ReviewsPage | 'unprojected' | null> {
  const partitionKey = governancePartition(tenantId);
  const prefix = query.circleId === undefined ? reviewRange : circleReviewRange(query.circleId);
  const resumeAt = resumeKey(query.after);
  if (resumeAt === null) return null;
  const dates = reviewDates(query.status, today);
  const lower = [`${prefix}|${resumeAt}`, ...(dates.from === null ? [] : [`${prefix}|${escapeKey(dates.from)}`])].sort().at(-1) as string;
  const upper = dates.before === null ? `${prefix}}` : `${prefix}|${escapeKey(dates.before)}`;
  const filter = `PartitionKey eq ${quoted(partitionKey)} and RowKey ${resumeAt === '' ? 'ge' : 'gt'} ${quoted(lower)} and RowKey lt ${quoted(upper)}`;
  const [marker, notices, held] = await Promise.all([
    pointRead(table, partitionKey, reviewsProjectedMarker),
    pointRead(table, partitionKey, noticesKey),
    rowsOf<HeldReview>(table, partitionKey, query.circleId === undefined ? heldRange : circleHeldRange(query.circleId)),
  ]);
  if (!marker) return 'unprojected';
  const byCircle = notices ? (fromProperties(notices) as { notices: ReviewNotices }).notices : {};
  const kept: { review: Review; rowKey: string }[] = [];
  const pages = table
    .listEntities<Record<string, unknown>>({ queryOptions: { filter } })
    .byPage({ maxPageSize: Math.min(tableStoragePage, query.pageSize + 1 + passedOverRoom) });
  for await (const page of pages) {
    for (const entity of page) {
      const [review] = reviewsRead([fromProperties(entity) as KeptReview], byCircle, held, today);
      if (!review || (query.status !== 'all' && review.status !== query.status)) continue;
      // One review past the page says whether there is a next one.
      if (kept.length === query.pageSize) {
        const last = (kept.at(-1) as { rowKey: string }).rowKey;
        return { reviews: kept.map((k) => k.review), pageSize: query.pageSize, next: pageToken(prefix, last) };
      }
      kept.push({ review, rowKey: entity.rowKey as string });
    }
  }
  return { reviews: kept.map((k) => k.review), pageSize: query.pageSize, next: null };
}
