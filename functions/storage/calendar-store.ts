import type { TableClient } from '@azure/data-tables';
import { CalendarRecord } from '../../shared';
import type { CalendarRepository, StoredCalendarRecord } from '../application/ports/calendar-repository';
import { OutlookState } from '../application/ports/calendar-repository';
import { fromProperties, toProperties } from './entity-codec';
import { key, quoted } from './keys';

const calendarPartition = (tenantId: string) => key(tenantId, 'calendar');

/**
 * A tenant's calendar records (what every calendar should show, with SEQUENCE and
 * cancellations) and, beside each, the Outlook event that mirrors it. One
 * partition per tenant, read by the feed in one query. The record and its Outlook
 * state are separate properties merged on write, so the feed bringing records in
 * step and the timer publishing them to Outlook never overwrite each other.
 */
export class CalendarStore implements CalendarRepository {
  constructor(private readonly table: TableClient) {}

  async load(tenantId: string): Promise<StoredCalendarRecord[]> {
    const rows = this.table.listEntities<Record<string, unknown>>({ queryOptions: { filter: `PartitionKey eq ${quoted(calendarPartition(tenantId))}` } });
    const stored: StoredCalendarRecord[] = [];
    for await (const row of rows) {
      const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null);
      const outlook = typeof row.outlookSequence === 'number' ? OutlookState.parse({ eventId: text(row.outlookEventId), sequence: row.outlookSequence, cancelledEventId: text(row.outlookCancelledEventId) }) : null;
      stored.push({ record: CalendarRecord.parse(fromProperties(row)), outlook });
    }
    return stored;
  }

  async saveRecords(tenantId: string, records: readonly CalendarRecord[]): Promise<void> {
    for (const record of records) {
      await this.table.upsertEntity({ partitionKey: calendarPartition(tenantId), rowKey: key(record.entry.entryId), ...toProperties(record) }, 'Merge');
    }
  }

  async saveOutlook(tenantId: string, entryId: string, outlook: OutlookState): Promise<void> {
    await this.table.upsertEntity({ partitionKey: calendarPartition(tenantId), rowKey: key(entryId), outlookEventId: outlook.eventId ?? '', outlookSequence: outlook.sequence, outlookCancelledEventId: outlook.cancelledEventId ?? '' }, 'Merge');
  }
}
