/** A reminder as the index knows it: whose, which, and the day it falls due. */
export interface IndexedReminder {
  readonly tenantId: string;
  readonly reminderId: string;
  readonly on: string;
}

/** A circle whose reminders a change moved, marked before they are indexed and cleared after. */
export interface UnindexedCircle {
  readonly tenantId: string;
  readonly circleId: string;
  readonly etag: string;
}

/** The due dates of review reminders, the claims of sent ones, and the marks of calendars that changed. */
export interface ReminderRepository {
  dueOn(day: string): Promise<IndexedReminder[]>;
  /** The tenant's indexed reminders falling on the given days. */
  dueFor(tenantId: string, days: readonly string[]): Promise<IndexedReminder[]>;
  /** Adds reminders to the index (one already there stays as it is); never removes. */
  add(tenantId: string, reminders: readonly { reminderId: string; on: string }[]): Promise<void>;
  /** Takes a reminder out of the index: it was sent, or its review was held or moved. */
  drop(reminder: IndexedReminder): Promise<void>;
  /** Marks circles whose reminders are about to be indexed, so the timer indexes them should that fail; the marks to clear. */
  markUnindexed(tenantId: string, circleIds: readonly string[], at: string): Promise<UnindexedCircle[]>;
  /** Every mark not cleared: the indexing failed, or is under way. */
  unindexed(): Promise<UnindexedCircle[]>;
  /** Clears a mark unless the circle was marked again since. */
  clearUnindexed(mark: UnindexedCircle): Promise<void>;
  /** Claims the sending of a reminder; false when another run has claimed it. */
  claim(tenantId: string, reminderId: string, at: string): Promise<boolean>;
  /** Gives a claim back when the reminder could not be posted, so a later run tries again. */
  release(tenantId: string, reminderId: string): Promise<void>;
  markCalendar(tenantId: string, at: string): Promise<void>;
  markedCalendars(): Promise<{ tenantId: string; etag: string }[]>;
  /** Clears a mark unless the calendar changed again since it was read. */
  clearCalendarMark(tenantId: string, etag: string): Promise<void>;
}
