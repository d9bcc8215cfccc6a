import type { Circle, PersonId } from '../../shared';
import { worksIn } from '../../shared';
import type { InboxPorts } from './read-inbox';
import { keptRead } from './read-logbook';

/**
 * The active circles a person is a member of: their circles as kept with the
 * logbook, then each circle by a point read, all at once, so the cost grows with
 * their circles, not with the organisation. A tenant not yet projected is projected first.
 */
export async function readMyCircles(ports: InboxPorts, tenantId: string, personId: PersonId): Promise<Circle[]> {
  const ids = await keptRead(ports, tenantId, () => ports.inbox.circles(tenantId, personId));
  const circles = await Promise.all(ids.map((circleId) => ports.structures.circle(tenantId, circleId)));
  // Kept membership follows every structure write; the circle as read now has the last word.
  return circles.filter((circle): circle is Circle => circle !== null && worksIn(circle, personId));
}
