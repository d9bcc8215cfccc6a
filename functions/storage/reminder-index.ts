import type { TableClient, TransactionAction } from '@azure/data-tables';
import { fewAtOnce } from '../application/reads-at-once';
import { key, quoted, rowsUnder } from './keys';
import type { IndexedReminder, ReminderRepository, UnindexedCircle } from '../application/ports/reminder-repository';
import { isConflict, statusOf } from './table-storage';

const dayPartition = (day: string) => key('due', day);
const sentPartition = (tenantId: string) => key('sent', tenantId);
const calendarMarks = 'calendar-changed';
const unindexedMarks = 'reminders-unindexed';
/** Table Storage's most actions in one transaction. */
const transactionLimit = 100;

/**
 * The due-date index of review reminders, and the marks of calendars that changed, in a
 * table of its own. A partition per day lets the timer read only what is due, and
 * each tenant's rows of a day sort together under its id. This is the one place that
 * spans tenants: it holds ids only, and each tenant's records are then read in its
 * own partition. A sent marker, created once, is what keeps a reminder from going out twice.
 */
export class ReminderIndex implements ReminderRepository {
  constructor(private readonly table: TableClient) {}

  async dueOn(day: string): Promise<IndexedReminder[]> {
    return this.indexed(day, `PartitionKey eq ${quoted(dayPartition(day))}`);
  }

  /** The tenant's indexed reminders falling on the given days: one range query a day, of that tenant's rows only. */
  async dueFor(tenantId: string, days: readonly string[]): Promise<IndexedReminder[]> {
    const lists = await Promise.all(
      days.map((day) => this.indexed(day, `PartitionKey eq ${quoted(dayPartition(day))} and ${rowsUnder(key(tenantId))}`)),
    );
    return lists.flat();
  }

  private async indexed(day: string, filter: string): Promise<IndexedReminder[]> {
    const due: IndexedReminder[] = [];
    for await (const row of this.table.listEntities<{ tenantId: string; reminderId: string }>({ queryOptions: { filter } })) {
      due.push({ tenantId: row.tenantId, reminderId: row.reminderId, on: day });
    }
    return due;
  }

  /**
   * Adds reminders to the index, a transaction per day and hundred, the days at once; one already there
   * is written again unchanged. It never removes: two changes indexed at once would
   * remove each other's. A row whose review was held or moved is removed by the
   * timer, which checks every row against the records before it posts.
   */
  async add(tenantId: string, reminders: readonly { reminderId: string; on: string }[]): Promise<void> {
    const byDay = new Map<string, Map<string, TransactionAction>>();
    for (const { reminderId, on } of reminders) {
      const rowKey = key(tenantId, reminderId);
      const day = byDay.get(on) ?? new Map<string, TransactionAction>();
      day.set(rowKey, ['upsert', { partitionKey: dayPartition(on), rowKey, tenantId, reminderId }, 'Replace']);
      byDay.set(on, day);
    }
    // Days are partitions of their own, so their transactions go together (a few at once: a seeding indexes hundreds of days).
    await fewAtOnce(
      [...byDay.values()].map((actions) => async () => {
        const all = [...actions.values()];
        for (let start = 0; start < all.length; start += transactionLimit)
          await this.table.submitTransaction(all.slice(start, start + transactionLimit));
      }),
    );
  }

  /** Takes a reminder out of the index: it was sent, or its review was held or moved. */
  async drop(reminder: IndexedReminder): Promise<void> {
    await this.remove(dayPartition(reminder.on), key(reminder.tenantId, reminder.reminderId));
  }

  async markUnindexed(tenantId: string, circleIds: readonly string[], at: string): Promise<UnindexedCircle[]> {
    return Promise.all(
      [...new Set(circleIds)].map(async (circleId) => {
        const { etag } = await this.table.upsertEntity(
          { partitionKey: unindexedMarks, rowKey: key(tenantId, circleId), tenantId, circleId, at },
          'Replace',
        );
        return { tenantId, circleId, etag: etag ?? '*' };
      }),
    );
  }

  async unindexed(): Promise<UnindexedCircle[]> {
    const marks: UnindexedCircle[] = [];
    const rows = this.table.listEntities<{ tenantId: string; circleId: string }>({
      queryOptions: { filter: `PartitionKey eq ${quoted(unindexedMarks)}` },
    });
    for await (const row of rows) marks.push({ tenantId: row.tenantId, circleId: row.circleId, etag: row.etag });
    return marks;
  }

  async clearUnindexed(mark: UnindexedCircle): Promise<void> {
    try {
      await this.table.deleteEntity(unindexedMarks, key(mark.tenantId, mark.circleId), { etag: mark.etag });
    } catch (error) {
      if (statusOf(error) !== 404 && !isConflict(error)) throw error;
    }
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
