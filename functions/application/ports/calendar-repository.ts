import { z } from 'zod';
import type { CalendarRecord } from '../../../shared';
import { PersonId } from '../../../shared';

/**
 * Where a record stands in the organiser's Outlook calendar: the event, the sequence
 * it shows, and after a cancel the event that was cancelled (a new event follows it).
 */
export const OutlookState = z.object({
  eventId: z.string().nullable(),
  sequence: z.number().int(),
  cancelledEventId: z.string().nullable().default(null),
});
export type OutlookState = z.infer<typeof OutlookState>;

export interface StoredCalendarRecord {
  readonly record: CalendarRecord;
  readonly outlook: OutlookState | null;
}

/**
 * Whose a circle's calendar is, kept beside its records so a feed needs nothing
 * else: the circle's name, whether it is archived, and its members (who may read
 * it, and whose own calendars show it).
 */
export const CalendarHolder = z.object({
  name: z.string(),
  archived: z.boolean(),
  members: z.array(z.object({ personId: PersonId, displayName: z.string() })),
});
export type CalendarHolder = z.infer<typeof CalendarHolder>;

/** One circle's calendar as read, with what the store needs to write it back under the versions read. */
export interface KeptCircleCalendar {
  readonly circleId: string;
  /** Null until the circle's calendar is first kept. */
  readonly holder: CalendarHolder | null;
  readonly records: readonly StoredCalendarRecord[];
  /** The version (ETag) of each row read, by row. */
  readonly etags: ReadonlyMap<string, string>;
  /** Some records are still under the keys of the tenant-wide list kept before; saving moves them. */
  readonly unmoved: boolean;
  /** People whose own rows a save cut off part way may have left behind: the next save writes them. */
  readonly settling: readonly string[];
}

/** A circle a person's own calendar shows, with the name they have there. */
export interface CalendarMembership {
  readonly circleId: string;
  readonly displayName: string;
}

/** A circle whose calendar changed since the calendar timer last brought Outlook in step with it. */
export interface ChangedCalendar {
  readonly circleId: string;
  readonly etag: string;
}

/**
 * Each circle's calendar records (what every calendar should show, with SEQUENCE
 * and cancellations) and, beside each, the Outlook event that mirrors it.
 */
export interface CalendarRepository {
  /** One circle's holder and records. */
  circle(tenantId: string, circleId: string): Promise<KeptCircleCalendar>;
  /** Every circle's, with records still kept in the tenant-wide list: for a repair. */
  everyCircle(tenantId: string): Promise<KeptCircleCalendar[]>;
  /** The circles a person's own calendar shows. */
  circlesOf(tenantId: string, personId: string): Promise<CalendarMembership[]>;
  /**
   * Writes the holder and the changed records under the versions read (and moves
   * unmoved records); false when another writer came first (read and decide again).
   */
  save(tenantId: string, kept: KeptCircleCalendar, holder: CalendarHolder, changed: readonly CalendarRecord[]): Promise<boolean>;
  saveOutlook(tenantId: string, record: CalendarRecord, outlook: OutlookState): Promise<void>;
  /** Whether the tenant's calendars are kept by circle (records written before are moved by a repair). */
  keptByCircle(tenantId: string): Promise<boolean>;
  markKeptByCircle(tenantId: string): Promise<void>;
  /** Marks circles whose calendar changed, for the calendar timer to bring Outlook in step. */
  markChanged(tenantId: string, circleIds: readonly string[], at: string): Promise<void>;
  changed(tenantId: string): Promise<ChangedCalendar[]>;
  /** Clears a circle's mark unless it changed again since it was read. */
  clearChanged(tenantId: string, changed: ChangedCalendar): Promise<void>;
}
