import type { TableClient } from '@azure/data-tables';
import { Meeting, Selection, selectionInbox } from '../../shared';
import { LogbookStore } from '../../functions/storage/logbook-store';
import { ProposalStore } from '../../functions/storage/proposal-store';
import { RecordStore } from '../../functions/storage/record-store';
import { StructureStore } from '../../functions/storage/structure-store';
import { ensureTable, tableClient, type RoundTrips } from '../../functions/storage/table-storage';
import { startAzurite, type RunningAzurite } from './azurite';

/**
 * The governance table on a real Azurite for one test file: started before its tests,
 * stopped after them, every storage request counted in `roundTrips`.
 */
export function governanceTable() {
  const roundTrips: RoundTrips = { count: 0 };
  let azurite: RunningAzurite | undefined;
  let table: TableClient | undefined;
  beforeAll(async () => {
    azurite = await startAzurite();
    table = tableClient(azurite.connectionString, 'governance', roundTrips);
    await ensureTable(table);
  }, 30_000);
  afterAll(async () => {
    await azurite?.stop();
  });
  const started = () => {
    if (!table) throw new Error('The governance table was used before Azurite started.');
    return table;
  };
  return {
    roundTrips,
    get table() {
      return started();
    },
    /** Another client of the same table whose calls may take `deadlineMs`: for tests of what concurrency keeps, not of the deadline. */
    unhurried(deadlineMs: number): TableClient {
      if (!azurite) throw new Error('The governance table was used before Azurite started.');
      return tableClient(azurite.connectionString, 'governance', roundTrips, deadlineMs);
    },
    /** The stores the logbook's use cases take, over the one table. */
    ports: () => ({
      logbook: new LogbookStore(started()),
      structures: new StructureStore(started()),
      proposals: new ProposalStore(started()),
      selections: new RecordStore(started(), 'selection', Selection, selectionInbox),
      meetings: new RecordStore(started(), 'meeting', Meeting),
    }),
  };
}
