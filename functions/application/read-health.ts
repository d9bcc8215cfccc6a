import type { CalendarDate, CircleId, HealthReport, Instant, Result, Review } from '../../shared';
import { dayOf, fail, findCircle, keptHealthReport, ok } from '../../shared';
import type { LogbookPorts } from './read-logbook';
import { reprojectLogbook } from './read-logbook';

/**
 * Governance health of a circle, or of the organisation when `circleId` is null,
 * read from what is kept beside the records (the circles, each circle's tally, the
 * reviews), never from the records themselves; a tenant whose health or reviews are
 * not kept yet is projected first.
 */
export async function readHealth(
  ports: LogbookPorts,
  tenantId: string,
  circleId: CircleId | null,
  now: Instant,
): Promise<Result<HealthReport>> {
  const today = dayOf(now);
  const scope = circleId ?? undefined;
  const kept = () => Promise.all([ports.logbook.health(tenantId, scope), overdue(ports, tenantId, scope, today)]);
  const [loaded, first] = await Promise.all([ports.structures.load(tenantId), kept()]);
  const { structure } = loaded;
  if (circleId !== null && !findCircle(structure, circleId))
    return fail('not-found', { key: 'noCircle', values: { circleId } }, 'circleId');
  let [tally, reviews] = first;
  if (tally === 'unprojected' || reviews === 'unprojected') {
    await reprojectLogbook(ports, tenantId);
    [tally, reviews] = await kept();
  }
  if (tally === 'unprojected' || reviews === 'unprojected')
    throw new Error(`The health of tenant ${tenantId} was projected but its marker is missing.`);
  return ok(keptHealthReport({ structure, tally, overdueReviews: reviews }, now, circleId));
}

/**
 * The overdue reviews only (their dates have passed), not every review still to be
 * held: a page of 1,000 at a time, Table Storage's largest, as the report lists them all.
 */
async function overdue(
  ports: LogbookPorts,
  tenantId: string,
  circleId: CircleId | undefined,
  today: CalendarDate,
): Promise<Review[] | 'unprojected'> {
  const reviews: Review[] = [];
  for (let after: string | undefined; ; ) {
    const query = {
      status: 'overdue',
      pageSize: 1000,
      ...(circleId === undefined ? {} : { circleId }),
      ...(after === undefined ? {} : { after }),
    } as const;
    const page = await ports.logbook.reviewsPage(tenantId, query, today);
    if (page === 'unprojected') return page;
    if (page === null) throw new Error(`The reviews of tenant ${tenantId} refused the page token they handed out.`);
    reviews.push(...page.reviews);
    if (page.next === null) return reviews;
    after = page.next;
  }
}
