import type { CalendarEntry, Structure } from '../../shared';
import { calendarEntries, dayOf, structureCircles } from '../../shared';
import { changeStructure } from '../../functions/application/change-structure';
import { keepInStep } from '../../functions/application/keep-in-step';
import type { CalendarSyncDeps } from '../../functions/application/sync-calendars';
import { syncCalendars } from '../../functions/application/sync-calendars';
import { calendarWords } from '../../functions/calendar/calendar-words';
import { graphCalendar } from '../../functions/calendar/graph-calendar';
import { textsFor } from '../../texts/all';
import { tabLinkOf } from '../../functions/calendar/tab-link';
import { readSettings, type Settings } from '../../functions/composition/config';
import { createServices, type Services } from '../../functions/composition/services';
import { demoStructure, demoTenant, seedDemoOrganisation } from '../../functions/dev/demo-organisation';
import type { StoredCalendarRecord } from '../../functions/application/ports/calendar-repository';
import { startAzurite, type RunningAzurite } from '../support/azurite';
import { daysFromNow, now } from '../support/clock';
import type { FakeUser, GraphFake, RecordedRequest } from '../support/graph-fake';
import { serverFault, startGraphFake, throttled } from '../support/graph-fake';
import { admin } from '../support/people';
import { wordsOf } from '../support/refusal-words';

const clientId = '3c9a7e52-1b4d-4f0e-9a6c-2d8b5e7f1a30';
const clientSecret = 'riverside~calendar~secret';
const organiser = 'organiser@riverside.example';
const tabUrl = 'https://tab.riverside.example/tab/';
const maxAttempts = 3;

/**
 * The tenant's directory as Graph knows it: the organiser mailbox and every demo
 * person by their id. Jun has no mailbox licence (no mail; his sign-in name reaches
 * him); the people the co-op supports are guests with addresses of their own.
 */
const guests = new Set(['farid', 'grace', 'leo']);
const demoPeople = new Map(
  Object.values(demoStructure(now).circles).flatMap((circle) => circle.members.map((m) => [m.personId, m.displayName] as const)),
);
const directory: FakeUser[] = [
  { id: 'a4f1c2d3-0000-4000-8000-00000000c1c1', displayName: 'Riverside Circles', mail: organiser, userPrincipalName: organiser },
  ...[...demoPeople].map(([id, displayName]) => ({
    id,
    displayName,
    mail: id === 'jun' ? null : guests.has(id) ? `${id}@home.example` : `${id}@riverside.example`,
    userPrincipalName: `${id}@riverside.example`,
  })),
];
const addressOf = (personId: string) => {
  const user = directory.find((u) => u.id === personId);
  if (!user) throw new Error(`${personId} is not in the directory`);
  return user.mail ?? user.userPrincipalName;
};

let azurite: RunningAzurite;
let fake: GraphFake;
let settings: Settings;
let services: Services;
/** The calendar timer as it runs in production: the composition's own Graph client. */
let timer: CalendarSyncDeps;
/** The same, with a Graph client whose waits are recorded instead of slept. */
let recording: CalendarSyncDeps;
const waits: number[] = [];

beforeAll(async () => {
  azurite = await startAzurite();
  fake = await startGraphFake({ tenantId: demoTenant, clientId, clientSecret, users: directory });
  settings = readSettings({
    STORAGE_CONNECTION_STRING: azurite.connectionString,
    AUTH_MODE: 'dev',
    CALENDAR_ORGANISERS: `${demoTenant}:${organiser}`,
    ENTRA_CLIENT_ID: clientId,
    GRAPH_CLIENT_SECRET: clientSecret,
    GRAPH_BASE_URL: fake.url,
    ENTRA_AUTHORITY_HOST: fake.url,
    TAB_URL: tabUrl,
  });
  services = await createServices(settings);
  const linkOf = tabLinkOf(services.tabAddress);
  timer = { ...services, linkOf };
  const client = graphCalendar(
    {
      authorityHost: settings.ENTRA_AUTHORITY_HOST,
      graphBaseUrl: settings.GRAPH_BASE_URL,
      clientId,
      clientSecret,
      tenantId: demoTenant,
      organiser,
      onlineMeetings: false,
    },
    { sleep: async (ms) => void waits.push(ms), maxAttempts, random: () => 0 },
  );
  recording = { ...services, outlookFor: (tenantId) => (tenantId === demoTenant ? client : null), linkOf };
  if (!(await seedDemoOrganisation(services, now))) throw new Error('the demo organisation was not seeded');
}, 30_000);

