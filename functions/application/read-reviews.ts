import type { CalendarDate, Id, Review } from '../../shared';
import type { LogbookPorts } from './read-logbook';
import { reprojectLogbook } from './read-logbook';

/** The reviews still to be held, of the organisation or one circle; a tenant whose reviews are not kept yet is projected first. */
export async function readReviews(ports: LogbookPorts, tenantId: string, circleId: Id | undefined, today: CalendarDate): Promise<Review[]> {
  const kept = await ports.logbook.reviews(tenantId, circleId, today);
  if (kept !== 'unprojected') return kept;
  await reprojectLogbook(ports, tenantId);
  const projected = await ports.logbook.reviews(tenantId, circleId, today);
  if (projected === 'unprojected') throw new Error(`The reviews of tenant ${tenantId} were projected but their marker is missing.`);
  return projected;
}
