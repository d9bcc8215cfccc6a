import type { TableClient, TableTransactionResponse, TransactionAction } from '@azure/data-tables';
import { quoted, rowsUnder } from './keys';

/** The kinds of record rows another writer of the same records would change. */
const recordKinds = new Set(['proposal', 'circle', 'settings', 'selection', 'meeting']);
/** More conditions than a filter holds (a whole organisation saved at once): such a change is always rebuilt. */
const mostConditions = 10;

/**
 * Where another writer of a change's records would show: the rows it writes, and
 * every row of a proposal it writes (an answer writes only its member's row). Event
 * rows, conversations and tallies are left out: they change without the records.
 */
const kindOf = (rowKey: string) => rowKey.split('|')[0] ?? '';
const isRecordRow = (rowKey: string) => recordKinds.has(kindOf(rowKey));

function recordRows(records: readonly TransactionAction[]): string | null {
  const conditions = new Set(
    records.flatMap(([, { rowKey }]) => {
      if (!isRecordRow(rowKey)) return [];
      return [kindOf(rowKey) === 'proposal' ? rowsUnder(rowKey.split('|').slice(0, 2).join('|')) : `RowKey eq ${quoted(rowKey)}`];
    }),
  );
  return conditions.size === 0 || conditions.size > mostConditions ? null : [...conditions].join(' or ');
}

async function versions(table: TableClient, partitionKey: string, rows: string): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  const filter = `PartitionKey eq ${quoted(partitionKey)} and (${rows})`;
  for await (const entity of table.listEntities({ queryOptions: { filter, select: ['RowKey'] } }))
    found.set(entity.rowKey as string, entity.etag);
  return found;
}

/**
 * Watches a change sent in several requests for another writer of its records
 * coming between them: that writer kept its rows in step from what it read, and the
 * change's later requests may have overwritten them. The records' rows are read
 * (keys and ETags) before the change and after its last request: the change is
 * undisturbed when they are then as before but for what its own transaction wrote.
 */
export interface Watch {
  undisturbed(sent: readonly TransactionAction[], written: TableTransactionResponse): Promise<boolean>;
}

export async function watchRecords(table: TableClient, partitionKey: string, records: readonly TransactionAction[]): Promise<Watch> {
  const rows = recordRows(records);
  const before = rows === null ? null : await versions(table, partitionKey, rows);
  return {
    /** `sent` is the transaction that wrote the records, `written` its answer: sub-responses come in the order the rows were sent. */
    async undisturbed(sent: readonly TransactionAction[], written: TableTransactionResponse): Promise<boolean> {
      if (rows === null || before === null) return false;
      const expected = new Map(before);
      for (const [i, [kind, { rowKey }]] of sent.entries()) {
        if (!isRecordRow(rowKey)) continue;
        const etag = written.subResponses[i]?.etag;
        if (kind === 'delete') expected.delete(rowKey);
        else if (etag === undefined) return false;
        else expected.set(rowKey, etag);
      }
      const after = await versions(table, partitionKey, rows);
      return after.size === expected.size && [...after].every(([rowKey, etag]) => expected.get(rowKey) === etag);
    },
  };
}
