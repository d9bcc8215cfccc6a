import type { ChangedReviews } from '../../shared';
import { changesCalendar, changesReviews } from '../../shared';
import type { CalendarSources } from './calendar-in-step';
import { keepCalendarInStep } from './calendar-in-step';
import type { DeadlineShift, DeadlineSources } from './index-deadlines';
import { dropMovedDeadline } from './index-deadlines';
import type { ReminderSources } from './index-reminders';
import { indexReminders } from './index-reminders';

/** What a stored step changed: its events, whether the structure (members, terms, policy) changed, and the reviews it moved. */
export interface Change {
  readonly events: readonly { readonly type: string }[];
  readonly structure?: boolean;
  /** The reviews whose reminders the step may have moved; a change that does not say (a seeding) moved every review of the tenant. */
  readonly reviews?: readonly ChangedReviews[];
  /** The circles whose calendars the step may have changed; a change that does not say (a seeding) changed every circle's. */
  readonly circles?: readonly string[];
  /** How the step moved a record's running asynchronous round; indexed ahead of the step, taken out after it. */
  readonly deadlines?: DeadlineShift;
}

/**
 * After a change is stored: the reminders' due-date index follows the reviews it
 * moved, and the calendars of the circles it touched are brought in step, both at
 * once (neither reads what the other writes), and a round the step closed or moved
 * leaves the deadlines' index. A structure change (members, terms, policy) counts
 * as both of the first.
 */
export async function keepInStep(
  sources: ReminderSources & CalendarSources & DeadlineSources,
  tenantId: string,
  now: string,
  change: Change,
): Promise<void> {
  await Promise.all([
    change.deadlines ? dropMovedDeadline(sources, tenantId, change.deadlines) : null,
    change.structure || changesReviews(change.events) ? indexReminders(sources, tenantId, now, change.reviews ?? 'every') : null,
    change.structure || changesCalendar(change.events) ? keepCalendarInStep(sources, tenantId, now, change.circles ?? 'all') : null,
  ]);
}
