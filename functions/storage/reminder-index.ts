import type { TableClient } from '@azure/data-tables';
import { key, quoted } from './keys';
import { isConflict, statusOf } from './table-storage';

/** A reminder as the index knows it: whose, which, and the day it falls due. */
export interface IndexedReminder {
  readonly tenantId: string;
  readonly reminderId: string;
  readonly on: string;
}

const dayPartition = (day: string) => key('due', day);
const tenantPartition = (tenantId: string) => key('tenant', tenantId);
const sentPartition = (tenantId: string) => key('sent', tenantId);
const calendarMarks = 'calendar-changed';

/**
 * The due-date index of review reminders, and the marks of calendars that changed, in a table of its own. Rows by day let
 * the timer read only what is due; rows by tenant let a tenant's index be brought
 * in step when its reviews change. This is the one place that spans tenants: it
 * holds ids only, and each tenant's records are then read in its own partition.
 * A sent marker, created once, is what keeps a reminder from going out twice.
 */
export class ReminderIndex {
  constructor(private readonly table: TableClient) {}

  async dueOn(day: string): Promise<IndexedReminder[]> {
    const rows = this.table.listEntities<{ tenantId: string; reminderId: string }>({ queryOptions: { filter: `PartitionKey eq ${quoted(dayPartition(day))}` } });
    const due: IndexedReminder[] = [];
    for await (const row of rows) due.push({ tenantId: row.tenantId, reminderId: row.reminderId, on: day });
    return due;
  }

  private async indexedFor(tenantId: string): Promise<IndexedReminder[]> {
    const rows = this.table.listEntities<{ reminderId: string; on: string }>({ queryOptions: { filter: `PartitionKey eq ${quoted(tenantPartition(tenantId))}` } });
    const indexed: IndexedReminder[] = [];
    for await (const row of rows) indexed.push({ tenantId, reminderId: row.reminderId, on: row.on });
    return indexed;
  }

  /** Makes the tenant's index hold exactly these reminders; returns how many rows it wrote or removed. */
  async replace(tenantId: string, reminders: readonly { reminderId: string; on: string }[]): Promise<number> {
    const current = await this.indexedFor(tenantId);
    const wanted = new Map(reminders.map((r) => [r.reminderId, r.on]));
    const stale = current.filter((r) => wanted.get(r.reminderId) !== r.on);
    const known = new Map(current.map((r) => [r.reminderId, r.on]));
    const fresh = reminders.filter((r) => known.get(r.reminderId) !== r.on);
    // Day rows first, the tenant's row last: a crash in between leaves a day row the timer checks against the records anyway.
    for (const r of stale) {
      await this.remove(dayPartition(r.on), key(tenantId, r.reminderId));
      await this.remove(tenantPartition(tenantId), key(r.reminderId));
    }
    for (const r of fresh) {
      await this.table.upsertEntity({ partitionKey: dayPartition(r.on), rowKey: key(tenantId, r.reminderId), tenantId, reminderId: r.reminderId }, 'Replace');
      await this.table.upsertEntity({ partitionKey: tenantPartition(tenantId), rowKey: key(r.reminderId), reminderId: r.reminderId, on: r.on }, 'Replace');
    }
    return stale.length + fresh.length;
  }

  private async remove(partitionKey: string, rowKey: string): Promise<void> {
    try {
      await this.table.deleteEntity(partitionKey, rowKey);
    } catch (error) {
      if (statusOf(error) !== 404) throw error;
    }
  }

  /** Claims the sending of a reminder; false when another run has claimed it. */
  async claim(tenantId: string, reminderId: string, at: string): Promise<boolean> {
    try {
      await this.table.createEntity({ partitionKey: sentPartition(tenantId), rowKey: key(reminderId), reminderId, at });
      return true;
    } catch (error) {
      if (isConflict(error)) return false;
      throw error;
    }
  }

  /** Gives a claim back when the reminder could not be posted, so a later run tries again. */
  async release(tenantId: string, reminderId: string): Promise<void> {
    await this.remove(sentPartition(tenantId), key(reminderId));
  }

  /** Marks a tenant's calendar as changed, for the calendar timer to bring Outlook in step. */
  async markCalendar(tenantId: string, at: string): Promise<void> {
    await this.table.upsertEntity({ partitionKey: calendarMarks, rowKey: key(tenantId), tenantId, at }, 'Replace');
  }

  async markedCalendars(): Promise<{ tenantId: string; etag: string }[]> {
    const rows = this.table.listEntities<{ tenantId: string }>({ queryOptions: { filter: `PartitionKey eq ${quoted(calendarMarks)}` } });
    const marked: { tenantId: string; etag: string }[] = [];
    for await (const row of rows) marked.push({ tenantId: row.tenantId, etag: row.etag });
    return marked;
  }

  /** Clears a mark unless the calendar changed again since it was read. */
  async clearCalendarMark(tenantId: string, etag: string): Promise<void> {
    try {
      await this.table.deleteEntity(calendarMarks, key(tenantId), { etag });
    } catch (error) {
      if (statusOf(error) !== 404 && !isConflict(error)) throw error;
    }
  }
}
