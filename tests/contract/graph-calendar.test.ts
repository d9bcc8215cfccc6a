import { CalendarEntry as CalendarEntrySchema } from '../../shared/calendar/calendar-entry';
import type { WordedEntry } from '../../functions/calendar/calendar-words';
import { wordedEntry } from '../../functions/calendar/calendar-words';
import { textsFor } from '../../texts/all';

/** An entry as Outlook is given it: its words written out in English. */
const worded = (value: unknown): WordedEntry => wordedEntry(textsFor('en'), CalendarEntrySchema.parse(value));
import type { GraphCalendarDeps, GraphCalendarSettings, GraphOutcome } from '../../functions/calendar/graph-calendar';
import { graphCalendar } from '../../functions/calendar/graph-calendar';
import type { FakeUser, GraphFake, RecordedRequest } from '../support/graph-fake';
import { serverFault, startGraphFake, throttled } from '../support/graph-fake';

const tenantId = '11111111-2222-4333-8444-555555555555';
const clientId = '6f1a2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b';
const clientSecret = 'riverside~calendar~secret';
const organiser = 'circles@riverside-care.example';

const directory: FakeUser[] = [
  { id: 'c0ffee00-0000-4000-8000-000000000001', displayName: 'Riverside Circles', mail: organiser, userPrincipalName: organiser },
  {
    id: 'amara',
    displayName: 'Amara Okafor',
    mail: 'amara.okafor@riverside-care.example',
    userPrincipalName: 'amara@riverside-care.example',
  },
  // Ben has no mailbox licence, so Graph has no mail for him; his sign-in name still reaches him.
  { id: 'ben', displayName: 'Ben Hughes', mail: null, userPrincipalName: 'ben@riverside-care.example' },
  { id: 'dev', displayName: 'Dev Patel', mail: 'dev.patel@riverside-care.example', userPrincipalName: 'dev@riverside-care.example' },
];

const link = 'https://teams.microsoft.com/l/entity/sociocracy/circles?context=%7B%22subEntityId%22%3A%22northside%22%7D&label=Northside';
const attendees = [
  { address: 'amara.okafor@riverside-care.example', name: 'Amara Okafor' },
  { address: 'ben@riverside-care.example', name: 'Ben Hughes' },
];
const graphAttendees = [
  { emailAddress: { address: 'amara.okafor@riverside-care.example', name: 'Amara Okafor' }, type: 'required' },
  { emailAddress: { address: 'ben@riverside-care.example', name: 'Ben Hughes' }, type: 'required' },
];
const linkHtml = `<p><a href="${link.replace(/&/g, '&amp;')}">Open in Sociocracy for Teams</a></p>`;
const members = [
  { personId: 'amara', displayName: 'Amara Okafor' },
  { personId: 'ben', displayName: 'Ben Hughes' },
];

const review: WordedEntry = worded({
  entryId: 'review.decision.northside.weekend-rota',
  circleId: 'northside',
  subject: { kind: 'decision', proposalId: 'weekend-rota' },
  title: 'Review: Weekend rota (Northside)',
  description: 'Northside reviews its decision “Weekend rota” by 2027-05-01.\nContinue, amend or end it.',
  when: { kind: 'day', date: '2027-05-01' },
  attendees: members,
});

const meeting: WordedEntry = worded({
  entryId: 'meeting.northside.m-2026-12-01',
  circleId: 'northside',
  subject: { kind: 'meeting', meetingId: 'm-2026-12-01' },
  title: 'Northside: circle meeting',
  description: 'Proposed agenda, consented to at the start of the meeting:\n- Weekend rota (30 min)',
  when: { kind: 'moment', start: '2026-12-01T09:00:00Z', end: '2026-12-01T10:30:00Z' },
  attendees: members,
});

const rhythm: WordedEntry = worded({
  entryId: 'meeting-rhythm.northside',
  circleId: 'northside',
  subject: { kind: 'meeting-rhythm' },
  title: 'Northside: circle meeting',
  description: 'Northside meets weekly, as the circle decided.',
  when: { kind: 'recurring', start: '2026-12-01T18:30', timeZone: 'Europe/London', durationMinutes: 90, frequency: 'weekly' },
  attendees: members,
});