afterAll(async () => {
  await fake?.stop();
  await azurite?.stop();
});

beforeEach(() => {
  waits.length = 0;
});

/** A change to the circles as an organisation admin, followed as every route follows one. */
async function changed(at: string, ...commands: object[]): Promise<void> {
  const result = await changeStructure(services.structures, demoTenant, commands, admin, at);
  if (!result.ok) throw new Error(`refused: ${wordsOf(result.error)}`);
  await keepInStep(services, demoTenant, at, {
    events: result.value.events,
    structure: true,
    circles: structureCircles(result.value.events),
  });
}

async function stored(): Promise<Map<string, StoredCalendarRecord>> {
  const circles = await services.calendar.everyCircle(demoTenant);
  return new Map(circles.flatMap((circle) => circle.records).map((s) => [s.record.entry.entryId, s]));
}

function storedOf(records: Map<string, StoredCalendarRecord>, entryId: string): StoredCalendarRecord {
  const found = records.get(entryId);
  if (!found) throw new Error(`no calendar record ${entryId}`);
  return found;
}

function eventIdOf(records: Map<string, StoredCalendarRecord>, entryId: string): string {
  const eventId = storedOf(records, entryId).outlook?.eventId;
  if (!eventId) throw new Error(`${entryId} has no Outlook event`);
  return eventId;
}

const structure = async (): Promise<Structure> => (await services.structures.load(demoTenant)).structure;
const marked = async () => (await services.reminders.markedCalendars()).map((m) => m.tenantId);

const eventsPath = `/v1.0/users/${encodeURIComponent(organiser)}/events`;
const eventPath = (eventId: string) => `${eventsPath}/${encodeURIComponent(eventId)}`;
const exactly = (path: string) => new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

const since = (mark: number) => fake.requests.slice(mark);
/** What changed a mailbox: every Graph call but reading users. */
const writes = (requests: readonly RecordedRequest[]) => requests.filter((r) => r.path.startsWith('/v1.0/') && r.method !== 'GET');
const lookups = (requests: readonly RecordedRequest[]) =>
  requests
    .filter((r) => r.method === 'GET' && r.path.startsWith('/v1.0/users/'))
    .map((r) => decodeURIComponent(r.path.slice('/v1.0/users/'.length)));
const shape = (requests: readonly RecordedRequest[]) => requests.map((r) => [r.method, r.path, r.status]);

const attendeesOf = (event: Record<string, unknown>) =>
  (event.attendees as { emailAddress: { address: string } }[]).map((a) => a.emailAddress.address).sort();
const membersOf = (circles: Structure, circleId: string) =>
  (circles.circles[circleId]?.members ?? []).map((m) => addressOf(m.personId)).sort();

/** Records Outlook should show: live, in a circle that writes to Outlook. */
function wanted(records: Map<string, StoredCalendarRecord>, circles: Structure): StoredCalendarRecord[] {
  return [...records.values()].filter((s) => {
    const circle = circles.circles[s.record.entry.circleId];
    return !s.record.cancelled && circle !== undefined && !circle.archived && circle.policy.calendarSync;
  });
}

