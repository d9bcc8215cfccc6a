import { changesCalendar, changesReviews } from '../../shared';
import type { ReminderSources } from './index-reminders';
import { indexReminders } from './index-reminders';

/** What a stored step changed: its events, and whether the structure (members, terms, policy) changed. */
export interface Change {
  readonly events: readonly { readonly type: string }[];
  readonly structure?: boolean;
}

/**
 * After a change is stored: the reminders' due-date index follows the reviews, and
 * the tenant's calendar is marked for the calendar timer. A structure change
 * (members, terms, policy) counts as both.
 */
export async function keepInStep(sources: ReminderSources, tenantId: string, now: string, change: Change): Promise<void> {
  if (change.structure || changesReviews(change.events)) await indexReminders(sources, tenantId, now);
  if (change.structure || changesCalendar(change.events)) await sources.reminders.markCalendar(tenantId, now);
}