const eventsPath = `/v1.0/users/${encodeURIComponent(organiser)}/events`;
const anyEvents = { method: 'POST', path: /\/events$/ };

let fake: GraphFake;

beforeEach(async () => {
  fake = await startGraphFake({ tenantId, clientId, clientSecret, users: directory });
});

afterEach(async () => {
  await fake.stop();
});

function calendarOf(settings: Partial<GraphCalendarSettings> = {}, deps: GraphCalendarDeps = {}) {
  const waits: number[] = [];
  const calendar = graphCalendar(
    { authorityHost: fake.url, graphBaseUrl: fake.url, clientId, clientSecret, tenantId, organiser, onlineMeetings: false, ...settings },
    {
      sleep: async (ms) => {
        waits.push(ms);
      },
      ...deps,
    },
  );
  return { calendar, waits };
}

function valueIn<T>(outcome: GraphOutcome<T>): T {
  if (!outcome.ok) throw new Error(`expected success, got ${JSON.stringify(outcome.error)}`);
  return outcome.value;
}

function errorOf<T>(outcome: GraphOutcome<T>) {
  if (outcome.ok) throw new Error(`expected an error, got ${JSON.stringify(outcome.value)}`);
  return outcome.error;
}

const tokenRequests = () => fake.requests.filter((r) => r.path.endsWith('/oauth2/v2.0/token'));
const graphRequests = (method?: string) => fake.requests.filter((r) => r.path.startsWith('/v1.0/') && (!method || r.method === method));
const statuses = (requests: RecordedRequest[]) => requests.map((r) => r.status);

describe('signing in to Microsoft Graph as the app', () => {
  it('asks Entra once for a client-credentials token and uses it for every call', async () => {
    const { calendar } = calendarOf();
    valueIn(await calendar.create(review, link, attendees));
    valueIn(await calendar.addressesOf(['amara']));
    valueIn(await calendar.create(meeting, link, attendees));

    expect(tokenRequests()).toHaveLength(1);
    const [tokenRequest] = tokenRequests();
    expect(tokenRequest?.path).toBe(`/${tenantId}/oauth2/v2.0/token`);
    expect(tokenRequest?.headers['content-type']).toMatch(/^application\/x-www-form-urlencoded/);
    expect(tokenRequest?.body).toEqual({
      client_id: clientId,
      client_secret: clientSecret,
      scope: 'https://graph.microsoft.com/.default',
      grant_type: 'client_credentials',
    });
    expect(tokenRequest?.status).toBe(200);
    const bearers = new Set(graphRequests().map((r) => r.headers.authorization));
    expect(graphRequests()).toHaveLength(3);
    expect(bearers.size).toBe(1);
    expect([...bearers][0]).toMatch(/^Bearer \S+$/);
  });

  it('renews the token five minutes before Entra says it expires, not earlier', async () => {
    let clock = Date.parse('2026-11-21T09:00:00Z');
    const { calendar } = calendarOf({}, { now: () => clock });
    valueIn(await calendar.addressesOf(['amara']));
    clock += (3599 - 5 * 60) * 1000 - 1;
    valueIn(await calendar.addressesOf(['dev']));
    expect(tokenRequests()).toHaveLength(1);
    clock += 1;
    valueIn(await calendar.addressesOf(['ben']));
    expect(tokenRequests()).toHaveLength(2);
  });

  it('shares one token request between calls made at the same moment', async () => {
    const { calendar } = calendarOf();
    await Promise.all([calendar.addressesOf(['amara']), calendar.addressesOf(['ben']), calendar.create(rhythm, link, attendees)]);
    expect(tokenRequests()).toHaveLength(1);
    expect(graphRequests()).toHaveLength(3);
  });

  it('turns a wrong client secret into an error value naming invalid_client, and calls no Graph', async () => {
    const { calendar, waits } = calendarOf({ clientSecret: 'an-expired-secret' });
    const error = errorOf(await calendar.create(review, link, attendees));
    expect(error.code).toBe('invalid_client');
    expect(error.status).toBe(401);
    expect(error.message).toMatch(/^AADSTS7000215: Invalid client secret provided/);
    expect(tokenRequests()).toHaveLength(1);
    expect(graphRequests()).toHaveLength(0);
    expect(waits).toEqual([]);
  });

  it('renews a token Graph no longer accepts once, then the call goes through', async () => {
    const { calendar } = calendarOf();
    valueIn(await calendar.create(review, link, attendees));
    fake.expireTokens();
    valueIn(await calendar.create(meeting, link, attendees));

    expect(tokenRequests()).toHaveLength(2);
    expect(statuses(graphRequests('POST'))).toEqual([201, 401, 201]);
    const [, rejected, retried] = graphRequests('POST');
    expect(retried?.headers.authorization).not.toBe(rejected?.headers.authorization);
    expect(retried?.body).toEqual(rejected?.body);
  });

  it('gives up with an error value when Graph refuses the renewed token too, instead of asking forever', async () => {
    const { calendar } = calendarOf();
    const refused = { status: 401, body: { error: { code: 'InvalidAuthenticationToken', message: 'Access token validation failure.' } } };
    fake.failNext(anyEvents, refused, refused, refused);
    const error = errorOf(await calendar.create(review, link, attendees));
    expect(error).toEqual({ code: 'InvalidAuthenticationToken', message: 'Access token validation failure.', status: 401 });
    expect(tokenRequests()).toHaveLength(2);
    expect(graphRequests('POST')).toHaveLength(2);
  });
});

