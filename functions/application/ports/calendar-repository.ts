import { z } from 'zod';
import type { CalendarRecord } from '../../../shared';

/**
 * Where a record stands in the organiser's Outlook calendar: the event, the sequence
 * it shows, and after a cancel the event that was cancelled (a new event follows it).
 */
export const OutlookState = z.object({ eventId: z.string().nullable(), sequence: z.number().int(), cancelledEventId: z.string().nullable().default(null) });
export type OutlookState = z.infer<typeof OutlookState>;

export interface StoredCalendarRecord {
  readonly record: CalendarRecord;
  readonly outlook: OutlookState | null;
}

/** A tenant's calendar records and, beside each, the Outlook event that mirrors it. */
export interface CalendarRepository {
  load(tenantId: string): Promise<StoredCalendarRecord[]>;
  saveRecords(tenantId: string, records: readonly CalendarRecord[]): Promise<void>;
  saveOutlook(tenantId: string, entryId: string, outlook: OutlookState): Promise<void>;
}
