import type { TableClient } from '@azure/data-tables';
import type { z } from 'zod';
import { fromProperties } from './entity-codec';
import type { EventAggregate, HistoryPage, HistoryRepository } from '../application/ports/history-repository';
import type { EventRow } from './event-rows';
import { historyKey } from './event-rows';
import { governancePartition, pageToken, quoted, resumeKey } from './keys';

/** The page size is counted in commands (event rows); every event of the last command is on its page. */
export const historyPageLimit = 100;

/**
 * Reads a record's events a page at a time, in storage: a page costs what it holds,
 * however long the history. The token handed out is the last row read, relative to
 * the record, so a forged one can only move within that record's own events.
 */
export class EventHistory implements HistoryRepository {
  constructor(private readonly table: TableClient) {}

  async page<Event>(
    tenantId: string,
    aggregate: EventAggregate,
    recordId: string,
    schema: z.ZodType<Event>,
    pageSize: number,
    after?: string,
  ): Promise<HistoryPage<Event> | null> {
    const prefix = historyKey(aggregate, recordId);
    const resumeAt = resumeKey(after);
    if (resumeAt === null) return null;
    const from = `RowKey gt ${quoted(`${prefix}|${resumeAt}`)}`;
    const filter = `PartitionKey eq ${quoted(governancePartition(tenantId))} and ${from} and RowKey lt ${quoted(`${prefix}}`)}`;
    const size = Math.min(Math.max(1, pageSize), historyPageLimit);
    const pages = this.table.listEntities<Record<string, unknown>>({ queryOptions: { filter } }).byPage({ maxPageSize: size });
    // Table Storage may answer with an empty page and a continuation: read on until rows come or none are left.
    for await (const page of pages) {
      if (page.length === 0 && page.continuationToken) continue;
      const events = page.flatMap((entity) => (fromProperties(entity) as EventRow).events.map((event) => schema.parse(event)));
      const last = page.at(-1)?.rowKey;
      const next = page.continuationToken && last ? pageToken(prefix, last) : null;
      return { events, next };
    }
    return { events: [], next: null };
  }
}
