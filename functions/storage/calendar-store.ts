import type { TableClient, TransactionAction } from '@azure/data-tables';
import { z } from 'zod';
import { CalendarRecord } from '../../shared';
import type {
  CalendarHolder,
  CalendarMembership,
  CalendarRepository,
  ChangedCalendar,
  KeptCircleCalendar,
  StoredCalendarRecord,
} from '../application/ports/calendar-repository';
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
  const outlook =
    typeof row.outlookSequence === 'number'
      ? OutlookState.parse({
          eventId: text(row.outlookEventId),
          sequence: row.outlookSequence,
          cancelledEventId: text(row.outlookCancelledEventId),
        })
      : null;
  return { record: CalendarRecord.parse(fromProperties(row)), outlook };
}

const outlookProperties = (outlook: OutlookState) => ({
  outlookEventId: outlook.eventId ?? '',
  outlookSequence: outlook.sequence,
  outlookCancelledEventId: outlook.cancelledEventId ?? '',
});

const circlePrefix = key('circle', '');

/** A transaction holds at most 100 rows: more go in the ones that follow. */
function chunks(actions: readonly TransactionAction[], size = transactionLimit): TransactionAction[][] {
  const parts: TransactionAction[][] = [];
  for (let i = 0; i < actions.length; i += size) parts.push(actions.slice(i, i + size));
  return parts;
}

/** Gathers circles' calendars from the rows of a query; other rows are left out. */
class CalendarReader {
  private readonly circles = new Map<
    string,
    {
      holder: CalendarHolder | null;
      records: Map<string, StoredCalendarRecord>;
      etags: Map<string, string>;
      unmoved: boolean;
      settling: string[];
    }
  >();

  /** A circle's calendar, even one with no rows yet. */
  of(circleId: string) {
    let circle = this.circles.get(circleId);
    if (!circle) {
      circle = { holder: null, records: new Map(), etags: new Map(), unmoved: false, settling: [] };
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
      const json = fromProperties(row);
      circle.holder = HolderSchema.parse(json);
      circle.settling = Settling.parse(json).settling;
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
    return [...this.circles].map(([circleId, { holder, records, etags, unmoved, settling }]) => ({
      circleId,
      holder,
      records: [...records.values()],
      etags,
      unmoved,
      settling,
    }));
  }
}

/** The people who joined, changed their name or left since the holder read, and those a cut-off save may have left behind. */
function memberships(partitionKey: string, kept: KeptCircleCalendar, is: CalendarHolder): { personId: string; row: TransactionAction }[] {
  const before = new Map((kept.holder?.members ?? []).map((m) => [m.personId, m.displayName]));
  const after = new Map(is.members.map((m) => [m.personId, m.displayName]));
  const settling = new Set(kept.settling);
  const everyone = new Set([...after.keys(), ...before.keys(), ...settling]);
  return [...everyone]
    .filter((personId) => settling.has(personId) || before.get(personId) !== after.get(personId))
    .map((personId) => {
      const displayName = after.get(personId);
      const entity = {
        partitionKey,
        rowKey: personKey(personId, kept.circleId),
        circleId: kept.circleId,
        displayName: displayName ?? '',
        member: displayName !== undefined,
      };
      return { personId, row: ['upsert', entity, 'Replace'] as TransactionAction };
    });
}

/** Whose own rows a holder names as not written yet (none on a holder written whole). */
const Settling = z.object({ settling: z.array(z.string()).default([]) });

/** Each circle's calendar under its own range of the tenant's calendar partition. */
export class CalendarStore implements CalendarRepository {
  /** Tenants seen kept by circle: a tenant once kept so stays so, so an instance reads the marker once. */
  private readonly keptTenants = new Set<string>();

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
    for await (const row of this.table.listEntities<{ circleId: string; displayName: string; member: boolean }>({
      queryOptions: { filter },
    })) {
      if (row.member) circles.push({ circleId: row.circleId, displayName: row.displayName });
    }
    return circles;
  }

