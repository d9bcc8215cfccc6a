import type { Circle, PersonId } from '../../shared';
import type { InboxPorts } from './read-inbox';
import { reprojectLogbook } from './read-logbook';

/**
 * The active circles a person is a member of: their circles as kept with the
 * logbook, then each circle by a point read, all at once, so the cost grows with
 * their circles, not with the organisation. A tenant not yet projected is projected first.
 */
export async function readMyCircles(ports: InboxPorts, tenantId: string, personId: PersonId): Promise<Circle[]> {
  let ids = await ports.inbox.circles(tenantId, personId);
  if (ids === 'unprojected') {
    await reprojectLogbook(ports, tenantId);
    ids = await ports.inbox.circles(tenantId, personId);
  }
  if (ids === 'unprojected') throw new Error(`The logbook of tenant ${tenantId} was projected but its marker is missing.`);
  const circles = await Promise.all(ids.map((circleId) => ports.structures.circle(tenantId, circleId)));
  // Kept membership follows every structure write; the circle as read now has the last word.
  return circles.filter((circle): circle is Circle => circle !== null && !circle.archived && circle.members.some((member) => member.personId === personId));
}
