import type { CalendarRecord } from '../../shared';
import { isMember } from '../../shared';
import type { CalendarSources } from './calendar-in-step';
import { keepCalendarInStep } from './calendar-in-step';
import type { FeedScope } from './ports/feed-token-repository';

/** What a feed shows: its name and its records, cancelled ones included. */
export interface CalendarFeed {
  /** The circle's name, or the person's; null for a person in no circle, whose feed the adapter names in their language. */
  readonly name: string | null;
  readonly records: readonly CalendarRecord[];
}

/** A circle's feed is one range query; a person's, one for their circles and one per circle. */
async function feedOf(sources: CalendarSources, tenantId: string, scope: FeedScope): Promise<CalendarFeed | null> {
  if (scope.kind === 'circle') {
    // A circle's feed is its members': whoever has left the circle has lost it, as the circle says now
    // (its calendar's copy of the members follows a change only once that change is brought in step).
    const [{ holder, records }, circle] = await Promise.all([
      sources.calendar.circle(tenantId, scope.circleId),
      sources.structures.circle(tenantId, scope.circleId),
    ]);
    if (!holder || !circle || !isMember(circle, scope.personId)) return null;
    return { name: holder.name, records: records.map((stored) => stored.record) };
  }
  const circles = await sources.calendar.circlesOf(tenantId, scope.personId);
  const calendars = await Promise.all(circles.map((circle) => sources.calendar.circle(tenantId, circle.circleId)));
  const records = calendars.flatMap((calendar) => calendar.records.map((stored) => stored.record));
  return {
    name: circles[0]?.displayName ?? null,
    records: records.filter((record) => record.entry.attendees.some((a) => a.personId === scope.personId)),
  };
}

/**
 * A feed as its calendars are kept, brought in step by every change that touched
 * them: the feed reads what it returns and writes nothing. A tenant whose calendar
 * was kept as one list is repaired first, once. Null when the scope's feed is gone.
 */
export async function readCalendarFeed(
  sources: CalendarSources,
  tenantId: string,
  scope: FeedScope,
  now: string,
): Promise<CalendarFeed | null> {
  const [keptByCircle, feed] = await Promise.all([sources.calendar.keptByCircle(tenantId), feedOf(sources, tenantId, scope)]);
  if (keptByCircle) return feed;
  await keepCalendarInStep(sources, tenantId, now, 'all');
  return feedOf(sources, tenantId, scope);
}