describe('the events the organiser’s calendar gets', () => {
  it('makes a review an all-day event that leaves the circle free on its day', async () => {
    const { calendar } = calendarOf();
    const { eventId } = valueIn(await calendar.create(review, link, attendees));

    const [post] = graphRequests('POST');
    expect(post?.path).toBe(eventsPath);
    expect(post?.headers['content-type']).toMatch(/^application\/json/);
    const body = post?.body as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual([
      'attendees',
      'body',
      'end',
      'isAllDay',
      'isReminderOn',
      'showAs',
      'start',
      'subject',
      'transactionId',
    ]);
    expect(body.subject).toBe('Review: Weekend rota (Northside)');
    expect(body.body).toEqual({
      contentType: 'html',
      content: `<p>Northside reviews its decision “Weekend rota” by 2027-05-01.<br>Continue, amend or end it.</p>${linkHtml}`,
    });
    expect(body.start).toEqual({ dateTime: '2027-05-01T00:00:00', timeZone: 'UTC' });
    expect(body.end).toEqual({ dateTime: '2027-05-02T00:00:00', timeZone: 'UTC' });
    expect(body.isAllDay).toBe(true);
    expect(body.showAs).toBe('free');
    expect(body.attendees).toEqual(graphAttendees);
    expect(body.isReminderOn).toBe(true);
    expect(body.transactionId).toMatch(/^[A-Za-z0-9-]{1,64}$/);

    expect(post?.status).toBe(201);
    const stored = fake.events().get(eventId);
    expect(stored).toMatchObject({
      subject: 'Review: Weekend rota (Northside)',
      isAllDay: true,
      type: 'singleInstance',
      start: { dateTime: '2027-05-01T00:00:00.0000000', timeZone: 'UTC' },
    });
  });

  it('makes a planned meeting an event at its UTC moment, with a Teams meeting when the deployment offers one', async () => {
    const { calendar } = calendarOf({ onlineMeetings: true });
    const { eventId } = valueIn(await calendar.create(meeting, link, attendees));

    const body = graphRequests('POST')[0]?.body as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual([
      'attendees',
      'body',
      'end',
      'isAllDay',
      'isOnlineMeeting',
      'isReminderOn',
      'onlineMeetingProvider',
      'showAs',
      'start',
      'subject',
      'transactionId',
    ]);
    expect(body.subject).toBe('Northside: circle meeting');
    expect(body.body).toEqual({
      contentType: 'html',
      content: `<p>Proposed agenda, consented to at the start of the meeting:<br>- Weekend rota (30 min)</p>${linkHtml}`,
    });
    expect(body.start).toEqual({ dateTime: '2026-12-01T09:00:00', timeZone: 'UTC' });
    expect(body.end).toEqual({ dateTime: '2026-12-01T10:30:00', timeZone: 'UTC' });
    expect(body.isAllDay).toBe(false);
    expect(body.showAs).toBe('busy');
    expect(body.attendees).toEqual(graphAttendees);
    expect(body.isOnlineMeeting).toBe(true);
    expect(body.onlineMeetingProvider).toBe('teamsForBusiness');
    expect(body.isReminderOn).toBe(true);

    const stored = fake.events().get(eventId) as { onlineMeeting: { joinUrl: string } | null };
    expect(stored.onlineMeeting?.joinUrl).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/meetup-join\//);
  });

  it('makes a circle’s rhythm a weekly series at the circle’s wall-clock time in Europe/London', async () => {
    const { calendar } = calendarOf();
    const { eventId } = valueIn(await calendar.create(rhythm, link, attendees));

    const body = graphRequests('POST')[0]?.body as Record<string, unknown>;
    expect(Object.keys(body).sort()).toEqual([
      'attendees',
      'body',
      'end',
      'isAllDay',
      'isReminderOn',
      'recurrence',
      'showAs',
      'start',
      'subject',
      'transactionId',
    ]);
    expect(body.subject).toBe('Northside: circle meeting');
    expect(body.body).toEqual({ contentType: 'html', content: `<p>Northside meets weekly, as the circle decided.</p>${linkHtml}` });
    expect(body.start).toEqual({ dateTime: '2026-12-01T18:30:00', timeZone: 'Europe/London' });
    expect(body.end).toEqual({ dateTime: '2026-12-01T20:00:00', timeZone: 'Europe/London' });
    expect(body.isAllDay).toBe(false);
    expect(body.showAs).toBe('busy');
    expect(body.recurrence).toEqual({
      pattern: { type: 'weekly', interval: 1, daysOfWeek: ['tuesday'], firstDayOfWeek: 'monday' },
      range: { type: 'noEnd', startDate: '2026-12-01' },
    });
    expect(body.attendees).toEqual(graphAttendees);
    expect(body.isReminderOn).toBe(true);

    expect(fake.events().get(eventId)).toMatchObject({ type: 'seriesMaster', originalStartTimeZone: 'Europe/London' });
  });

  it('leaves one event when the same entry is created twice, as a retried request would', async () => {
    const { calendar } = calendarOf();
    const first = valueIn(await calendar.create(rhythm, link, attendees));
    const again = valueIn(await calendar.create(rhythm, link, attendees));
    expect(again.eventId).toBe(first.eventId);
    expect(fake.events().size).toBe(1);
    const [a, b] = graphRequests('POST').map((r) => (r.body as { transactionId: string }).transactionId);
    expect(a).toBe(b);
  });

  it('returns Graph’s refusal of an attendee who has no real address as an error value, without retrying', async () => {
    const { calendar, waits } = calendarOf();
    const error = errorOf(await calendar.create(review, link, [{ address: 'Esi Mensah', name: 'Esi Mensah' }]));
    expect(error.code).toBe('ErrorInvalidRequest');
    expect(error.status).toBe(400);
    expect(error.message).toMatch(/attendees/);
    expect(graphRequests('POST')).toHaveLength(1);
    expect(waits).toEqual([]);
    expect(fake.events().size).toBe(0);
  });
});

