import type { TableClient, TransactionAction } from '@azure/data-tables';
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

/** The rows of the structure, as an OData condition on RowKey, for queries that read more besides. */
export const structureRows = `(RowKey eq ${quoted(settingsRow)} or ${rowsUnder('circle')})`;

/** Gathers the structure from the rows of a query; rows of other records are left to the caller. */
export class StructureReader {
  private readonly etags = new Map<string, string>();
  private readonly circles: Record<string, Circle> = {};
  private roleLimit = emptyStructure.roleLimit;

  /** True when the row belonged to the structure. */
  accept(row: Record<string, unknown> & { rowKey?: string; etag: string }): boolean {
    const rowKey = row.rowKey ?? '';
    if (rowKey !== settingsRow && !rowKey.startsWith(`${circleRow('')}`)) return false;
    this.etags.set(rowKey, row.etag);
    const value = fromProperties(row);
    if (rowKey === settingsRow) this.roleLimit = (value as { roleLimit: number }).roleLimit;
    else {
      const circle = CircleSchema.parse(value);
      this.circles[circle.circleId] = circle;
    }
    return true;
  }

  loaded(tenantId: string): LoadedStructure {
    return { tenantId, structure: { circles: this.circles, roleLimit: this.roleLimit }, etags: this.etags };
  }
}

/** The transaction actions that write what changed since `loaded`, each guarded by the ETag read. */
export function structureChanges(loaded: LoadedStructure, next: Structure): TransactionAction[] {
  const partitionKey = governancePartition(loaded.tenantId);
  const rows: { rowKey: string; value: unknown }[] = Object.values(next.circles)
    .filter((circle) => JSON.stringify(loaded.structure.circles[circle.circleId]) !== JSON.stringify(circle))
    .map((circle) => ({ rowKey: circleRow(circle.circleId), value: circle }));
  if (next.roleLimit !== loaded.structure.roleLimit || !loaded.etags.has(settingsRow)) {
    rows.push({ rowKey: settingsRow, value: { roleLimit: next.roleLimit } });
  }
  return rows.map(({ rowKey, value }) => {
    const entity = { partitionKey, rowKey, ...toProperties(value) };
    const etag = loaded.etags.get(rowKey);
    return etag === undefined ? ['create', entity] : ['update', entity, 'Replace', { etag }];
  });
}

/** Submits actions of the tenant's partition as one transaction; false when another writer came first. */
export async function submitGuarded(table: TableClient, actions: TransactionAction[]): Promise<boolean> {
  if (actions.length === 0) return true;
  try {
    await table.submitTransaction(actions);
    return true;
  } catch (error) {
    if (isConflict(error)) return false;
    throw error;
  }
}

export class StructureStore {
  constructor(private readonly table: TableClient) {}

  async load(tenantId: string): Promise<LoadedStructure> {
    const reader = new StructureReader();
    const rows = this.table.listEntities<Record<string, unknown>>({
      queryOptions: { filter: `PartitionKey eq ${quoted(governancePartition(tenantId))} and ${structureRows}` },
    });
    for await (const row of rows) reader.accept(row);
    return reader.loaded(tenantId);
  }

  /**
   * Writes what changed since `loaded`, all in one transaction guarded by the ETags
   * read; returns false when someone else wrote first (the caller reloads and retries).
   */
  save(loaded: LoadedStructure, next: Structure): Promise<boolean> {
    return submitGuarded(this.table, structureChanges(loaded, next));
  }
}
