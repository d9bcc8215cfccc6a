import type { TableClient } from '@azure/data-tables';
import type { Circle, Structure } from '../../shared';
import { Circle as CircleSchema, emptyStructure } from '../../shared';
import { fromProperties, toProperties } from './entity-codec';
import { governancePartition, key, quoted, rowsUnder } from './keys';
import { isConflict } from './table-storage';

/**
 * The organisation's circles live in the tenant's partition (one row per circle
 * and one for settings), so a change to several circles is one transaction and
 * loading the whole structure is one query.
 */
export interface LoadedStructure {
  readonly tenantId: string;
  readonly structure: Structure;
  /** ETag of each stored row, for optimistic concurrency. */
  readonly etags: ReadonlyMap<string, string>;
}

const settingsRow = 'settings';
const circleRow = (circleId: string) => key('circle', circleId);

export class StructureStore {
  constructor(private readonly table: TableClient) {}

  async load(tenantId: string): Promise<LoadedStructure> {
    const etags = new Map<string, string>();
    const circles: Record<string, Circle> = {};
    let roleLimit = emptyStructure.roleLimit;
    const rows = this.table.listEntities<Record<string, unknown>>({
      queryOptions: { filter: `PartitionKey eq ${quoted(governancePartition(tenantId))} and (RowKey eq ${quoted(settingsRow)} or ${rowsUnder('circle')})` },
    });
    for await (const row of rows) {
      etags.set(row.rowKey as string, row.etag);
      const value = fromProperties(row);
      if (row.rowKey === settingsRow) roleLimit = (value as { roleLimit: number }).roleLimit;
      else {
        const circle = CircleSchema.parse(value);
        circles[circle.circleId] = circle;
      }
    }
    return { tenantId, structure: { circles, roleLimit }, etags };
  }

  /**
   * Writes what changed since `loaded`, all in one transaction guarded by the ETags
   * read; returns false when someone else wrote first (the caller reloads and retries).
   */
  async save(loaded: LoadedStructure, next: Structure): Promise<boolean> {
    const partitionKey = governancePartition(loaded.tenantId);
    const rows: { rowKey: string; value: unknown }[] = Object.values(next.circles)
      .filter((circle) => JSON.stringify(loaded.structure.circles[circle.circleId]) !== JSON.stringify(circle))
      .map((circle) => ({ rowKey: circleRow(circle.circleId), value: circle }));
    if (next.roleLimit !== loaded.structure.roleLimit || !loaded.etags.has(settingsRow)) {
      rows.push({ rowKey: settingsRow, value: { roleLimit: next.roleLimit } });
    }
    if (rows.length === 0) return true;
    const actions = rows.map(({ rowKey, value }) => {
      const entity = { partitionKey, rowKey, ...toProperties(value) };
      const etag = loaded.etags.get(rowKey);
      return etag === undefined ? (['create', entity] as const) : (['update', entity, 'Replace', { etag }] as const);
    });
    try {
      await this.table.submitTransaction(actions.map((action) => [...action]) as Parameters<TableClient['submitTransaction']>[0]);
      return true;
    } catch (error) {
      if (isConflict(error)) return false;
      throw error;
    }
  }
}
