import type { ReminderSources } from './index-reminders';
import { changesReviews, indexReminders } from './index-reminders';

/** Whether a step changed what calendars show: a review date, a recorded term, a planned meeting. */
const changesCalendar = (events: readonly { readonly type: string }[]) => changesReviews(events) || events.some((event) => event.type === 'meeting-planned');

/**
 * After a change is stored: the reminders' due-date index follows the reviews, and
 * the tenant's calendar is marked for the calendar timer. A structure change
 * (members, terms, policy) counts as both.
 */
export async function keepInStep(sources: ReminderSources, tenantId: string, now: string, change: { readonly events: readonly { readonly type: string }[]; readonly structure?: boolean }): Promise<void> {
  if (change.structure || changesReviews(change.events)) await indexReminders(sources, tenantId, now);
  if (change.structure || changesCalendar(change.events)) await sources.reminders.markCalendar(tenantId, now);
}
