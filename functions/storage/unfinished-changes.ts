import type { TableClient } from '@azure/data-tables';
import { randomUUID } from 'node:crypto';
import { quoted, unescapeKey } from './keys';
import { isConflict, statusOf } from './table-storage';

/**
 * A change sent in more than one request (its records first, then the rows kept for
 * reading) is marked here until its last request is done. A crash or an outage in
 * between leaves the mark, and the repair timer rebuilds that tenant's kept rows from
 * its records. Marks have a partition of their own, not the tenant's, so the timer
 * finds every tenant's with one query; there are none but while such a change runs.
 */
export const unfinishedPartition = 'unfinished-change';

/** Marks a change of this partition as under way; the mark's key, to remove it when done. */
export async function markUnfinished(table: TableClient, partitionKey: string): Promise<string> {
  const rowKey = randomUUID();
  await table.createEntity({ partitionKey: unfinishedPartition, rowKey, partition: partitionKey });
  return rowKey;
}

/** Removes marks; one already removed (by the timer, after its rebuild) is no fault. */
export async function removeMarks(table: TableClient, rowKeys: readonly string[]): Promise<void> {
  await Promise.all(
    rowKeys.map(async (rowKey) => {
      try {
        await table.deleteEntity(unfinishedPartition, rowKey);
      } catch (error) {
        if (statusOf(error) !== 404 && !isConflict(error)) throw error;
      }
    }),
  );
}

/** The tenant whose governance partition this is (see `governancePartition`). */
const tenantOf = (partitionKey: string) => unescapeKey(partitionKey.split('|')[0] ?? '');

/** The marks older than `before` (an ISO instant), by tenant: changes that did not finish. */
export async function unfinishedChanges(table: TableClient, before: string): Promise<{ tenantId: string; marks: string[] }[]> {
  const byTenant = new Map<string, string[]>();
  const filter = `PartitionKey eq ${quoted(unfinishedPartition)}`;
  for await (const entity of table.listEntities<{ partition: string }>({ queryOptions: { filter } })) {
    if (entity.timestamp === undefined || entity.timestamp >= before) continue;
    const tenantId = tenantOf(entity.partition);
    byTenant.set(tenantId, [...(byTenant.get(tenantId) ?? []), entity.rowKey as string]);
  }
  return [...byTenant].map(([tenantId, marks]) => ({ tenantId, marks }));
}
