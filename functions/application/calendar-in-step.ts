import type { Circle, Meeting, Review } from '../../shared';
import { circleCalendar, dayOf, reconcileCalendar } from '../../shared';
import type { ListingPorts } from './list-pages';
import { keptRead } from './read-logbook';
import type { CalendarHolder, CalendarRepository, KeptCircleCalendar } from './ports/calendar-repository';
import type { ReminderRepository } from './ports/reminder-repository';
import { readReviews } from './read-reviews';

export interface CalendarSources extends ListingPorts {
  readonly calendar: CalendarRepository;
  readonly reminders: ReminderRepository;
}

/** The circles whose calendars to bring in step: those a change touched, or every one (a repair). */
export type CalendarScope = readonly string[] | 'all';

/** What a circle's calendar is made of: the circle (none once gone), its open reviews and its meetings. */
interface CircleSources {
  readonly circle: Circle | undefined;
  readonly reviews: readonly Review[];
  readonly meetings: readonly Meeting[];
}

/** A circle's calendar as brought in step, with the circle it was brought in step with. */
export interface CircleInStep {
  readonly calendar: KeptCircleCalendar;
  readonly circle: Circle | undefined;
}

/** Another writer came first this many times: the circle stays marked, and the calendar timer brings it in step. */
const attempts = 4;
/** The most a page of a circle's list holds. */
const pageSize = 100;

function holderOf(circle: Circle | undefined, kept: KeptCircleCalendar): CalendarHolder {
  if (circle)
    return {
      name: circle.name,
      archived: circle.archived,
      members: circle.members.map(({ personId, displayName }) => ({ personId, displayName })),
    };
  return { name: kept.holder?.name ?? kept.circleId, archived: true, members: kept.holder?.members ?? [] };
}

/**
 * Brings one circle's calendar in step: new entries recorded, changed ones given a
 * higher sequence, removed ones cancelled. Its sources are read after its records,
 * so a write decided on older sources meets the newer records' versions and is
 * decided again. Null when other writers kept coming first.
 */
async function circleInStep(
  calendar: CalendarRepository,
  tenantId: string,
  read: KeptCircleCalendar,
  sourcesOf: (attempt: number) => Promise<CircleSources>,
  now: string,
): Promise<CircleInStep | null> {
  for (let attempt = 1; attempt <= attempts; attempt += 1) {
    const kept = attempt === 1 ? read : await calendar.circle(tenantId, read.circleId);
    const { circle, reviews, meetings } = await sourcesOf(attempt);
    const wanted = circle ? circleCalendar(circle, reviews, meetings) : [];
    const changed = reconcileCalendar(
      kept.records.map((stored) => stored.record),
      wanted,
      now,
    );
    const holder = holderOf(circle, kept);
    if (changed.length === 0 && !kept.unmoved && kept.settling.length === 0 && JSON.stringify(holder) === JSON.stringify(kept.holder))
      return { calendar: kept, circle };
    if (await calendar.save(tenantId, kept, holder, changed)) {
      const records = new Map(kept.records.map((stored) => [stored.record.entry.entryId, stored]));
      for (const record of changed)
        records.set(record.entry.entryId, { record, outlook: records.get(record.entry.entryId)?.outlook ?? null });
      return { calendar: { ...kept, holder, records: [...records.values()], unmoved: false, settling: [] }, circle };
    }
  }
  return null;
}

/** Every meeting of a circle, from its list (a page per 100 meetings). */
async function meetingsOf(sources: CalendarSources, tenantId: string, circleId: string): Promise<Meeting[]> {
  const meetings: Meeting[] = [];
  let after: string | undefined;
  do {
    const page = await keptRead(sources, tenantId, () =>
      sources.listings.meetings(tenantId, circleId, { pageSize, ...(after ? { after } : {}) }),
    );
    if (!page) throw new Error(`the meetings of circle ${circleId} could not be paged with the list's own token`);
    meetings.push(...page.items);
    after = page.next ?? undefined;
  } while (after);
  return meetings;
}

/** A circle's sources read on their own: the circle by a point read, its reviews and meetings by ranges of its own. */
async function sourcesOfCircle(sources: CalendarSources, tenantId: string, circleId: string, now: string): Promise<CircleSources> {
  const [[circle], reviews, meetings] = await Promise.all([
    sources.listings.circles(tenantId, [circleId]),
    readReviews(sources, tenantId, circleId, dayOf(now)),
    meetingsOf(sources, tenantId, circleId),
  ]);
  return { circle, reviews, meetings };
}

