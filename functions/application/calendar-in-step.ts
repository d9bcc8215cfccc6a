import type { Circle, Meeting, Review, Structure } from '../../shared';
import { circleCalendar, dayOf, reconcileCalendar } from '../../shared';
import type { CalendarHolder, CalendarRepository, KeptCircleCalendar } from './ports/calendar-repository';
import type { RecordRepository } from './ports/record-repository';
import type { ReminderRepository } from './ports/reminder-repository';
import type { LogbookPorts } from './read-logbook';
import { readReviews } from './read-reviews';

export interface CalendarSources extends LogbookPorts {
  readonly meetings: RecordRepository<Meeting>;
  readonly calendar: CalendarRepository;
  readonly reminders: ReminderRepository;
}

/** The circles whose calendars to bring in step: those a change touched, or every one (a repair). */
export type CalendarScope = readonly string[] | 'all';

/** What a circle's calendar is made of. */
interface CircleSources {
  readonly structure: Structure;
  readonly reviews: readonly Review[];
  readonly meetings: readonly Meeting[];
}

/** A change touches a circle or two, each read with its own reviews; more (a timer's catch-up) read the organisation's once. */
const ownReviewsUpTo = 3;

/** Another writer came first this many times: the circle stays marked, and the calendar timer brings it in step. */
const attempts = 4;

function holderOf(circle: Circle | undefined, kept: KeptCircleCalendar): CalendarHolder {
  if (circle) return { name: circle.name, archived: circle.archived, members: circle.members.map(({ personId, displayName }) => ({ personId, displayName })) };
  return { name: kept.holder?.name ?? kept.circleId, archived: true, members: kept.holder?.members ?? [] };
}

/**
 * Brings one circle's calendar in step: new entries recorded, changed ones given a
 * higher sequence, removed ones cancelled. Its sources are read after its records,
 * so a write decided on older sources meets the newer records' versions and is
 * decided again. Null when other writers kept coming first.
 */
async function circleInStep(calendar: CalendarRepository, tenantId: string, read: KeptCircleCalendar, sourcesOf: (attempt: number) => Promise<CircleSources>, now: string): Promise<KeptCircleCalendar | null> {
  for (let attempt = 1; attempt <= attempts; attempt += 1) {
    const kept = attempt === 1 ? read : await calendar.circle(tenantId, read.circleId);
    const { structure, reviews, meetings } = await sourcesOf(attempt);
    const circle = structure.circles[kept.circleId];
    const wanted = circle ? circleCalendar(circle, reviews, meetings) : [];
    const changed = reconcileCalendar(kept.records.map((stored) => stored.record), wanted, now);
    const holder = holderOf(circle, kept);
    if (changed.length === 0 && !kept.unmoved && JSON.stringify(holder) === JSON.stringify(kept.holder)) return kept;
    if (await calendar.save(tenantId, kept, holder, changed)) {
      const records = new Map(kept.records.map((stored) => [stored.record.entry.entryId, stored]));
      for (const record of changed) records.set(record.entry.entryId, { record, outlook: records.get(record.entry.entryId)?.outlook ?? null });
      return { ...kept, holder, records: [...records.values()], unmoved: false };
    }
  }
  return null;
}

/** A circle's sources read afresh, its reviews with one range query of its own. */
function freshSources(sources: CalendarSources, tenantId: string, circleId: string, now: string): Promise<CircleSources> {
  return Promise.all([sources.structures.load(tenantId), readReviews(sources, tenantId, circleId, dayOf(now)), sources.meetings.loadAll(tenantId)]).then(([{ structure }, reviews, meetings]) => ({ structure, reviews, meetings }));
}

/**
 * Brings the calendars of the circles in scope in step with their records, reading
 * those circles' reviews, meetings and calendar records, never every proposal. A
 * repair (`all`) reads the organisation's kept reviews once and moves records kept
 * before as one list under their circles. Returns the structure read and each
 * circle's calendar now, and whether every circle in scope was (one other writers
 * kept changing is left for the calendar timer).
 */
export async function calendarInStep(sources: CalendarSources, tenantId: string, scope: CalendarScope, now: string): Promise<{ structure: Structure; circles: KeptCircleCalendar[]; complete: boolean }> {
  const today = dayOf(now);
  const read = scope === 'all' ? await sources.calendar.everyCircle(tenantId) : await Promise.all(scope.map((circleId) => sources.calendar.circle(tenantId, circleId)));
  const [{ structure }, reviews, meetings] = await Promise.all([
    sources.structures.load(tenantId),
    scope === 'all' || scope.length > ownReviewsUpTo
      ? readReviews(sources, tenantId, undefined, today)
      : Promise.all(scope.map((circleId) => readReviews(sources, tenantId, circleId, today))).then((each) => each.flat()),
    sources.meetings.loadAll(tenantId),
  ]);
  const known = new Set(read.map((kept) => kept.circleId));
  const unread = scope === 'all' ? Object.keys(structure.circles).filter((circleId) => !known.has(circleId)) : [];
  const all = [...read, ...(await Promise.all(unread.map((circleId) => sources.calendar.circle(tenantId, circleId))))];
  const first: CircleSources = { structure, reviews, meetings };
  const sourcesOf = (circleId: string) => (attempt: number) => (attempt === 1 ? Promise.resolve(first) : freshSources(sources, tenantId, circleId, now));
  const circles = await Promise.all(all.map((kept) => circleInStep(sources.calendar, tenantId, kept, sourcesOf(kept.circleId), now)));
  const done = circles.flatMap((circle) => (circle ? [circle] : []));
  return { structure, circles: done, complete: done.length === circles.length };
}

/**
 * After a stored change: the circles it touched are marked for the calendar timer
 * (which so repairs them should this process stop before the end), then their
 * calendars are brought in step, so a feed reads them as they are. A tenant whose
 * calendar was kept as one list is repaired whole first.
 */
export async function keepCalendarInStep(sources: CalendarSources, tenantId: string, now: string, scope: CalendarScope): Promise<void> {
  const everyCircle = async () => Object.keys((await sources.structures.load(tenantId)).structure.circles);
  const [keptByCircle] = await Promise.all([
    sources.calendar.keptByCircle(tenantId),
    sources.reminders.markCalendar(tenantId, now),
    sources.calendar.markChanged(tenantId, scope === 'all' ? await everyCircle() : scope, now),
  ]);
  const circles = keptByCircle ? scope : 'all';
  if (scope !== 'all' && circles === 'all') await sources.calendar.markChanged(tenantId, await everyCircle(), now);
  const { complete } = await calendarInStep(sources, tenantId, circles, now);
  if (!keptByCircle && complete) await sources.calendar.markKeptByCircle(tenantId);
}
