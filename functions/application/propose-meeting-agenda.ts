import type { Meeting, ProposedItem, Structure } from '../../shared';
import { dayOf, proposeAgenda } from '../../shared';
import type { ListingPorts } from './list-pages';
import { keptRead } from './read-logbook';

/** A circle holds few role selections at once: one page of its list holds every one under way. */
const selectionsRead = 100;

/**
 * The agenda proposed for a meeting at `now`, from what is due in its circle as the
 * kept rows hold it (its open proposals, its reviews, the first page of its role
 * selections: three range reads at once, no record whole), then the items already on
 * the meeting's agenda. The facilitator consents to it, changed or not.
 */
export async function proposedAgendaFor(
  ports: ListingPorts,
  tenantId: string,
  structure: Structure,
  meeting: Meeting,
  now: string,
): Promise<ProposedItem[]> {
  const { circleId } = meeting;
  const [proposals, reviews, selections] = await Promise.all([
    keptRead(ports, tenantId, () => ports.logbook.open(tenantId, [circleId])),
    keptRead(ports, tenantId, () => ports.logbook.reviews(tenantId, circleId, dayOf(now))),
    keptRead(ports, tenantId, () => ports.listings.selections(tenantId, circleId, { pageSize: selectionsRead })),
  ]);
  return proposeAgenda(structure, circleId, { proposals, reviews, selections: selections?.items ?? [] }, now, meeting.agenda);
}