/** Every circle's sources at once, for a repair: the structure, the organisation's kept reviews and every meeting. */
async function sourcesOfEveryCircle(
  sources: CalendarSources,
  tenantId: string,
  now: string,
): Promise<{ circleIds: string[]; of: (circleId: string) => CircleSources }> {
  const [{ structure }, reviews, meetings] = await Promise.all([
    sources.structures.load(tenantId),
    readReviews(sources, tenantId, undefined, dayOf(now)),
    sources.meetings.loadAll(tenantId),
  ]);
  return { circleIds: Object.keys(structure.circles), of: (circleId) => ({ circle: structure.circles[circleId], reviews, meetings }) };
}

/** A circle with no calendar rows when the tenant's were read: every row it writes is a new one. */
const unkept = (circleId: string): KeptCircleCalendar => ({
  circleId,
  holder: null,
  records: [],
  etags: new Map(),
  unmoved: false,
  settling: [],
});

const readCalendars = (calendar: CalendarRepository, tenantId: string, scope: CalendarScope) =>
  scope === 'all' ? calendar.everyCircle(tenantId) : Promise.all(scope.map((circleId) => calendar.circle(tenantId, circleId)));

/**
 * Brings the calendars of the circles in scope in step with their records: each
 * circle's own rows for a change (never every proposal, nor the organisation); the
 * organisation's structure, kept reviews and meetings once for a repair (`all`),
 * which also moves records kept before as one list under their circles. Returns
 * each circle's calendar now, and whether every circle in scope was brought in step
 * (one other writers kept changing is left for the calendar timer).
 */
export async function calendarInStep(
  sources: CalendarSources,
  tenantId: string,
  scope: CalendarScope,
  now: string,
  /** The circles' calendars, when the caller has just read them (before any of their sources). */
  calendars?: Promise<KeptCircleCalendar[]>,
): Promise<{ circles: CircleInStep[]; complete: boolean }> {
  const read = await (calendars ?? readCalendars(sources.calendar, tenantId, scope));
  let firstSources: (circleId: string) => Promise<CircleSources>;
  let all = read;
  if (scope === 'all') {
    const everyCircle = await sourcesOfEveryCircle(sources, tenantId, now);
    firstSources = async (circleId) => everyCircle.of(circleId);
    // Read with the tenant's rows, before the sources: another writer's rows since would meet these creates.
    const known = new Set(read.map((kept) => kept.circleId));
    all = [...read, ...everyCircle.circleIds.filter((circleId) => !known.has(circleId)).map(unkept)];
  } else firstSources = (circleId) => sourcesOfCircle(sources, tenantId, circleId, now);
  const sourcesOf = (circleId: string) => (attempt: number) =>
    attempt === 1 ? firstSources(circleId) : sourcesOfCircle(sources, tenantId, circleId, now);
  const circles = await Promise.all(all.map((kept) => circleInStep(sources.calendar, tenantId, kept, sourcesOf(kept.circleId), now)));
  const done = circles.flatMap((circle) => (circle ? [circle] : []));
  return { circles: done, complete: done.length === circles.length };
}

/**
 * After a stored change: the circles it touched are marked for the calendar timer
 * (which so repairs them should this process stop before the end), then their
 * calendars are brought in step, so a feed reads them as they are. A tenant whose
 * calendar was kept as one list is repaired whole first.
 */
export async function keepCalendarInStep(sources: CalendarSources, tenantId: string, now: string, scope: CalendarScope): Promise<void> {
  // The organisation's settings (its role limit) show in no calendar.
  if (scope !== 'all' && scope.length === 0) return;
  const everyCircle = async () => Object.keys((await sources.structures.load(tenantId)).structure.circles);
  // The circles' calendars are read with the marks, still before their sources.
  const calendars = readCalendars(sources.calendar, tenantId, scope);
  const [keptByCircle] = await Promise.all([
    sources.calendar.keptByCircle(tenantId),
    sources.reminders.markCalendar(tenantId, now),
    sources.calendar.markChanged(tenantId, scope === 'all' ? await everyCircle() : scope, now),
    calendars,
  ]);
  const circles = keptByCircle ? scope : 'all';
  if (scope !== 'all' && circles === 'all') await sources.calendar.markChanged(tenantId, await everyCircle(), now);
  const { complete } = await calendarInStep(sources, tenantId, circles, now, circles === scope ? calendars : undefined);
  if (!keptByCircle && complete) await sources.calendar.markKeptByCircle(tenantId);
}