describe('keeping an event in step with its entry', () => {
  it('moves the event when the meeting moves, keeping its id', async () => {
    const { calendar } = calendarOf();
    const { eventId } = valueIn(await calendar.create(meeting, link, attendees));
    const moved: WordedEntry = { ...meeting, when: { kind: 'moment', start: '2026-12-08T14:00:00Z', end: '2026-12-08T15:00:00Z' } };
    const updated = valueIn(await calendar.update(eventId, moved, link, attendees));

    expect(updated.eventId).toBe(eventId);
    const [patch] = graphRequests('PATCH');
    expect(patch?.path).toBe(`${eventsPath}/${encodeURIComponent(eventId)}`);
    expect(patch?.status).toBe(200);
    const body = patch?.body as Record<string, unknown>;
    expect(body.start).toEqual({ dateTime: '2026-12-08T14:00:00', timeZone: 'UTC' });
    expect(body.end).toEqual({ dateTime: '2026-12-08T15:00:00', timeZone: 'UTC' });
    expect(body.recurrence).toBeNull();
    expect('transactionId' in body).toBe(false);
    expect(fake.events().get(eventId)).toMatchObject({
      start: { dateTime: '2026-12-08T14:00:00.0000000', timeZone: 'UTC' },
      end: { dateTime: '2026-12-08T15:00:00.0000000', timeZone: 'UTC' },
    });
    expect(fake.events().size).toBe(1);
  });

  it('changes a circle’s rhythm from weekly to monthly in the same series', async () => {
    const { calendar } = calendarOf();
    const { eventId } = valueIn(await calendar.create(rhythm, link, attendees));
    const monthly: WordedEntry = {
      ...rhythm,
      when: { kind: 'recurring', start: '2027-01-15T18:00', timeZone: 'Europe/London', durationMinutes: 60, frequency: 'monthly' },
    };
    valueIn(await calendar.update(eventId, monthly, link, attendees));
    expect(fake.events().get(eventId)).toMatchObject({
      start: { dateTime: '2027-01-15T18:00:00.0000000', timeZone: 'Europe/London' },
      recurrence: { pattern: { type: 'absoluteMonthly', interval: 1, dayOfMonth: 15 }, range: { type: 'noEnd', startDate: '2027-01-15' } },
    });
  });

  it('creates the event again when someone deleted it in Outlook, and returns the new id', async () => {
    const { calendar } = calendarOf();
    const { eventId } = valueIn(await calendar.create(meeting, link, attendees));
    expect(fake.deleteEvent(eventId)).toBe(true);
    const moved: WordedEntry = { ...meeting, when: { kind: 'moment', start: '2026-12-08T14:00:00Z', end: '2026-12-08T15:00:00Z' } };
    const recreated = valueIn(await calendar.update(eventId, moved, link, attendees));

    expect(recreated.eventId).not.toBe(eventId);
    expect(fake.requests.filter((r) => r.path.startsWith('/v1.0/')).map((r) => `${r.method} ${r.status}`)).toEqual([
      'POST 201',
      'PATCH 404',
      'POST 201',
    ]);
    const [original, replacement] = graphRequests('POST').map((r) => r.body as { transactionId: string; start: unknown });
    expect(replacement?.transactionId).not.toBe(original?.transactionId);
    expect(replacement?.start).toEqual({ dateTime: '2026-12-08T14:00:00', timeZone: 'UTC' });
    expect([...fake.events().keys()]).toEqual([recreated.eventId]);
  });

  it('cancels the event with a comment the attendees receive', async () => {
    const { calendar } = calendarOf();
    const { eventId } = valueIn(await calendar.create(rhythm, link, attendees));
    const comment = 'Northside no longer meets on a fixed rhythm; meetings are planned one by one.';
    expect(valueIn(await calendar.cancel(eventId, comment))).toBeNull();

    const cancel = graphRequests('POST')[1];
    // Exchange ids hold '+', '/' and '=': the id must travel as one encoded segment.
    expect(cancel?.path).toBe(`${eventsPath}/${encodeURIComponent(eventId)}/cancel`);
    expect(cancel?.path).toMatch(/%2B|%2F/);
    expect(cancel?.body).toEqual({ Comment: comment });
    expect(cancel?.status).toBe(202);
    expect(fake.events().get(eventId)).toMatchObject({ isCancelled: true });
  });

  it('counts an event that is already gone as cancelled', async () => {
    const { calendar } = calendarOf();
    const { eventId } = valueIn(await calendar.create(review, link, attendees));
    fake.deleteEvent(eventId);
    expect(valueIn(await calendar.cancel(eventId, 'The decision was ended.'))).toBeNull();
    expect(graphRequests('POST')[1]?.status).toBe(404);
  });

  it('does not mistake a missing organiser mailbox for a missing event', async () => {
    const { calendar } = calendarOf({ organiser: 'old-circles@riverside-care.example' });
    const cancelled = errorOf(await calendar.cancel('AAMkAGI2+/gone=', 'The decision was ended.'));
    expect(cancelled).toMatchObject({ code: 'ErrorInvalidUser', status: 404 });
    const updated = errorOf(await calendar.update('AAMkAGI2+/gone=', meeting, link, attendees));
    expect(updated).toMatchObject({ code: 'ErrorInvalidUser', status: 404 });
    expect(graphRequests('POST')).toHaveLength(1);
    expect(graphRequests('PATCH')).toHaveLength(1);
  });
});