/** The event's timing as Graph gives it back: all day in UTC, a moment in UTC, a series in the circle's zone. */
function expectedTiming(entry: CalendarEntry) {
  const graphTime = (iso: string) => `${iso.slice(0, 19)}.0000000`;
  const { when } = entry;
  switch (when.kind) {
    case 'day': {
      const next = new Date(Date.parse(`${when.date}T00:00:00Z`) + 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
      return {
        type: 'singleInstance',
        isAllDay: true,
        showAs: 'free',
        start: { dateTime: `${when.date}T00:00:00.0000000`, timeZone: 'UTC' },
        end: { dateTime: `${next}T00:00:00.0000000`, timeZone: 'UTC' },
      };
    }
    case 'moment':
      return {
        type: 'singleInstance',
        isAllDay: false,
        showAs: 'busy',
        start: { dateTime: graphTime(when.start), timeZone: 'UTC' },
        end: { dateTime: graphTime(when.end), timeZone: 'UTC' },
      };
    case 'recurring': {
      const start = Date.parse(`${when.start}:00Z`);
      const wall = (ms: number) => graphTime(new Date(ms).toISOString());
      const pattern =
        when.frequency === 'monthly'
          ? { type: 'absoluteMonthly', interval: 1 }
          : { type: 'weekly', interval: when.frequency === 'weekly' ? 1 : 2 };
      return {
        type: 'seriesMaster',
        isAllDay: false,
        showAs: 'busy',
        start: { dateTime: wall(start), timeZone: when.timeZone },
        end: { dateTime: wall(start + when.durationMinutes * 60 * 1000), timeZone: when.timeZone },
        recurrence: { pattern, range: { type: 'noEnd', startDate: when.start.slice(0, 10) } },
      };
    }
  }
}

const facilitatorReview = 'review.role-term.training.training-facilitator';

describe('the calendar timer brings Outlook in step (Graph contract fake, real Azurite)', () => {
  it('makes one Outlook event per review and meeting in the organiser’s calendar, inviting the circle’s members, then clears the mark', async () => {
    expect(settings.CALENDAR_ORGANISERS).toBe(`${demoTenant}:${organiser}`);
    expect(services.outlookFor('another-tenant')).toBeNull();
    expect(await marked()).toEqual([demoTenant]);

    const mark = fake.requests.length;
    const run = await syncCalendars(timer, now);
    const records = await stored();
    const circles = await structure();
    const live = wanted(records, circles);
    // Exactly what the core says the organisation's calendars show, for circles that write to Outlook.
    const [proposals, meetings] = await Promise.all([services.proposals.loadAll(demoTenant), services.meetings.loadAll(demoTenant)]);
    const expected = calendarEntries(circles, proposals, meetings, dayOf(now)).filter(
      (entry) => circles.circles[entry.circleId]?.policy.calendarSync,
    );
    expect(live.map((s) => s.record.entry.entryId).sort()).toEqual(expected.map((entry) => entry.entryId).sort());
    expect(live.map((s) => s.record.entry.entryId)).toEqual(
      expect.arrayContaining([facilitatorReview, 'meeting.northside.northside-next-week', 'review.decision.hub.travel-time']),
    );
    expect(run).toEqual({ tenants: 1, created: live.length, updated: 0, cancelled: 0, failed: 0 });

    const requests = since(mark);
    expect(requests.filter((r) => r.path.endsWith('/oauth2/v2.0/token')).map((r) => [r.method, r.path, r.status])).toEqual([
      ['POST', `/${demoTenant}/oauth2/v2.0/token`, 200],
    ]);
    expect(lookups(requests).sort()).toEqual([...demoPeople.keys()].sort());
    expect(new Set(requests.filter((r) => r.method === 'GET').map((r) => r.query.$select))).toEqual(
      new Set(['id,displayName,mail,userPrincipalName']),
    );
    expect(shape(writes(requests))).toEqual(live.map(() => ['POST', eventsPath, 201]));
    expect(requests).toHaveLength(1 + demoPeople.size + live.length);

    const events = fake.events();
    expect(events.size).toBe(live.length);
    for (const { record, outlook } of live) {
      const { entry } = record;
      expect(outlook).toEqual({ eventId: expect.any(String), sequence: record.sequence, cancelledEventId: null });
      const event = events.get(outlook?.eventId ?? '');
      expect({ entryId: entry.entryId, found: event !== undefined }).toEqual({ entryId: entry.entryId, found: true });
      // No circle here is bound to a conversation with a language of its own: its events are in English.
      expect(event).toMatchObject({ subject: calendarWords(textsFor('en'), entry.title), isCancelled: false, ...expectedTiming(entry) });
      expect(attendeesOf(event as Record<string, unknown>)).toEqual(membersOf(circles, entry.circleId));
      expect((event as { body: { content: string } }).body.content).toContain(`href="${tabLinkOf(services.tabAddress)(entry)}"`);
    }
    const training = events.get(eventIdOf(records, facilitatorReview)) as Record<string, unknown>;
    expect(training).toMatchObject({
      subject: 'Review: Facilitator term of Kemi Adeyemi (Training)',
      isAllDay: true,
      start: { dateTime: '2026-12-01T00:00:00.0000000', timeZone: 'UTC' },
    });
    expect(attendeesOf(training)).toEqual(['hana@riverside.example', 'jun@riverside.example', 'kemi@riverside.example']);
    const meeting = events.get(eventIdOf(records, 'meeting.northside.northside-next-week')) as Record<string, unknown>;
    expect(meeting).toMatchObject({
      isAllDay: false,
      start: { dateTime: '2026-11-28T09:00:00.0000000' },
      end: { dateTime: '2026-11-28T09:30:00.0000000' },
    });
    expect(attendeesOf(meeting)).toEqual([
      'amara@riverside.example',
      'dev@riverside.example',
      'farid@home.example',
      'grace@home.example',
      'hana@riverside.example',
    ]);

    expect(await marked()).toEqual([]);
  });

  it('does nothing on the next runs while nothing changed, marked or not', async () => {
    const mark = fake.requests.length;
    expect(await syncCalendars(timer, daysFromNow(0.5))).toEqual({ tenants: 0, created: 0, updated: 0, cancelled: 0, failed: 0 });
    await keepInStep(services, demoTenant, daysFromNow(0.5), { events: [], structure: true });
    expect(await marked()).toEqual([demoTenant]);
    expect(await syncCalendars(timer, daysFromNow(0.5))).toEqual({ tenants: 1, created: 0, updated: 0, cancelled: 0, failed: 0 });
    expect(since(mark)).toEqual([]);
    expect(await marked()).toEqual([]);
  });

  it('moves an event whose review moved, with one PATCH and no other write, and records the sequence Outlook now shows', async () => {
    const at = daysFromNow(1);
    await changed(at, { type: 'end-term', circleId: 'training', assignmentId: 'training-facilitator', lastDay: '2026-11-25' });
    const before = await stored();
    const eventId = eventIdOf(before, facilitatorReview);

    const mark = fake.requests.length;
    const read = jest.spyOn(services.calendar, 'circle');
    try {
      expect(await syncCalendars(timer, at)).toEqual({ tenants: 1, created: 0, updated: 1, cancelled: 0, failed: 0 });
      // Only the circle the change touched was marked, so only its calendar is read.
      expect(read.mock.calls.map(([, circleId]) => circleId)).toEqual(['training']);
    } finally {
      read.mockRestore();
    }
    const requests = since(mark);
    expect(shape(writes(requests))).toEqual([['PATCH', eventPath(eventId), 200]]);
    expect(writes(requests)[0]?.body).toMatchObject({
      subject: 'Review: Facilitator term of Kemi Adeyemi (Training)',
      start: { dateTime: '2026-11-25T00:00:00', timeZone: 'UTC' },
      end: { dateTime: '2026-11-26T00:00:00', timeZone: 'UTC' },
      isAllDay: true,
      recurrence: null,
    });
    // Only the people invited to what changed are looked up.
    expect(lookups(requests).sort()).toEqual(['hana', 'jun', 'kemi']);
    expect(fake.events().get(eventId)).toMatchObject({
      start: { dateTime: '2026-11-25T00:00:00.0000000' },
      end: { dateTime: '2026-11-26T00:00:00.0000000' },
    });

    const after = await stored();
    const moved = storedOf(after, facilitatorReview);
    expect(moved.record.sequence).toBe(1);
    expect(moved.outlook).toEqual({ eventId, sequence: moved.record.sequence, cancelledEventId: null });
    const untouched = (records: Map<string, StoredCalendarRecord>) =>
      [...records].filter(([id]) => id !== facilitatorReview).map(([id, s]) => [id, s.outlook]);
    expect(untouched(after)).toEqual(untouched(before));
    expect(await marked()).toEqual([]);
  });

  it('invites a new member of a circle to every event of that circle, and no one else’s', async () => {
    const at = daysFromNow(2);
    await changed(at, { type: 'add-member', circleId: 'training', member: { personId: 'esi', displayName: 'Esi Mensah', guest: false } });
    const before = await stored();
    const trainingEvents = wanted(before, await structure())
      .filter((s) => s.record.entry.circleId === 'training')
      .map((s) => eventPath(s.outlook?.eventId ?? 'none'));
    expect(trainingEvents).toContain(eventPath(eventIdOf(before, facilitatorReview)));

    const mark = fake.requests.length;
    expect(await syncCalendars(timer, at)).toEqual({ tenants: 1, created: 0, updated: trainingEvents.length, cancelled: 0, failed: 0 });
    const patched = writes(since(mark));
    expect(patched.map((r) => r.path).sort()).toEqual([...trainingEvents].sort());
    expect(patched.every((r) => r.method === 'PATCH' && r.status === 200)).toBe(true);
    for (const path of trainingEvents) {
      const event = fake.events().get(decodeURIComponent(path.slice(eventsPath.length + 1))) as Record<string, unknown>;
      expect(attendeesOf(event)).toEqual([
        'esi@riverside.example',
        'hana@riverside.example',
        'jun@riverside.example',
        'kemi@riverside.example',
      ]);
    }
  });

  it('cancels the events of a circle that turns Outlook off, through Graph’s cancel, and leaves the others alone', async () => {
    const at = daysFromNow(3);
    const before = await stored();
    const finance = wanted(before, await structure()).filter((s) => s.record.entry.circleId === 'finance');
    expect(finance.map((s) => s.record.entry.entryId)).toContain('review.decision.finance.petty-cash');
    await changed(at, { type: 'set-circle-policy', circleId: 'finance', policy: { calendarSync: false } });

    const mark = fake.requests.length;
    expect(await syncCalendars(timer, at)).toEqual({ tenants: 1, created: 0, updated: 0, cancelled: finance.length, failed: 0 });
    const requests = since(mark);
    const cancelled = finance.map((s) => `${eventPath(s.outlook?.eventId ?? 'none')}/cancel`);
    expect(
      writes(requests)
        .map((r) => r.path)
        .sort(),
    ).toEqual([...cancelled].sort());
    for (const request of writes(requests)) {
      expect([request.method, request.status, request.body]).toEqual([
        'POST',
        202,
        { Comment: 'This review or meeting was removed from the circle’s calendar.' },
      ]);
    }
    // A cancellation invites no one, so nobody is looked up.
    expect(lookups(requests)).toEqual([]);

    const financeIds = new Set(finance.map((s) => s.outlook?.eventId));
    for (const [eventId, event] of fake.events()) expect([eventId, event.isCancelled]).toEqual([eventId, financeIds.has(eventId)]);
    const after = await stored();
    for (const { record } of finance) {
      // The feed keeps Finance's entries: only Outlook stopped showing them.
      expect(storedOf(after, record.entry.entryId)).toEqual({
        record,
        outlook: { eventId: null, sequence: record.sequence, cancelledEventId: eventIdOf(before, record.entry.entryId) },
      });
    }
    expect(await marked()).toEqual([]);

    await keepInStep(services, demoTenant, at, { events: [], structure: true });
    const again = fake.requests.length;
    expect(await syncCalendars(timer, at)).toEqual({ tenants: 1, created: 0, updated: 0, cancelled: 0, failed: 0 });
    expect(since(again)).toEqual([]);
  });

  it('makes new live events when the circle turns Outlook on again, not the cancelled ones Graph remembers', async () => {
    const at = daysFromNow(3);
    const financeOff = [...(await stored()).values()].filter((s) => s.record.entry.circleId === 'finance' && !s.record.cancelled);
    await changed(at, { type: 'set-circle-policy', circleId: 'finance', policy: { calendarSync: true } });
    expect(await syncCalendars(timer, at)).toMatchObject({ created: financeOff.length, failed: 0 });
    const after = await stored();
    for (const { record } of financeOff) {
      const eventId = eventIdOf(after, record.entry.entryId);
      expect(eventId).not.toBe(storedOf(after, record.entry.entryId).outlook?.cancelledEventId);
      expect(fake.events().get(eventId)?.isCancelled).toBe(false);
    }
  });
});

describe('when Microsoft Graph fails or throttles', () => {
  it('keeps the tenant marked when Graph refuses one event (403, not retried), keeps what went through, and finishes on the next run', async () => {
    const at = daysFromNow(4);
    await changed(
      at,
      { type: 'end-term', circleId: 'northside', assignmentId: 'northside-secretary', lastDay: '2027-01-31' },
      { type: 'end-term', circleId: 'southside', assignmentId: 'southside-secretary', lastDay: '2027-01-31' },
    );
    const before = await stored();
    const northside = eventIdOf(before, 'review.role-term.northside.northside-secretary');
    const southside = eventIdOf(before, 'review.role-term.southside.southside-secretary');
    fake.failNext(
      { method: 'PATCH', path: exactly(eventPath(northside)) },
      { status: 403, body: { error: { code: 'ErrorAccessDenied', message: 'Access is denied. Check credentials and try again.' } } },
    );

    const mark = fake.requests.length;
    expect(await syncCalendars(recording, at)).toEqual({ tenants: 1, created: 0, updated: 1, cancelled: 0, failed: 1 });
    expect(shape(writes(since(mark))).sort()).toEqual(
      [
        ['PATCH', eventPath(northside), 403],
        ['PATCH', eventPath(southside), 200],
      ].sort(),
    );
    expect(waits).toEqual([]);
    expect(await marked()).toEqual([demoTenant]);
    const partly = await stored();
    const refusedOne = storedOf(partly, 'review.role-term.northside.northside-secretary');
    expect(refusedOne.outlook?.sequence).toBeLessThan(refusedOne.record.sequence);
    const doneOne = storedOf(partly, 'review.role-term.southside.southside-secretary');
    expect(doneOne.outlook).toEqual({ eventId: southside, sequence: doneOne.record.sequence, cancelledEventId: null });

    const retry = fake.requests.length;
    expect(await syncCalendars(recording, daysFromNow(4.01))).toEqual({ tenants: 1, created: 0, updated: 1, cancelled: 0, failed: 0 });
    expect(shape(writes(since(retry)))).toEqual([['PATCH', eventPath(northside), 200]]);
    expect(fake.events().get(northside)).toMatchObject({ start: { dateTime: '2027-01-31T00:00:00.0000000' } });
    const settled = storedOf(await stored(), 'review.role-term.northside.northside-secretary');
    expect(settled.outlook).toEqual({ eventId: northside, sequence: settled.record.sequence, cancelledEventId: null });
    expect(await marked()).toEqual([]);
  });

  it('retries a server fault with growing waits up to its attempts, then leaves the event for the next run', async () => {
    const at = daysFromNow(5);
    await changed(at, { type: 'end-term', circleId: 'hub', assignmentId: 'hub-secretary', lastDay: '2027-02-28' });
    const eventId = eventIdOf(await stored(), 'review.role-term.hub.hub-secretary');
    fake.failNext({ method: 'PATCH', path: exactly(eventPath(eventId)) }, ...Array.from({ length: maxAttempts }, () => serverFault(500)));

    const mark = fake.requests.length;
    expect(await syncCalendars(recording, at)).toEqual({ tenants: 1, created: 0, updated: 0, cancelled: 0, failed: 1 });
    expect(shape(writes(since(mark)))).toEqual(Array.from({ length: maxAttempts }, () => ['PATCH', eventPath(eventId), 500]));
    // 1 s, then 2 s: the back-off between attempts, recorded rather than slept.
    expect(waits).toEqual([1000, 2000]);
    expect(await marked()).toEqual([demoTenant]);
    expect(fake.events().get(eventId)).not.toMatchObject({ start: { dateTime: '2027-02-28T00:00:00.0000000' } });

    const retry = fake.requests.length;
    expect(await syncCalendars(recording, daysFromNow(5.01))).toEqual({ tenants: 1, created: 0, updated: 1, cancelled: 0, failed: 0 });
    expect(shape(writes(since(retry)))).toEqual([['PATCH', eventPath(eventId), 200]]);
    expect(fake.events().get(eventId)).toMatchObject({ start: { dateTime: '2027-02-28T00:00:00.0000000' } });
    expect(await marked()).toEqual([]);
  });

  it('waits as long as Retry-After says when Graph throttles, and the run still completes', async () => {
    const at = daysFromNow(6);
    await changed(at, { type: 'end-term', circleId: 'northside', assignmentId: 'northside-leader', lastDay: '2027-02-15' });
    const eventId = eventIdOf(await stored(), 'review.role-term.northside.northside-leader');
    fake.failNext({ method: 'GET', path: /^\/v1\.0\/users\/[^/]+$/ }, throttled(3));
    fake.failNext({ method: 'PATCH', path: exactly(eventPath(eventId)) }, throttled(7));

    const mark = fake.requests.length;
    expect(await syncCalendars(recording, at)).toEqual({ tenants: 1, created: 0, updated: 1, cancelled: 0, failed: 0 });
    expect(waits).toEqual([3000, 7000]);
    const requests = since(mark);
    expect(shape(writes(requests))).toEqual([
      ['PATCH', eventPath(eventId), 429],
      ['PATCH', eventPath(eventId), 200],
    ]);
    // Northside's members are looked up; one lookup was throttled once, then answered.
    const northside = (await structure()).circles.northside?.members.map((m) => m.personId) ?? [];
    expect(
      requests
        .filter((r) => r.method === 'GET')
        .map((r) => r.status)
        .sort(),
    ).toEqual([...northside.map(() => 200), 429]);
    expect(new Set(lookups(requests))).toEqual(new Set(northside));
    expect(fake.events().get(eventId)).toMatchObject({ start: { dateTime: '2027-02-15T00:00:00.0000000' } });
    expect(await marked()).toEqual([]);
  });
});
