import type { z } from 'zod';

/** Whose events a history holds: a circle's (structure), the organisation's settings, or one record's. */
export type EventAggregate = 'circle' | 'organisation' | 'proposal' | 'selection' | 'meeting';

/** One page of a record's events, oldest first, and where the next page starts (null at the end). */
export interface HistoryPage<Event> {
  readonly events: readonly Event[];
  readonly next: string | null;
}

/** The events kept beside each record, read a page at a time in storage. */
export interface HistoryRepository {
  /**
   * `pageSize` steps of the record after `after` (a `next` handed out before), each
   * with every event it made; null when `after` cannot be a token this store handed out.
   */
  page<Event>(
    tenantId: string,
    aggregate: EventAggregate,
    recordId: string,
    schema: z.ZodType<Event>,
    pageSize: number,
    after?: string,
  ): Promise<HistoryPage<Event> | null>;
}
