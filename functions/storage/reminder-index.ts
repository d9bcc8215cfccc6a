import type { TableClient } from '@azure/data-tables';
import { key, quoted } from './keys';
import type { IndexedReminder, ReminderRepository } from '../application/ports/reminder-repository';
import { isConflict, statusOf } from './table-storage';

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
export class ReminderIndex implements ReminderRepository {
  constructor(private readonly table: TableClient) {}

  async dueOn(day: string): Promise<IndexedReminder[]> {
    const rows = this.table.listEntities<{ tenantId: string; reminderId: string }>({ queryOptions: { filter: `PartitionKey eq ${quoted(dayPartition(day))}` } });
    const due: IndexedReminder[] = [];
    for await (const row of rows) due.push({ tenantId: row.tenantId, reminderId: row.reminderId, on: day });
    return due;
  }

  /** The tenant's indexed reminders falling on the given days, from its own partition (one query). */
  async dueFor(tenantId: string, days: readonly string[]): Promise<IndexedReminder[]> {
    const wanted = new Set(days);
    return (await this.indexedFor(tenantId)).filter((r) => wanted.has(r.on));
  }

  private async indexedFor(tenantId: string): Promise<IndexedReminder[]> {
    const rows = this.table.listEntities<{ reminderId: string; on: string }>({ queryOptions: { filter: `PartitionKey eq ${quoted(tenantPartition(tenantId))}` } });
    const indexed: IndexedReminder[] = [];
    for await (const row of rows) indexed.push({ tenantId, reminderId: row.reminderId, on: row.on });
    return indexed;
  }

  /**
   * Adds the reminders the index does not hold yet; returns how many it wrote. It
   * never removes: two changes indexed at once would remove each other's. A row
   * whose review was held or moved is removed by the timer, which checks every row
   * against the records before it posts.
   */
  async add(tenantId: string, reminders: readonly { reminderId: string; on: string }[]): Promise<number> {
    const known = new Set((await this.indexedFor(tenantId)).map((r) => JSON.stringify([r.reminderId, r.on])));
    const fresh = reminders.filter((r) => !known.has(JSON.stringify([r.reminderId, r.on])));
    // The day row first: a crash before the tenant's row only means it is written again next time.
    for (const r of fresh) {
      await this.table.upsertEntity({ partitionKey: dayPartition(r.on), rowKey: key(tenantId, r.reminderId), tenantId, reminderId: r.reminderId }, 'Replace');
      await this.table.upsertEntity({ partitionKey: tenantPartition(tenantId), rowKey: key(r.reminderId, r.on), reminderId: r.reminderId, on: r.on }, 'Replace');
    }
    return fresh.length;
  }

  /** Takes a reminder out of the index: it was sent, or its review was held or moved. */
  async drop(reminder: IndexedReminder): Promise<void> {
    await this.remove(dayPartition(reminder.on), key(reminder.tenantId, reminder.reminderId));
    await this.remove(tenantPartition(reminder.tenantId), key(reminder.reminderId, reminder.on));
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

  async calendarMarked(tenantId: string): Promise<boolean> {
    try {
      await this.table.getEntity(calendarMarks, key(tenantId));
      return true;
    } catch (error) {
      if (statusOf(error) === 404) return false;
      throw error;
    }
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
