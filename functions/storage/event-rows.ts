import type { EventAggregate } from '../application/ports/history-repository';
import { key } from './keys';

export type { EventAggregate };

/**
 * Events are kept append-only beside the state they change, one row per accepted
 * command (every event it produced, in order), under
 * `event|<aggregate>|<recordId>|…`, so a record's history is one range of its
 * partition, read in key order. A row is created, never replaced, in the same
 * transaction as the state rows, whose stored event count (under their ETag)
 * gives the next sequence: two writers cannot both append the same one.
 */

/** The entity property holding how many event rows a state row has appended so far. */
export const eventCountProperty = 'eventCount';

export function eventCountOf(entity: Record<string, unknown>): number {
  const count = entity[eventCountProperty];
  return typeof count === 'number' ? count : 0;
}

/** Zero-padded so keys sort as numbers. */
export const sequencePart = (sequence: number) => String(sequence).padStart(10, '0');

/** The key prefix of one record's events. */
export const historyKey = (aggregate: EventAggregate, recordId: string) => key('event', aggregate, recordId);

/** The row key of one command's events; `order` are the parts that sort it within the record. */
export const eventRowKey = (aggregate: EventAggregate, recordId: string, order: readonly string[]) =>
  key('event', aggregate, recordId, ...order);

/** What an event row holds. */
export interface EventRow {
  readonly events: readonly unknown[];
}
