import type { CircleId, HealthReport, Instant, Result } from '../../shared';
import { dayOf, fail, findCircle, keptHealthReport, ok } from '../../shared';
import type { LogbookPorts } from './read-logbook';
import { reprojectLogbook } from './read-logbook';

/**
 * Governance health of a circle, or of the organisation when `circleId` is null,
 * read from what is kept beside the records (the circles, each circle's tally, the
 * reviews), never from the records themselves; a tenant whose health or reviews are
 * not kept yet is projected first.
 */
export async function readHealth(ports: LogbookPorts, tenantId: string, circleId: CircleId | null, now: Instant): Promise<Result<HealthReport>> {
  const today = dayOf(now);
  const scope = circleId ?? undefined;
  const kept = () => Promise.all([ports.logbook.health(tenantId, scope), ports.logbook.reviews(tenantId, scope, today)]);
  const [loaded, first] = await Promise.all([ports.structures.load(tenantId), kept()]);
  const { structure } = loaded;
  if (circleId !== null && !findCircle(structure, circleId)) return fail('not-found', `There is no circle “${circleId}”.`, 'circleId');
  let [tally, reviews] = first;
  if (tally === 'unprojected' || reviews === 'unprojected') {
    await reprojectLogbook(ports, tenantId);
    [tally, reviews] = await kept();
  }
  if (tally === 'unprojected' || reviews === 'unprojected') throw new Error(`The health of tenant ${tenantId} was projected but its marker is missing.`);
  const overdueReviews = reviews.filter((review) => review.status === 'overdue');
  return ok(keptHealthReport({ structure, tally, overdueReviews }, now, circleId));
}