describe('the addresses of circle members', () => {
  it('uses mail, falls back to the sign-in name, and leaves out people Graph does not know', async () => {
    const { calendar } = calendarOf();
    const addresses = valueIn(await calendar.addressesOf(['amara', 'ben', 'grace', 'amara']));
    expect([...addresses]).toEqual([
      ['amara', { address: 'amara.okafor@riverside-care.example', name: 'Amara Okafor' }],
      ['ben', { address: 'ben@riverside-care.example', name: 'Ben Hughes' }],
    ]);
    const lookups = graphRequests('GET');
    expect(lookups.map((r) => r.path).sort()).toEqual(['/v1.0/users/amara', '/v1.0/users/ben', '/v1.0/users/grace']);
    expect(lookups.every((r) => r.query.$select === 'id,displayName,mail,userPrincipalName')).toBe(true);
    expect(statuses(lookups).sort()).toEqual([200, 200, 404]);
  });

  it('returns a refusal other than “not found” as an error value', async () => {
    const { calendar } = calendarOf();
    fake.failNext(
      { method: 'GET', path: /^\/v1\.0\/users\/ben$/ },
      {
        status: 403,
        body: { error: { code: 'Authorization_RequestDenied', message: 'Insufficient privileges to complete the operation.' } },
      },
    );
    const error = errorOf(await calendar.addressesOf(['amara', 'ben']));
    expect(error).toEqual({
      code: 'Authorization_RequestDenied',
      message: 'Insufficient privileges to complete the operation.',
      status: 403,
    });
  });
});

