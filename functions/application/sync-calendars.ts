import type { CalendarEntry, Circle } from '../../shared';
import type { Locale } from '../../texts/locales';
import type { OutlookCalendar, Person } from '../calendar/graph-calendar';
import { wordedEntry } from '../calendar/calendar-words';
import { outlookStep } from '../calendar/outlook-plan';
import { textsFor } from '../../texts/all';
import { localeOf } from '../../texts/locales';
import type { ConversationRepository } from './ports/conversation-repository';
import { conversationIdOf } from './send-reminders';
import type { CalendarSources } from './calendar-in-step';
import { calendarInStep, keepCalendarInStep } from './calendar-in-step';

export interface CalendarSyncDeps extends CalendarSources {
  /** The tenant's Outlook calendar, or null where Outlook events are off (the feeds stay). */
  outlookFor(tenantId: string): OutlookCalendar | null;
  linkOf(entry: CalendarEntry): string;
  /** Where circles' conversations keep their language: Outlook events are written in it (English without one). */
  readonly conversations?: ConversationRepository;
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
 * The calendar timer: for each tenant whose calendar changed, brings the records of
 * the circles marked changed in step (a repair: the change brought them in step
 * already unless it stopped half way) and then Outlook: one event per review and
 * meeting in the organiser's calendar, the circle's members invited.
 */
export async function syncCalendars(
  deps: CalendarSyncDeps,
  now: string,
  report: (message: string, error: unknown) => void = () => undefined,
): Promise<CalendarSyncRun> {
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

/** One tenant's marked circles and their Outlook events; returns the steps that failed, and clears each mark whose circle has none. */
async function syncTenant(
  deps: CalendarSyncDeps,
  tenantId: string,
  etag: string,
  now: string,
  counts: { created: number; updated: number; cancelled: number },
): Promise<number> {
  // A tenant kept as one list before is repaired whole, every circle marked.
  if (!(await deps.calendar.keptByCircle(tenantId))) await keepCalendarInStep(deps, tenantId, now, 'all');
  const marks = await deps.calendar.changed(tenantId);
  const { circles } = await calendarInStep(
    deps,
    tenantId,
    marks.map((mark) => mark.circleId),
    now,
  );
  const outlook = deps.outlookFor(tenantId);
  const failedIn = new Map<string, number>();
  const failure = (circleId: string) => failedIn.set(circleId, (failedIn.get(circleId) ?? 0) + 1);
  if (outlook) {
    const steps = circles.flatMap(({ calendar, circle }) => {
      const syncs = circle !== undefined && !circle.archived && circle.policy.calendarSync;
      return calendar.records.flatMap((stored) => outlookStep(stored.record, stored.outlook, syncs) ?? []);
    });
    const invited = [...new Set(steps.filter((s) => s.kind !== 'cancel').flatMap((s) => s.record.entry.attendees.map((a) => a.personId)))];
    const addresses = invited.length === 0 ? null : await outlook.addressesOf(invited);
    if (addresses && !addresses.ok) for (const step of steps) failure(step.record.entry.circleId);
    else {
      const attendeesOf = (entry: Pick<CalendarEntry, 'attendees'>): Person[] =>
        entry.attendees.flatMap((a) => addresses?.value.get(a.personId) ?? []);
      const languages = await circleLanguages(
        deps,
        tenantId,
        circles.flatMap(({ circle }) => (circle ? [circle] : [])),
      );
      for (const step of steps) {
        const { entry: kept, sequence } = step.record;
        const texts = textsFor(languages.get(kept.circleId) ?? 'en');
        const entry = wordedEntry(texts, kept);
        const done =
          step.kind === 'create'
            ? await outlook.create(entry, deps.linkOf(entry), attendeesOf(entry), step.replaces)
            : step.kind === 'update'
              ? await outlook.update(step.eventId, entry, deps.linkOf(entry), attendeesOf(entry))
              : await outlook.cancel(step.eventId, texts.t('calendar', 'removedFromCalendar'));
        if (!done.ok) {
          failure(entry.circleId);
          continue;
        }
        const outlookNow = done.value
          ? { eventId: done.value.eventId, sequence, cancelledEventId: null }
          : { eventId: null, sequence, cancelledEventId: step.kind === 'cancel' ? step.eventId : null };
        await deps.calendar.saveOutlook(tenantId, step.record, outlookNow);
        counts[step.kind === 'create' ? 'created' : step.kind === 'update' ? 'updated' : 'cancelled'] += 1;
      }
    }
  }
  // A circle other writers kept changing was not brought in step: its mark stays, like a failed step's.
  const inStep = new Set(circles.map(({ calendar }) => calendar.circleId));
  for (const mark of marks) if (!inStep.has(mark.circleId)) failure(mark.circleId);
  for (const mark of marks) if (!failedIn.has(mark.circleId)) await deps.calendar.clearChanged(tenantId, mark);
  const failed = [...failedIn.values()].reduce((sum, n) => sum + n, 0);
  if (failed === 0) await deps.reminders.clearCalendarMark(tenantId, etag);
  return failed;
}

/** The language of each circle's conversation, in which its Outlook events are written. */
async function circleLanguages(deps: CalendarSyncDeps, tenantId: string, circles: readonly Circle[]): Promise<Map<string, Locale>> {
  const bound = circles.flatMap((circle) => (circle.binding ? [[circle.circleId, conversationIdOf(circle.binding)] as const] : []));
  const languageOf = async ([circleId, conversationId]: readonly [string, string]) => {
    const conversation = await deps.conversations?.get(tenantId, conversationId);
    return [circleId, localeOf(conversation?.locale)] as const;
  };
  return new Map(await Promise.all(bound.map(languageOf)));
}
