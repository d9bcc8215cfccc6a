import type { TableClient } from '@azure/data-tables';
import type { DeadlineMoment, DeadlineNotice, DeadlineRepository, IndexedDeadline } from '../application/ports/deadline-repository';
import { key, quoted } from './keys';
import { isConflict, statusOf } from './table-storage';

const prefixes: Record<DeadlineMoment, string> = { deadline: 'round-deadline', 'closing-soon': 'round-closing-soon' };
const toldPartition = (tenantId: string) => key('round-told', tenantId);

/** The hour a moment falls in: the index's partition, so writes spread over hours and a run reads up to the present one. */
const hourOf = (instant: string) => new Date(instant).toISOString().slice(0, 13);
const partitionOf = (moment: DeadlineMoment, instant: string) => key(prefixes[moment], hourOf(instant));
const rowKeyOf = (entry: IndexedDeadline) => key(entry.tenantId, entry.kind, entry.recordId, String(entry.revision));
const momentOf = (entry: IndexedDeadline, moment: DeadlineMoment) => (moment === 'deadline' ? entry.deadline : entry.closingSoonAt);

interface DeadlineRow {
  tenantId: string;
  kind: IndexedDeadline['kind'];
  recordId: string;
  circleId: string;
  revision: number;
  deadline: string;
  closingSoonAt?: string;
}

/**
 * The deadlines' index, beside the reminders' in the table of indexes that span
 * tenants (ids and moments only). A partition per hour of each moment: a run reads
 * one range of partitions, from the first hour to the present one, and what it has
 * done leaves the index, so what it reads is what is due and not yet done (plus
 * what falls later in the present hour). Claims, created once per round revision,
 * keep a notice from going out twice.
 */
export class DeadlineIndex implements DeadlineRepository {
  constructor(private readonly table: TableClient) {}

  async add(entry: IndexedDeadline): Promise<void> {
    const row: DeadlineRow = {
      tenantId: entry.tenantId,
      kind: entry.kind,
      recordId: entry.recordId,
      circleId: entry.circleId,
      revision: entry.revision,
      deadline: entry.deadline,
      ...(entry.closingSoonAt === null ? {} : { closingSoonAt: entry.closingSoonAt }),
    };
    await Promise.all(
      this.moments(entry).map(([moment, at]) =>
        this.table.upsertEntity({ partitionKey: partitionOf(moment, at), rowKey: rowKeyOf(entry), ...row }, 'Replace'),
      ),
    );
  }

  async drop(entry: IndexedDeadline): Promise<void> {
    await Promise.all(this.moments(entry).map(([moment]) => this.dropMoment(entry, moment)));
  }

  async dropMoment(entry: IndexedDeadline, moment: DeadlineMoment): Promise<void> {
    const at = momentOf(entry, moment);
    if (at !== null) await this.remove(partitionOf(moment, at), rowKeyOf(entry));
  }

  async due(moment: DeadlineMoment, now: string): Promise<IndexedDeadline[]> {
    const filter = `PartitionKey ge ${quoted(`${key(prefixes[moment])}|`)} and PartitionKey le ${quoted(partitionOf(moment, now))}`;
    const due: IndexedDeadline[] = [];
    for await (const row of this.table.listEntities<DeadlineRow>({ queryOptions: { filter } })) {
      const entry: IndexedDeadline = {
        tenantId: row.tenantId,
        kind: row.kind,
        recordId: row.recordId,
        circleId: row.circleId,
        revision: Number(row.revision),
        deadline: row.deadline,
        closingSoonAt: row.closingSoonAt ?? null,
      };
      const at = momentOf(entry, moment);
      if (at !== null && Date.parse(at) <= Date.parse(now)) due.push(entry);
    }
    return due;
  }

  async claim(entry: IndexedDeadline, notice: DeadlineNotice, at: string): Promise<boolean> {
    try {
      await this.table.createEntity({
        partitionKey: toldPartition(entry.tenantId),
        rowKey: key(entry.kind, entry.recordId, String(entry.revision), notice),
        at,
      });
      return true;
    } catch (error) {
      if (isConflict(error)) return false;
      throw error;
    }
  }

  async release(entry: IndexedDeadline, notice: DeadlineNotice): Promise<void> {
    await this.remove(toldPartition(entry.tenantId), key(entry.kind, entry.recordId, String(entry.revision), notice));
  }

  private moments(entry: IndexedDeadline): [DeadlineMoment, string][] {
    return entry.closingSoonAt === null
      ? [['deadline', entry.deadline]]
      : [
          ['deadline', entry.deadline],
          ['closing-soon', entry.closingSoonAt],
        ];
  }

  private async remove(partitionKey: string, rowKey: string): Promise<void> {
    try {
      await this.table.deleteEntity(partitionKey, rowKey);
    } catch (error) {
      if (statusOf(error) !== 404) throw error;
    }
  }
}
