import type { TableClient, TransactionAction } from '@azure/data-tables';
import type { Circle, Structure, StructureEvent } from '../../shared';
import { Circle as CircleSchema, emptyStructure } from '../../shared';
import { fromProperties, toProperties } from './entity-codec';
import { eventCountOf, eventCountProperty, eventRowKey, sequencePart } from './event-rows';
import { governancePartition, key, quoted, rowsUnder } from './keys';
import type { LoadedStructure, StructureRepository } from '../application/ports/structure-repository';
import { projectedMarkers, structureActions, submitWithLogbook } from './logbook-projection';
import { isConflict, pointRead } from './table-storage';
import { circleMapActions } from './circle-map-projection';

/** The organisation's settings (role limit). */
export const settingsRow = 'settings';
const circleRow = (circleId: string) => key('circle', circleId);

/** The rows of the structure, as an OData condition on RowKey, for queries that read more besides. */
export const structureRows = `(RowKey eq ${quoted(settingsRow)} or ${rowsUnder('circle')})`;

/** Gathers the structure from the rows of a query; rows of other records are left to the caller. */
export class StructureReader {
  private readonly etags = new Map<string, string>();
  private readonly eventCounts = new Map<string, number>();
  private readonly circles: Record<string, Circle> = {};
  private roleLimit = emptyStructure.roleLimit;

  /** True when the row belonged to the structure. */
  accept(row: Record<string, unknown> & { rowKey?: string; etag: string }): boolean {
    const rowKey = row.rowKey ?? '';
    if (rowKey !== settingsRow && !rowKey.startsWith(`${circleRow('')}`)) return false;
    this.etags.set(rowKey, row.etag);
    this.eventCounts.set(rowKey, eventCountOf(row));
    const value = fromProperties(row);
    if (rowKey === settingsRow) this.roleLimit = (value as { roleLimit: number }).roleLimit;
    else {
      const circle = CircleSchema.parse(value);
      this.circles[circle.circleId] = circle;
    }
    return true;
  }

  loaded(tenantId: string): LoadedStructure {
    return { tenantId, structure: { circles: this.circles, roleLimit: this.roleLimit }, etags: this.etags, eventCounts: this.eventCounts };
  }
}

/** The circle an event is about; none for the organisation's settings. */
function circleOfEvent(event: StructureEvent): string | null {
  if (event.type === 'circle-created') return event.circle.circleId;
  return 'circleId' in event ? event.circleId : null;
}

/**
 * The events grouped by the row that counts them: each circle's under its own row
 * (its history is one range of keys), the organisation's settings under `settings`.
 */
function eventsByRow(events: readonly StructureEvent[]): Map<string, StructureEvent[]> {
  const byRow = new Map<string, StructureEvent[]>();
  for (const event of events) {
    const circleId = circleOfEvent(event);
    const rowKey = circleId === null ? settingsRow : circleRow(circleId);
    byRow.set(rowKey, [...(byRow.get(rowKey) ?? []), event]);
  }
  return byRow;
}

/**
 * The transaction actions that write what changed since `loaded`, each guarded by
 * the ETag read, one event row per circle the events are about, and the logbook rows
 * of the role terms and memberships that changed. A circle whose row did not change
 * is rewritten all the same, to count the row under its ETag.
 */
export function structureChanges(loaded: LoadedStructure, next: Structure, events: readonly StructureEvent[] = []): TransactionAction[] {
  const partitionKey = governancePartition(loaded.tenantId);
  const appended = eventsByRow(events);
  const rows = new Map<string, unknown>(
    Object.values(next.circles)
      .filter(
        (circle) =>
          appended.has(circleRow(circle.circleId)) || JSON.stringify(loaded.structure.circles[circle.circleId]) !== JSON.stringify(circle),
      )
      .map((circle) => [circleRow(circle.circleId), circle]),
  );
  if (next.roleLimit !== loaded.structure.roleLimit || !loaded.etags.has(settingsRow) || appended.has(settingsRow)) {
    rows.set(settingsRow, { roleLimit: next.roleLimit });
  }
  const written = [...rows].flatMap(([rowKey, value]): TransactionAction[] => {
    const counted = appended.get(rowKey);
    const eventCount = (loaded.eventCounts.get(rowKey) ?? 0) + (counted ? 1 : 0);
    const entity = { partitionKey, rowKey, ...toProperties(value), [eventCountProperty]: eventCount };
    const etag = loaded.etags.get(rowKey);
    const write: TransactionAction = etag === undefined ? ['create', entity] : ['update', entity, 'Replace', { etag }];
    if (!counted) return [write];
    const history =
      rowKey === settingsRow
        ? eventRowKey('organisation', settingsRow, [sequencePart(eventCount)])
        : eventRowKey('circle', (value as Circle).circleId, [sequencePart(eventCount)]);
    return [write, ['create', { partitionKey, rowKey: history, ...toProperties({ events: counted }) }]];
  });
  if (written.length === 0) return [];
  // A tenant's first write: nothing of it predates the logbook, which is kept from here on.
  const marker: TransactionAction[] =
    loaded.etags.size === 0
      ? projectedMarkers.map((rowKey): TransactionAction => ['upsert', { partitionKey, rowKey, projected: true }, 'Replace'])
      : [];
  return [
    ...written,
    ...marker,
    ...structureActions(partitionKey, loaded.structure, next),
    ...circleMapActions(partitionKey, loaded.structure, next),
  ];
}

/** Submits actions of the tenant's partition as one transaction; false when another writer came first. */
export async function submitGuarded(table: TableClient, actions: TransactionAction[]): Promise<boolean> {
  if (actions.length === 0) return true;
  try {
    await submitWithLogbook(table, actions);
    return true;
  } catch (error) {
    if (isConflict(error)) return false;
    throw error;
  }
}

/**
 * The organisation's circles live in the tenant's partition (one row per circle
 * and one for settings), so a change to several circles is one transaction and
 * loading the whole structure is one query.
 */
export class StructureStore implements StructureRepository {
  constructor(private readonly table: TableClient) {}

  async load(tenantId: string): Promise<LoadedStructure> {
    const reader = new StructureReader();
    const rows = this.table.listEntities<Record<string, unknown>>({
      queryOptions: { filter: `PartitionKey eq ${quoted(governancePartition(tenantId))} and ${structureRows}` },
    });
    for await (const row of rows) reader.accept(row);
    return reader.loaded(tenantId);
  }

  async circle(tenantId: string, circleId: string): Promise<Circle | null> {
    const row = await pointRead(this.table, governancePartition(tenantId), circleRow(circleId));
    return row ? CircleSchema.parse(fromProperties(row)) : null;
  }

  /**
   * Writes what changed since `loaded`, all in one transaction guarded by the ETags
   * read; returns false when someone else wrote first (the caller reloads and retries).
   */
  save(loaded: LoadedStructure, next: Structure, events: readonly StructureEvent[] = []): Promise<boolean> {
    return submitGuarded(this.table, structureChanges(loaded, next, events));
  }
}
