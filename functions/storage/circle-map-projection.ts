import type { TransactionAction } from '@azure/data-tables';
import type { CircleMapEntry, Structure } from '../../shared';
import { circleMapChanges } from '../../shared';
import { toProperties } from './entity-codec';
import { key } from './keys';

/**
 * The circle map is kept beside the structure, in the tenant's partition: a row
 * `circle-map|<circleId>` per circle holding what the map and the pickers show of it
 * (`CircleMapEntry`), written in the same transaction as the structure change that
 * changes it. The map is then one range query of small rows, not every circle whole.
 */
export const circleMapPrefix = 'circle-map';
export const circleMapKey = (circleId: string) => key(circleMapPrefix, circleId);
/** Present once the tenant's map is kept on write (its first structure write, or a rebuild). */
export const circleMapProjectedMarker = 'circle-map-projected';

const circleMapRow = (partitionKey: string, entry: CircleMapEntry) => ({
  partitionKey,
  rowKey: circleMapKey(entry.circleId),
  ...toProperties(entry),
});

/** The map's rows a structure change keeps in step: only those of the circles whose entry changed. */
export function circleMapActions(partitionKey: string, before: Structure, after: Structure): TransactionAction[] {
  const { changed, gone } = circleMapChanges(before, after);
  return [
    ...changed.map((entry): TransactionAction => ['upsert', circleMapRow(partitionKey, entry), 'Replace']),
    ...gone.map((circleId): TransactionAction => ['delete', { partitionKey, rowKey: circleMapKey(circleId) }]),
  ];
}
