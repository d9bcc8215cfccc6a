import type { CalendarDate, MappedCircle } from '../../shared';
import { mappedCircle } from '../../shared';
import type { CircleMapRepository } from './ports/circle-map-repository';
import type { LogbookPorts } from './read-logbook';
import { keptRead } from './read-logbook';

export interface CircleMapPorts extends LogbookPorts {
  readonly circleMap: CircleMapRepository;
}

/**
 * The organisation's circle map on `today`, from the entries kept on write: no circle
 * is read whole. A tenant whose map is not kept yet is projected first.
 */
export async function readCircleMap(
  ports: CircleMapPorts,
  tenantId: string,
  today: CalendarDate,
): Promise<{ circles: MappedCircle[]; roleLimit: number }> {
  const kept = await keptRead(ports, tenantId, () => ports.circleMap.map(tenantId));
  return { circles: kept.entries.map((entry) => mappedCircle(entry, today)), roleLimit: kept.roleLimit };
}
