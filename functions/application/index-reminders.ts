import type { CalendarDate, ChangedReviews, Reminder } from '../../shared';
import { addDays, circleRemindersBetween, dayOf, reminderId, remindersBetween } from '../../shared';
import type { ReminderRepository } from './ports/reminder-repository';
import type { LogbookPorts } from './read-logbook';
import { readNamedReviews, readReviews } from './read-reviews';

/** How far back a timer catches up on reminders it missed (while down, or before a review was known). */
export const catchUpDays = 7;

export interface ReminderSources extends LogbookPorts {
  readonly reminders: ReminderRepository;
}

/** The last day there is: reminders are indexed however far ahead they fall. */
const ever = '9999-12-31';

/** The reminders of the reviews a change moved in one circle, from the reviews kept on write: the circle's range, or point reads of those named. */
async function remindersOfCircle(
  sources: ReminderSources,
  tenantId: string,
  changed: ChangedReviews,
  since: CalendarDate,
  today: CalendarDate,
): Promise<Reminder[]> {
  const reviews =
    changed.reviews === 'every'
      ? await readReviews(sources, tenantId, changed.circle.circleId, today)
      : (await readNamedReviews(sources, tenantId, changed.reviews, today)).flatMap((review) => review ?? []);
  return circleRemindersBetween(changed.circle, reviews, since, ever);
}

/** Every reminder of the tenant: its circles and every review kept, for a tenant seeded outside the command handler. */
async function everyReminder(sources: ReminderSources, tenantId: string, since: CalendarDate, today: CalendarDate): Promise<Reminder[]> {
  const [{ structure }, reviews] = await Promise.all([sources.structures.load(tenantId), readReviews(sources, tenantId, undefined, today)]);
  return remindersBetween(structure, reviews, since, ever);
}

/** The reminders of the reviews given, added to the index. */
async function addReminders(
  sources: ReminderSources,
  tenantId: string,
  now: string,
  changed: readonly ChangedReviews[] | 'every',
): Promise<void> {
  const today = dayOf(now);
  const since = addDays(today, -catchUpDays - 1);
  const reminders =
    changed === 'every'
      ? await everyReminder(sources, tenantId, since, today)
      : (await Promise.all(changed.map((circle) => remindersOfCircle(sources, tenantId, circle, since, today)))).flat();
  await sources.reminders.add(
    tenantId,
    reminders.map((reminder) => ({ reminderId: reminderId(reminder), on: reminder.on })),
  );
}

/**
 * Adds reminders to the due-date index, so the timer reads only the days that are
 * due: those of the reviews a change moved (an adopted decision's, a circle's new
 * terms, every review of a circle whose reminder days changed), or with `every` all
 * of the tenant's. Reads the reviews kept on write, never the proposals. The circles
 * are marked first and cleared once indexed: should the index not be written (storage
 * out of reach), the timer's next run indexes them (`indexUnindexed`).
 */
export async function indexReminders(
  sources: ReminderSources,
  tenantId: string,
  now: string,
  changed: readonly ChangedReviews[] | 'every' = 'every',
): Promise<void> {
  if (changed !== 'every' && changed.length === 0) return;
  const marks =
    changed === 'every'
      ? []
      : await sources.reminders.markUnindexed(
          tenantId,
          changed.map(({ circle }) => circle.circleId),
          now,
        );
  await addReminders(sources, tenantId, now, changed);
  await Promise.all(marks.map((mark) => sources.reminders.clearUnindexed(mark)));
}

/**
 * Indexes every review of each circle left marked by a change whose indexing failed,
 * then clears its mark; a circle that fails again stays marked for the next run.
 * Returns how many circles it indexed.
 */
export async function indexUnindexed(
  sources: ReminderSources,
  now: string,
  report: (message: string, error: unknown) => void,
): Promise<number> {
  let indexed = 0;
  for (const mark of await sources.reminders.unindexed()) {
    try {
      const circle = await sources.structures.circle(mark.tenantId, mark.circleId);
      if (circle && !circle.archived) await addReminders(sources, mark.tenantId, now, [{ circle, reviews: 'every' }]);
      await sources.reminders.clearUnindexed(mark);
      indexed += 1;
    } catch (error) {
      report(`the reminders of circle ${mark.circleId} in tenant ${mark.tenantId} could not be indexed; the next run tries again`, error);
    }
  }
  return indexed;
}