describe('throttling and faults', () => {
  it('waits as long as Retry-After says when Graph throttles, then succeeds', async () => {
    const { calendar, waits } = calendarOf();
    fake.failNext(anyEvents, throttled(1));
    const { eventId } = valueIn(await calendar.create(review, link, attendees));
    expect(waits).toEqual([1000]);
    expect(statuses(graphRequests('POST'))).toEqual([429, 201]);
    expect(fake.events().has(eventId)).toBe(true);
  });

  it('waits ten seconds when a throttling answer gives no Retry-After, and never more than two minutes', async () => {
    const { calendar, waits } = calendarOf();
    fake.failNext(anyEvents, throttled(), throttled(600));
    valueIn(await calendar.create(review, link, attendees));
    expect(waits).toEqual([10_000, 120_000]);
  });

  it('retries a service that is unavailable twice with growing waits, then succeeds', async () => {
    const { calendar, waits } = calendarOf();
    fake.failNext(anyEvents, serverFault(503), serverFault(503));
    valueIn(await calendar.create(meeting, link, attendees));
    expect(statuses(graphRequests('POST'))).toEqual([503, 503, 201]);
    expect(waits).toHaveLength(2);
    const [first = 0, second = 0] = waits;
    expect(first).toBeGreaterThanOrEqual(1000);
    expect(first).toBeLessThanOrEqual(1250);
    expect(second).toBeGreaterThanOrEqual(2000);
    expect(second).toBeLessThanOrEqual(2500);
  });

  it('spreads the back-off of instances that fail together', async () => {
    const low = calendarOf({}, { random: () => 0 });
    const high = calendarOf({}, { random: () => 0.5 });
    fake.failNext(anyEvents, serverFault(502));
    valueIn(await low.calendar.create(meeting, link, attendees));
    fake.failNext(anyEvents, serverFault(504));
    valueIn(await high.calendar.create(review, link, attendees));
    expect(low.waits).toEqual([1000]);
    expect(high.waits).toEqual([1125]);
  });

  it('honours the Retry-After of an unavailable service', async () => {
    const { calendar, waits } = calendarOf();
    fake.failNext(anyEvents, serverFault(503, { 'Retry-After': '3' }));
    valueIn(await calendar.create(meeting, link, attendees));
    expect(waits).toEqual([3000]);
  });

  it('gives Graph’s own error after the last attempt when the fault persists', async () => {
    const { calendar, waits } = calendarOf();
    fake.failNext(anyEvents, ...Array.from({ length: 6 }, () => serverFault(500)));
    const error = errorOf(await calendar.create(meeting, link, attendees));
    expect(error).toEqual({ code: 'InternalServerError', message: 'An internal server error occurred.', status: 500 });
    expect(graphRequests('POST')).toHaveLength(5);
    expect(waits).toHaveLength(4);
    expect(waits.every((wait, i) => i === 0 || wait > (waits[i - 1] ?? 0))).toBe(true);
    expect(fake.events().size).toBe(0);
  });

  it('makes as many attempts as it is allowed', async () => {
    const { calendar, waits } = calendarOf({}, { maxAttempts: 3 });
    fake.failNext(anyEvents, ...Array.from({ length: 6 }, () => throttled(1)));
    const error = errorOf(await calendar.create(meeting, link, attendees));
    expect(error).toEqual({ code: 'TooManyRequests', message: 'Please retry again later.', status: 429 });
    expect(graphRequests('POST')).toHaveLength(3);
    expect(waits).toEqual([1000, 1000]);
  });

  it('does not retry a request Graph refuses as wrong', async () => {
    const { calendar, waits } = calendarOf();
    fake.failNext(anyEvents, {
      status: 400,
      body: { error: { code: 'ErrorInvalidRequest', message: 'Your request can’t be completed.' } },
    });
    const error = errorOf(await calendar.create(meeting, link, attendees));
    expect(error).toEqual({ code: 'ErrorInvalidRequest', message: 'Your request can’t be completed.', status: 400 });
    expect(graphRequests('POST')).toHaveLength(1);
    expect(waits).toEqual([]);
  });

  it('retries the token request too when Entra throttles it', async () => {
    const { calendar, waits } = calendarOf();
    fake.failNext(
      { method: 'POST', path: /\/oauth2\/v2\.0\/token$/ },
      {
        status: 429,
        headers: { 'Retry-After': '2' },
        body: {
          error: 'temporarily_unavailable',
          error_description: 'AADSTS50196: The server terminated an operation because it encountered a client request loop.',
        },
      },
    );
    valueIn(await calendar.create(review, link, attendees));
    expect(waits).toEqual([2000]);
    expect(statuses(tokenRequests())).toEqual([429, 200]);
  });

  it('retries when the connection fails, and reports a network error when it keeps failing', async () => {
    let failures = 1;
    const flaky: typeof fetch = (input, init) => (failures-- > 0 ? Promise.reject(new TypeError('fetch failed')) : fetch(input, init));
    const once = calendarOf({}, { fetch: flaky });
    valueIn(await once.calendar.create(review, link, attendees));
    expect(once.waits).toHaveLength(1);

    const down = calendarOf({}, { fetch: () => Promise.reject(new TypeError('fetch failed')), maxAttempts: 4 });
    const error = errorOf(await down.calendar.create(review, link, attendees));
    expect(error.code).toBe('network-error');
    expect(error.status).toBe(0);
    expect(error.message).toMatch(/after 4 tries/);
    expect(down.waits).toHaveLength(3);
  });
});