  /**
   * The changed rows under the versions read, a record's own by its ETag. A record
   * still under the tenant-wide list's key moves: written under its circle, the old
   * row deleted in the same transaction. A change of the holder, or one of more rows
   * than a transaction holds, carries the holder in every transaction, each guarded
   * by the version the one before left, so a writer who read an older holder, or
   * whom another writer overtook between two transactions, writes nothing more: two
   * changes racing never leave a mix of both. Until the last transaction the holder
   * names the people whose rows are still to come (`settling`); should the save be
   * cut off, the next one (a retry, or the calendar timer, as the circle stays
   * marked) writes them, as it brings in step the records read.
   */
  async save(tenantId: string, kept: KeptCircleCalendar, holder: CalendarHolder, changed: readonly CalendarRecord[]): Promise<boolean> {
    const partitionKey = calendarPartition(tenantId);
    const guarded = (rowKey: string, properties: object, etag = kept.etags.get(rowKey)): TransactionAction => {
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
      const moved = kept.etags.has(newKey)
        ? guarded(newKey, toProperties(written))
        : guarded(newKey, { ...toProperties(written), ...(outlook ? outlookProperties(outlook) : {}) });
      return [moved, ['delete', { partitionKey, rowKey: oldKey }]];
    });
    const records = [...changedById.values()].map((record) => guarded(recordKey(record), toProperties(record)));
    const people = memberships(partitionKey, kept, holder);
    const rows = [...people.map(({ row }) => row), ...moves, ...records];
    const withHolder = JSON.stringify(kept.holder) !== JSON.stringify(holder) || kept.settling.length > 0 || rows.length > transactionLimit;
    try {
      if (!withHolder) {
        if (rows.length > 0) await this.table.submitTransaction(rows);
        return true;
      }
      const parts = chunks(rows, transactionLimit - 1);
      let etag = kept.etags.get(holderKey(kept.circleId));
      for (let i = 0; i < Math.max(1, parts.length); i += 1) {
        // People's rows go first, so those after this transaction are the rest of the list.
        const settling = people.slice((i + 1) * (transactionLimit - 1)).map(({ personId }) => personId);
        const holderRow = guarded(holderKey(kept.circleId), { circleId: kept.circleId, ...toProperties({ ...holder, settling }) }, etag);
        const response = await this.table.submitTransaction([holderRow, ...(parts[i] ?? [])]);
        // Sub-responses come in the order sent, so the holder's is the first.
        etag = response.subResponses[0]?.etag;
      }
      return true;
    } catch (error) {
      // A transaction deletes without a version: an old row already gone was moved by another writer.
      if (isConflict(error) || statusOf(error) === 404) return false;
      throw error;
    }
  }

  async saveOutlook(tenantId: string, record: CalendarRecord, outlook: OutlookState): Promise<void> {
    await this.table.upsertEntity(
      { partitionKey: calendarPartition(tenantId), rowKey: recordKey(record), ...outlookProperties(outlook) },
      'Merge',
    );
  }

  async keptByCircle(tenantId: string): Promise<boolean> {
    if (this.keptTenants.has(tenantId)) return true;
    try {
      await this.table.getEntity(calendarPartition(tenantId), keptMarker);
      this.keptTenants.add(tenantId);
      return true;
    } catch (error) {
      if (statusOf(error) === 404) return false;
      throw error;
    }
  }

  async markKeptByCircle(tenantId: string): Promise<void> {
    await this.table.upsertEntity({ partitionKey: calendarPartition(tenantId), rowKey: keptMarker }, 'Replace');
    this.keptTenants.add(tenantId);
  }

  async markChanged(tenantId: string, circleIds: readonly string[], at: string): Promise<void> {
    const partitionKey = calendarPartition(tenantId);
    const marks = circleIds.map(
      (circleId): TransactionAction => ['upsert', { partitionKey, rowKey: changedKey(circleId), circleId, at }, 'Replace'],
    );
    for (const part of chunks(marks)) await this.table.submitTransaction(part);
  }

  async changed(tenantId: string): Promise<ChangedCalendar[]> {
    const filter = `PartitionKey eq ${quoted(calendarPartition(tenantId))} and ${rowsUnder('changed')}`;
    const marks: ChangedCalendar[] = [];
    for await (const row of this.table.listEntities<{ circleId: string }>({ queryOptions: { filter } }))
      marks.push({ circleId: row.circleId, etag: row.etag });
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
