import type { CalendarEntry } from '../../shared';
import { findCircle } from '../../shared';
import type { OutlookCalendar, Person } from '../calendar/graph-calendar';
import { outlookStep } from '../calendar/outlook-plan';
import type { CalendarRepository } from './ports/calendar-repository';
import type { ReminderRepository } from './ports/reminder-repository';
import type { CalendarSources } from './calendar-in-step';
import { calendarInStep } from './calendar-in-step';

export interface CalendarSyncDeps extends CalendarSources {
  readonly calendar: CalendarRepository;
  readonly reminders: ReminderRepository;
  /** The tenant's Outlook calendar, or null where Outlook events are off (the feeds stay). */
  outlookFor(tenantId: string): OutlookCalendar | null;
  linkOf(entry: CalendarEntry): string;
}

export interface CalendarSyncRun {
  readonly tenants: number;
  readonly created: number;
  readonly updated: number;
  readonly cancelled: number;
  /** Left for the next run: the tenant's mark stays until every step went through. */
  readonly failed: number;
}

/**
 * The calendar timer: for each tenant whose calendar changed, brings its records
 * in step and then Outlook: one event per review and meeting in the organiser's
 * calendar, the circle's members invited.
 */
export async function syncCalendars(deps: CalendarSyncDeps, now: string, report: (message: string, error: unknown) => void = () => undefined): Promise<CalendarSyncRun> {
  const counts = { tenants: 0, created: 0, updated: 0, cancelled: 0, failed: 0 };
  for (const { tenantId, etag } of await deps.reminders.markedCalendars()) {
    counts.tenants += 1;
    try {
      counts.failed += await syncTenant(deps, tenantId, etag, now, counts);
    } catch (error) {
      counts.failed += 1;
      report(`the calendar of tenant ${tenantId} could not be brought in step; it stays marked for the next run`, error);
    }
  }
  return counts;
}

/** One tenant's calendar and Outlook events; returns the steps that failed, and clears the mark when none did. */
async function syncTenant(deps: CalendarSyncDeps, tenantId: string, etag: string, now: string, counts: { created: number; updated: number; cancelled: number }): Promise<number> {
  const { structure, records } = await calendarInStep(deps, tenantId, now);
  const outlook = deps.outlookFor(tenantId);
  let failed = 0;
  if (outlook) {
    const steps = records.flatMap((stored) => {
      const circle = findCircle(structure, stored.record.entry.circleId);
      const step = outlookStep(stored.record, stored.outlook, circle !== undefined && !circle.archived && circle.policy.calendarSync);
      return step ? [step] : [];
    });
    const invited = [...new Set(steps.filter((s) => s.kind !== 'cancel').flatMap((s) => s.record.entry.attendees.map((a) => a.personId)))];
    const addresses = invited.length === 0 ? null : await outlook.addressesOf(invited);
    if (addresses && !addresses.ok) failed += steps.length;
    else {
      const attendeesOf = (entry: CalendarEntry): Person[] => entry.attendees.flatMap((a) => addresses?.value.get(a.personId) ?? []);
      for (const step of steps) {
        const { entry, sequence } = step.record;
        const done =
          step.kind === 'create'
            ? await outlook.create(entry, deps.linkOf(entry), attendeesOf(entry), step.replaces)
            : step.kind === 'update'
              ? await outlook.update(step.eventId, entry, deps.linkOf(entry), attendeesOf(entry))
              : await outlook.cancel(step.eventId, 'This review or meeting was removed from the circle’s calendar.');
        if (!done.ok) {
          failed += 1;
          continue;
        }
        const outlookNow = done.value ? { eventId: done.value.eventId, sequence, cancelledEventId: null } : { eventId: null, sequence, cancelledEventId: step.kind === 'cancel' ? step.eventId : null };
        await deps.calendar.saveOutlook(tenantId, entry.entryId, outlookNow);
        counts[step.kind === 'create' ? 'created' : step.kind === 'update' ? 'updated' : 'cancelled'] += 1;
      }
    }
  }
  if (failed === 0) await deps.reminders.clearCalendarMark(tenantId, etag);
  return failed;
}
