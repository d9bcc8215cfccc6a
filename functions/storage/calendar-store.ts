import type { TableClient, TransactionAction } from '@azure/data-tables';
import { CalendarRecord } from '../../shared';
import type { CalendarHolder, CalendarMembership, CalendarRepository, ChangedCalendar, KeptCircleCalendar, StoredCalendarRecord } from '../application/ports/calendar-repository';
import { CalendarHolder as HolderSchema, OutlookState } from '../application/ports/calendar-repository';
import { fromProperties, toProperties } from './entity-codec';
import { key, quoted, rowsUnder } from './keys';
import { transactionLimit } from './logbook-projection';
import { isConflict, statusOf } from './table-storage';

const calendarPartition = (tenantId: string) => key(tenantId, 'calendar');

/**
 * A tenant's calendars, in one partition, each circle's under its own range so a feed
 * reads what it returns:
 *
 * - `circle|<circleId>|`: the holder (name, archived, members), first in the range;
 * - `circle|<circleId>|<entryId>`: a record, and beside it the Outlook event that
 *   mirrors it, as separate properties merged on write, so bringing records in step
 *   and the timer publishing them to Outlook never overwrite each other;
 * - `person|<personId>|<circleId>`: a circle a person's own calendar shows (`member`
 *   false once they left, so a write never depends on a row being there);
 * - `changed|<circleId>`: a circle whose calendar the timer has yet to bring to Outlook;
 * - `kept|by-circle`: present once records kept before as one list (keyed by entry
 *   id alone, without `|`) have been moved under their circles.
 */
const circleRange = (circleId: string) => key('circle', circleId);
const holderKey = (circleId: string) => `${circleRange(circleId)}|`;
const recordKey = (record: CalendarRecord) => key('circle', record.entry.circleId, record.entry.entryId);
const personKey = (personId: string, circleId: string) => key('person', personId, circleId);
const changedKey = (circleId: string) => key('changed', circleId);
const keptMarker = key('kept', 'by-circle');
/** Escaped key parts never hold `|`, so a row key without one is the tenant-wide list's. */
const isUnmoved = (rowKey: string) => !rowKey.includes('|');

type Row = Record<string, unknown> & { rowKey?: string; etag: string };

const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null);

function storedOf(row: Row): StoredCalendarRecord {
  const outlook = typeof row.outlookSequence === 'number' ? OutlookState.parse({ eventId: text(row.outlookEventId), sequence: row.outlookSequence, cancelledEventId: text(row.outlookCancelledEventId) }) : null;
  return { record: CalendarRecord.parse(fromProperties(row)), outlook };
}

const outlookProperties = (outlook: OutlookState) => ({ outlookEventId: outlook.eventId ?? '', outlookSequence: outlook.sequence, outlookCancelledEventId: outlook.cancelledEventId ?? '' });

const circlePrefix = key('circle', '');

/** A transaction holds at most 100 rows: more go in the ones that follow. */
function chunks(actions: readonly TransactionAction[]): TransactionAction[][] {
  const parts: TransactionAction[][] = [];
  for (let i = 0; i < actions.length; i += transactionLimit) parts.push(actions.slice(i, i + transactionLimit));
  return parts;
}

/** Gathers circles' calendars from the rows of a query; other rows are left out. */
class CalendarReader {
  private readonly circles = new Map<string, { holder: CalendarHolder | null; records: Map<string, StoredCalendarRecord>; etags: Map<string, string>; unmoved: boolean }>();

  /** A circle's calendar, even one with no rows yet. */
  of(circleId: string) {
    let circle = this.circles.get(circleId);
    if (!circle) {
      circle = { holder: null, records: new Map(), etags: new Map(), unmoved: false };
      this.circles.set(circleId, circle);
    }
    return circle;
  }

  accept(row: Row): void {
    const rowKey = row.rowKey ?? '';
    const underCircle = rowKey.startsWith(circlePrefix);
    if (!underCircle && !isUnmoved(rowKey)) return;
    // Entry ids are never empty, so only a holder's key ends with the separator.
    if (underCircle && rowKey.endsWith('|')) {
      const circle = this.of(String(row.circleId));
      circle.holder = HolderSchema.parse(fromProperties(row));
      circle.etags.set(rowKey, row.etag);
      return;
    }
    const stored = storedOf(row);
    const circle = this.of(stored.record.entry.circleId);
    circle.etags.set(rowKey, row.etag);
    if (isUnmoved(rowKey)) circle.unmoved = true;
    // Where a record is under both keys, the one under its circle is the newer.
    if (!isUnmoved(rowKey) || !circle.records.has(stored.record.entry.entryId)) circle.records.set(stored.record.entry.entryId, stored);
  }

  kept(): KeptCircleCalendar[] {
    return [...this.circles].map(([circleId, { holder, records, etags, unmoved }]) => ({ circleId, holder, records: [...records.values()], etags, unmoved }));
  }
}

/** The people who joined, changed their name or left since the holder read; none while it is unchanged. */
function memberships(partitionKey: string, circleId: string, was: CalendarHolder | null, is: CalendarHolder): TransactionAction[] {
  const before = new Map((was?.members ?? []).map((m) => [m.personId, m.displayName]));
  const after = new Set(is.members.map((m) => m.personId));
  const row = (personId: string, displayName: string, member: boolean): TransactionAction => ['upsert', { partitionKey, rowKey: personKey(personId, circleId), circleId, displayName, member }, 'Replace'];
  return [
    ...is.members.filter((m) => before.get(m.personId) !== m.displayName).map((m) => row(m.personId, m.displayName, true)),
    ...[...before.keys()].filter((personId) => !after.has(personId)).map((personId) => row(personId, '', false)),
  ];
}

