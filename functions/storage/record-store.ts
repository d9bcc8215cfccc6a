import type { TableClient, TransactionAction } from '@azure/data-tables';
import type { z } from 'zod';
import type { Inbox, Meeting, Structure } from '../../shared';
import { fromProperties, toProperties } from './entity-codec';
import { eventCountOf, eventCountProperty, eventRowKey, sequencePart } from './event-rows';
import { keptInboxActions } from './inbox-projection';
import { governancePartition, key, quoted, rowsUnder } from './keys';
import type { TeamsUser } from '../application/ports/conversation-repository';
import type { AppendedEvents, LoadedRecord, RecordRepository, StoredRecord } from '../application/ports/record-repository';
import { teamsUserAction } from './conversation-store';
import { recordHealthActions } from './health-projection';
import { StructureReader, structureChanges, structureRows, submitGuarded } from './structure-store';
import { listedRecordOf, recordListingActions } from './circle-listing';
import { minutesActions } from './logbook-projection';

/** Operation ids a record's row remembers: enough for Teams' and clients' retries of recent steps. */
const keptOperations = 50;

/**
 * A record kept whole in one row beside the circles: a role selection or a meeting.
 * Both are small and changed by one person at a time, so one row read and written
 * under its ETag is enough; a step that also changes circles (a selection recording
 * the new term) writes both in one transaction.
 */
export class RecordStore<T> implements RecordRepository<T> {
  constructor(
    private readonly table: TableClient,
    private readonly kind: 'selection' | 'meeting',
    private readonly schema: z.ZodType<T>,
    /** Whom a record awaits, for records people are asked about (selections): their inbox rows are written with it. */
    private readonly inboxOf?: (record: T, structure: Structure) => Inbox,
  ) {}

  private rowKey(id: string): string {
    return key(this.kind, id);
  }

  /** One query: the organisation's circles and the record. */
  async load(tenantId: string, id: string): Promise<LoadedRecord<T>> {
    const reader = new StructureReader();
    let record: StoredRecord<T> | null = null;
    const filter = `PartitionKey eq ${quoted(governancePartition(tenantId))} and (${structureRows} or RowKey eq ${quoted(this.rowKey(id))})`;
    for await (const row of this.table.listEntities<Record<string, unknown>>({ queryOptions: { filter } })) {
      if (reader.accept(row)) continue;
      const stored = fromProperties(row) as { value: unknown; operations: string[]; inboxed?: string[] };
      record = {
        value: this.schema.parse(stored.value),
        operations: stored.operations,
        etag: row.etag,
        eventCount: eventCountOf(row),
        ...(stored.inboxed ? { inboxed: stored.inboxed } : {}),
      };
    }
    return { structure: reader.loaded(tenantId), record };
  }

  /** Every record of this kind in the tenant. */
  async loadAll(tenantId: string): Promise<T[]> {
    const filter = `PartitionKey eq ${quoted(governancePartition(tenantId))} and ${rowsUnder(this.kind)}`;
    const records: T[] = [];
    for await (const row of this.table.listEntities<Record<string, unknown>>({ queryOptions: { filter } })) {
      records.push(this.schema.parse((fromProperties(row) as { value: unknown }).value));
    }
    return records;
  }

  applied(loaded: LoadedRecord<T>, operationId: string | undefined): boolean {
    return operationId !== undefined && (loaded.record?.operations.includes(operationId) ?? false);
  }

  /**
   * Writes the record and the circles that changed in one transaction, each guarded
   * by the ETag it was read with, with a row of the step's events counted on the
   * record's row, its copy in each circle's list, and the inbox rows of those it starts
   * or stops awaiting, and the circle's health rows (`health-projection.ts`: a
   * decision or a changed evaluation reads the circle's tally first); false when
   * another writer came first.
   */
  async save(
    loaded: LoadedRecord<T>,
    id: string,
    value: T,
    operationId: string | undefined,
    structure: Structure,
    appended: AppendedEvents = { record: [], structure: [] },
    teamsUser?: TeamsUser,
  ): Promise<boolean> {
    const kept = loaded.record?.operations ?? [];
    const operations = operationId === undefined ? [...kept] : [operationId, ...kept].slice(0, keptOperations);
    const partitionKey = governancePartition(loaded.structure.tenantId);
    const eventCount = (loaded.record?.eventCount ?? 0) + (appended.record.length > 0 ? 1 : 0);
    const awaited = this.inboxOf?.(value, structure);
    const inboxed = awaited ? { inboxed: [...awaited.keys()] } : {};
    const entity = {
      partitionKey,
      rowKey: this.rowKey(id),
      ...toProperties({ value, operations, ...inboxed }),
      [eventCountProperty]: eventCount,
    };
    const write: TransactionAction = loaded.record ? ['update', entity, 'Replace', { etag: loaded.record.etag }] : ['create', entity];
    const events: TransactionAction[] =
      appended.record.length === 0
        ? []
        : [
            [
              'create',
              {
                partitionKey,
                rowKey: eventRowKey(this.kind, id, [sequencePart(eventCount)]),
                ...toProperties({ events: appended.record }),
              },
            ],
          ];
    const user = teamsUser ? [teamsUserAction(partitionKey, teamsUser)] : [];
    const was = loaded.record && this.inboxOf ? this.inboxOf(loaded.record.value, loaded.structure.structure) : new Map();
    const inbox = awaited ? keptInboxActions(partitionKey, { kind: this.kind, id }, loaded.record?.inboxed, was, awaited) : [];
    const listing = recordListingActions(partitionKey, listedRecordOf(this.kind, value));
    const health = await recordHealthActions(this.table, partitionKey, this.kind, loaded.record?.value ?? null, value);
    const minutes = this.kind === 'meeting' ? minutesActions(partitionKey, value as Meeting, structure) : [];
    const changes = structureChanges(loaded.structure, structure, appended.structure);
    return submitGuarded(this.table, [write, ...events, ...user, ...listing, ...changes, ...inbox, ...health, ...minutes]);
  }
}
