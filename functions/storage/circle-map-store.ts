import type { TableClient } from '@azure/data-tables';
import type { CircleMapEntry } from '../../shared';
import { emptyStructure } from '../../shared';
import type { CircleMapRepository, KeptCircleMap } from '../application/ports/circle-map-repository';
import { circleMapPrefix, circleMapProjectedMarker } from './circle-map-projection';
import { fromProperties } from './entity-codec';
import { governancePartition, rowsUnder } from './keys';
import { settingsRow } from './structure-store';
import { pointRead, rowsWhere } from './table-storage';

/**
 * Reads the circle map from its rows: one range query, with the marker and the
 * settings read by point reads at the same time. It costs the map, not the circles.
 */
export class CircleMapStore implements CircleMapRepository {
  constructor(private readonly table: TableClient) {}

  async map(tenantId: string): Promise<KeptCircleMap | 'unprojected'> {
    const partitionKey = governancePartition(tenantId);
    const [marker, settings, rows] = await Promise.all([
      pointRead(this.table, partitionKey, circleMapProjectedMarker),
      pointRead(this.table, partitionKey, settingsRow),
      rowsWhere(this.table, partitionKey, rowsUnder(circleMapPrefix)),
    ]);
    if (!marker) return 'unprojected';
    const roleLimit = settings ? (fromProperties(settings) as { roleLimit: number }).roleLimit : emptyStructure.roleLimit;
    return { entries: rows.map((row) => fromProperties(row) as CircleMapEntry), roleLimit };
  }
}