/** Each circle's calendar under its own range of the tenant's calendar partition. */
export class CalendarStore implements CalendarRepository {
  constructor(private readonly table: TableClient) {}

  private async rows(tenantId: string, filter: string, reader: CalendarReader): Promise<void> {
    const query = `PartitionKey eq ${quoted(calendarPartition(tenantId))}${filter}`;
    for await (const row of this.table.listEntities<Row>({ queryOptions: { filter: query } })) reader.accept(row);
  }

  /** One range query: the holder sorts first, then the records. */
  async circle(tenantId: string, circleId: string): Promise<KeptCircleCalendar> {
    const reader = new CalendarReader();
    reader.of(circleId);
    await this.rows(tenantId, ` and ${rowsUnder(circleRange(circleId))}`, reader);
    return reader.kept()[0] as KeptCircleCalendar;
  }

  async everyCircle(tenantId: string): Promise<KeptCircleCalendar[]> {
    const reader = new CalendarReader();
    await this.rows(tenantId, '', reader);
    return reader.kept();
  }

  async circlesOf(tenantId: string, personId: string): Promise<CalendarMembership[]> {
    const filter = `PartitionKey eq ${quoted(calendarPartition(tenantId))} and ${rowsUnder(key('person', personId))}`;
    const circles: CalendarMembership[] = [];
    for await (const row of this.table.listEntities<{ circleId: string; displayName: string; member: boolean }>({ queryOptions: { filter } })) {
      if (row.member) circles.push({ circleId: row.circleId, displayName: row.displayName });
    }
    return circles;
  }

  /**
   * The holder and the people who joined or left first, in one transaction guarded
   * by the holder's version, so a writer who read an older holder writes none of
   * them; then the changed records, each guarded by the version read, a transaction
   * per 100 rows. A record still under the tenant-wide list's key moves: written
   * under its circle, the old row deleted in the same transaction.
   */
  async save(tenantId: string, kept: KeptCircleCalendar, holder: CalendarHolder, changed: readonly CalendarRecord[]): Promise<boolean> {
    const partitionKey = calendarPartition(tenantId);
    const guarded = (rowKey: string, properties: object): TransactionAction => {
      const etag = kept.etags.get(rowKey);
      const entity = { partitionKey, rowKey, ...properties };
      return etag ? ['update', entity, 'Merge', { etag }] : ['create', entity];
    };
    const changedById = new Map(changed.map((record) => [record.entry.entryId, record]));
    const moves = kept.records.flatMap(({ record, outlook }): TransactionAction[] => {
      const oldKey = key(record.entry.entryId);
      if (!kept.etags.has(oldKey)) return [];
      const written = changedById.get(record.entry.entryId) ?? record;
      changedById.delete(record.entry.entryId);
      const newKey = recordKey(record);
      const moved = kept.etags.has(newKey) ? guarded(newKey, toProperties(written)) : guarded(newKey, { ...toProperties(written), ...(outlook ? outlookProperties(outlook) : {}) });
      return [moved, ['delete', { partitionKey, rowKey: oldKey }]];
    });
    const records = [...changedById.values()].map((record) => guarded(recordKey(record), toProperties(record)));
    const sameHolder = JSON.stringify(kept.holder) === JSON.stringify(holder);
    const first = sameHolder ? [] : [guarded(holderKey(kept.circleId), { circleId: kept.circleId, ...toProperties(holder) }), ...memberships(partitionKey, kept.circleId, kept.holder, holder)];
    const rest = [...moves, ...records];
    try {
      for (const part of [...chunks(first), ...chunks(rest)]) await this.table.submitTransaction(part);
      return true;
    } catch (error) {
      // A transaction deletes without a version: an old row already gone was moved by another writer.
      if (isConflict(error) || statusOf(error) === 404) return false;
      throw error;
    }
  }

  async saveOutlook(tenantId: string, record: CalendarRecord, outlook: OutlookState): Promise<void> {
    await this.table.upsertEntity({ partitionKey: calendarPartition(tenantId), rowKey: recordKey(record), ...outlookProperties(outlook) }, 'Merge');
  }

  async keptByCircle(tenantId: string): Promise<boolean> {
    try {
      await this.table.getEntity(calendarPartition(tenantId), keptMarker);
      return true;
    } catch (error) {
      if (statusOf(error) === 404) return false;
      throw error;
    }
  }

  async markKeptByCircle(tenantId: string): Promise<void> {
    await this.table.upsertEntity({ partitionKey: calendarPartition(tenantId), rowKey: keptMarker }, 'Replace');
  }

  async markChanged(tenantId: string, circleIds: readonly string[], at: string): Promise<void> {
    const partitionKey = calendarPartition(tenantId);
    const marks = circleIds.map((circleId): TransactionAction => ['upsert', { partitionKey, rowKey: changedKey(circleId), circleId, at }, 'Replace']);
    for (const part of chunks(marks)) await this.table.submitTransaction(part);
  }

  async changed(tenantId: string): Promise<ChangedCalendar[]> {
    const filter = `PartitionKey eq ${quoted(calendarPartition(tenantId))} and ${rowsUnder('changed')}`;
    const marks: ChangedCalendar[] = [];
    for await (const row of this.table.listEntities<{ circleId: string }>({ queryOptions: { filter } })) marks.push({ circleId: row.circleId, etag: row.etag });
    return marks;
  }

  async clearChanged(tenantId: string, changed: ChangedCalendar): Promise<void> {
    try {
      await this.table.deleteEntity(calendarPartition(tenantId), changedKey(changed.circleId), { etag: changed.etag });
    } catch (error) {
      if (statusOf(error) !== 404 && !isConflict(error)) throw error;
    }
  }
}
