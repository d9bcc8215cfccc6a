import ICAL from 'ical.js';
import { calendarEntries, dayOf } from '../../shared';
import { readSettings } from '../../functions/composition/config';
import { createServices, type Services } from '../../functions/composition/services';
import { demoAdmin, demoTenant, seedDemoOrganisation } from '../../functions/dev/demo-organisation';
import { serveRoutes, type DevHost } from '../../functions/dev/host';
import { routes } from '../../functions/http/routes';
import { startAzurite, type RunningAzurite } from '../support/azurite';
import { daysFromNow, now } from '../support/clock';

const tabUrl = 'https://tab.riverside.example/tab/';

/**
 * The demo organisation of the local stack (hub, Northside, Southside, Finance,
 * Training) on the dev host over real HTTP and a real Azurite. The clock is the
 * test's: every feed request and structure change happens at `clock`.
 */
let azurite: RunningAzurite;
let host: DevHost;
let services: Services;
let clock = now;

beforeAll(async () => {
  azurite = await startAzurite();
  const settings = readSettings({
    STORAGE_CONNECTION_STRING: azurite.connectionString,
    AUTH_MODE: 'dev',
    ORGANISATION_ADMINS: `${demoTenant}:${demoAdmin}`,
    TAB_URL: tabUrl,
  });
  services = { ...(await createServices(settings)), now: () => clock };
  if (!(await seedDemoOrganisation(services, now))) throw new Error('the demo organisation was not seeded');
  host = await serveRoutes(
    routes(async () => services),
    0,
  );
}, 30_000);

afterAll(async () => {
  await host?.close();
  await azurite?.stop();
});

type Reply = { status: number; body: Record<string, any> };

async function call(method: string, path: string, as: string, body?: unknown): Promise<Reply> {
  const response = await fetch(`${host.url}/${path}`, {
    method,
    headers: { 'x-dev-person': as, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

/** A structure command that must be accepted. */
async function changed(as: string, command: object): Promise<void> {
  const reply = await call('POST', 'structure/commands', as, command);
  expect({ command, status: reply.status, error: reply.body.error }).toEqual({ command, status: 200, error: undefined });
}

interface Addresses {
  readonly person: string;
  readonly circles: Record<string, string>;
}

async function addressesOf(person: string): Promise<Addresses> {
  const { status, body } = await call('GET', 'feeds', person);
  expect(status).toBe(200);
  return {
    person: body.person.url,
    circles: Object.fromEntries((body.circles as { circleId: string; url: string }[]).map((c) => [c.circleId, c.url])),
  };
}

/** A calendar client subscribing: no sign-in, only the address. */
async function fetched(url: string): Promise<{ status: number; type: string | null; text: string }> {
  const response = await fetch(url);
  return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
}

async function feedText(url: string): Promise<string> {
  const { status, type, text } = await fetched(url);
  if (status !== 200) throw new Error(`GET ${url} answered ${status}: ${text}`);
  expect(type).toBe('text/calendar; charset=utf-8');
  return text;
}

const eventsIn = (text: string) =>
  new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
const unfolded = (text: string) => text.replace(/\r\n[ \t]/g, '').split('\r\n');

/** The feed's events by UID: a UID appearing twice would be a broken feed. */
async function calendarAt(url: string): Promise<Map<string, ICAL.Event>> {
  const events = eventsIn(await feedText(url));
  const byUid = new Map(events.map((event) => [event.uid, event]));
  expect(byUid.size).toBe(events.length);
  return byUid;
}

const uidOf = (entryId: string) => `${entryId}@${demoTenant}.sociocracy-for-teams`;
const value = (event: ICAL.Event, property: string) => event.component.getFirstPropertyValue(property);
const statusOf = (event: ICAL.Event) => value(event, 'status');
const timeOf = (event: ICAL.Event, property: string) => (value(event, property) as ICAL.Time).toString();

function eventOf(calendar: Map<string, ICAL.Event>, entryId: string): ICAL.Event {
  const event = calendar.get(uidOf(entryId));
  if (!event) throw new Error(`no event ${entryId} among ${[...calendar.keys()].join(', ')}`);
  return event;
}

const sequences = (calendar: Map<string, ICAL.Event>) => new Map([...calendar].map(([uid, event]) => [uid, event.sequence]));

/** What the core says a circle's calendar should show now, from the stored records: the feed must show exactly these. */
async function entryIdsOf(circleId: string): Promise<string[]> {
  const [{ structure }, proposals, meetings] = await Promise.all([
    services.structures.load(demoTenant),
    services.proposals.loadAll(demoTenant),
    services.meetings.loadAll(demoTenant),
  ]);
  return calendarEntries(structure, proposals, meetings, dayOf(clock))
    .filter((entry) => entry.circleId === circleId)
    .map((entry) => entry.entryId)
    .sort();
}

const trainingReviews = [
  'review.decision.training.shadow-shifts',
  'review.role-term.training.training-delegate',
  'review.role-term.training.training-facilitator',
  'review.role-term.training.training-leader',
  'review.role-term.training.training-secretary',
];
const southsideReviews = [
  'review.decision.southside.shift-notes',
  'review.role-term.southside.southside-delegate',
  'review.role-term.southside.southside-facilitator',
  'review.role-term.southside.southside-leader',
  'review.role-term.southside.southside-secretary',
];
const facilitatorReview = 'review.role-term.training.training-facilitator';
const feedAddress = /^http:\/\/127\.0\.0\.1:\d+\/api\/calendar\/[A-Za-z0-9_-]{43}\.ics$/;

describe('calendar addresses', () => {
  it('gives a member their own calendar address and one for each circle they are in, each with its own unguessable token', async () => {
    const kemi = await addressesOf('kemi');
    expect(Object.keys(kemi.circles)).toEqual(['southside', 'training']);
    const all = [kemi.person, ...Object.values(kemi.circles)];
    for (const url of all) expect(url).toMatch(feedAddress);
    expect(all.every((url) => url.startsWith(`${host.url}/calendar/`))).toBe(true);
    expect(new Set(all).size).toBe(3);
  });

  it('gives each member an address of their own for a circle (one who leaves loses it), and asking again gives the same addresses', async () => {
    const kemi = await addressesOf('kemi');
    const hana = await addressesOf('hana');
    expect(Object.keys(hana.circles)).toEqual(['hub', 'northside', 'training']);
    expect(hana.circles.training).not.toBe(kemi.circles.training);
    const [kemis, hanas] = [await calendarAt(kemi.circles.training as string), await calendarAt(hana.circles.training as string)];
    expect([...hanas.keys()].sort()).toEqual([...kemis.keys()].sort());
    expect(hana.person).not.toBe(kemi.person);
    expect(await addressesOf('kemi')).toEqual(kemi);
  });

  it('gives someone in no circle only their own address', async () => {
    const admin = await addressesOf(demoAdmin);
    expect(admin.person).toMatch(feedAddress);
    expect(admin.circles).toEqual({});
  });
});

describe('a circle’s calendar as iCalendar', () => {
  it('serves Training’s reviews to anyone holding its address, the facilitator’s term review all day on the day the term ends', async () => {
    const { circles } = await addressesOf('kemi');
    const { text, type, status } = await fetched(circles.training as string);
    expect(status).toBe(200);
    expect(type).toBe('text/calendar; charset=utf-8');
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(unfolded(text)).toContain('X-WR-CALNAME:Training — Sociocracy for Teams');

    const events = new Map(eventsIn(text).map((event) => [event.uid, event]));
    expect([...events.keys()].sort()).toEqual((await entryIdsOf('training')).map(uidOf));
    expect([...events.keys()]).toEqual(expect.arrayContaining(trainingReviews.map(uidOf)));
    const review = eventOf(events, facilitatorReview);
    expect(review.uid).toBe('review.role-term.training.training-facilitator@riverside-dev.sociocracy-for-teams');
    // The demo's facilitator term ends ten days after it was seeded.
    expect(review.startDate.isDate).toBe(true);
    expect(review.startDate.toString()).toBe('2026-12-01');
    expect(review.endDate.toString()).toBe('2026-12-02');
    expect(review.sequence).toBe(0);
    expect(statusOf(review)).toBe('CONFIRMED');
    expect(review.summary).toBe('Review: Facilitator term of Kemi Adeyemi (Training)');
    expect(review.description).toBe(
      `The facilitator term of Kemi Adeyemi in Training ends on Dec 1, 2026. The circle selects the role again by consent, for a new term.\n\n${tabUrl}?open=circle%2Ftraining`,
    );
    expect(value(review, 'url')).toBe(`${tabUrl}?open=circle%2Ftraining`);
    expect(value(review, 'transp')).toBe('TRANSPARENT');
    expect(timeOf(review, 'dtstamp')).toBe('2026-11-21T09:00:00Z');
    expect(unfolded(text)).toEqual(expect.arrayContaining(['DTSTART;VALUE=DATE:20261201', 'DTEND;VALUE=DATE:20261202']));
    // Training's adopted decision links to the decision itself.
    expect(value(eventOf(events, 'review.decision.training.shadow-shifts'), 'url')).toBe(
      `${tabUrl}?open=proposal%2Ftraining%2Fshadow-shifts`,
    );
  });

  it('names nobody’s e-mail address and no attendee: a feed anyone with the address can read', async () => {
    const { circles } = await addressesOf('kemi');
    const text = await feedText(circles.training as string);
    expect(unfolded(text).filter((line) => /^(ATTENDEE|ORGANIZER)[;:]/.test(line))).toEqual([]);
    expect(text).not.toMatch(/mailto:/i);
  });

  it('shows Northside’s planned meeting at its moment in UTC, as long as its agenda’s time boxes', async () => {
    const { circles } = await addressesOf('dev');
    const text = await feedText(circles.northside as string);
    const meeting = eventOf(new Map(eventsIn(text).map((e) => [e.uid, e])), 'meeting.northside.northside-next-week');
    expect(meeting.startDate.isDate).toBe(false);
    expect(meeting.startDate.zone).toBe(ICAL.Timezone.utcTimezone);
    // Planned for a week after the demo was seeded, at nine UTC; its agenda is 10 + 20 minutes.
    expect(meeting.startDate.toString()).toBe('2026-11-28T09:00:00Z');
    expect(meeting.endDate.toString()).toBe('2026-11-28T09:30:00Z');
    expect(meeting.isRecurring()).toBe(false);
    expect(meeting.summary).toBe('Northside care team: circle meeting');
    expect(meeting.description).toContain('- How the new families are settling in (10 min)\n- Rotate weekend shifts monthly (20 min)');
    expect(value(meeting, 'transp')).toBeNull();
    expect(unfolded(text)).toEqual(expect.arrayContaining(['DTSTART:20261128T090000Z', 'DTEND:20261128T093000Z']));
  });

  it('gives a person the events of every circle they are in and of no other', async () => {
    const kemi = await addressesOf('kemi');
    const ben = await addressesOf('ben');
    const mine = await calendarAt(kemi.person);
    const southside = await calendarAt(kemi.circles.southside as string);
    const training = await calendarAt(kemi.circles.training as string);
    const finance = await calendarAt(ben.circles.finance as string);
    const hub = await calendarAt(ben.circles.hub as string);
    expect([...southside.keys()].sort()).toEqual((await entryIdsOf('southside')).map(uidOf));
    expect([...southside.keys()]).toEqual(expect.arrayContaining(southsideReviews.map(uidOf)));
    expect(finance.size).toBeGreaterThan(0);
    expect(hub.size).toBeGreaterThan(0);

    expect([...mine.keys()].sort()).toEqual([...southside.keys(), ...training.keys()].sort());
    expect([...mine.keys()].filter((uid) => finance.has(uid) || hub.has(uid))).toEqual([]);
    const text = await feedText(kemi.person);
    expect(unfolded(text)).toContain('X-WR-CALNAME:Kemi Adeyemi — Sociocracy for Teams');
  });

  it('names the calendar of a person in no circle in the language its address asks for', async () => {
    const { person } = await addressesOf('newcomer');
    expect(unfolded(await feedText(person))).toContain('X-WR-CALNAME:My circles — Sociocracy for Teams');
    expect(unfolded(await feedText(`${person}?lang=nl`))).toContain('X-WR-CALNAME:Mijn kringen — Sociocratie in Teams');
  });
});

describe('changes reach subscribed calendars', () => {
  it('a term ended early moves its review: same UID, the new day, a higher SEQUENCE; the circle’s other events stay as they were', async () => {
    const { circles } = await addressesOf('kemi');
    const before = await calendarAt(circles.training as string);
    expect(eventOf(before, facilitatorReview).sequence).toBe(0);

    clock = daysFromNow(1);
    await changed(demoAdmin, { type: 'end-term', circleId: 'training', assignmentId: 'training-facilitator', lastDay: '2026-11-25' });
    const after = await calendarAt(circles.training as string);
    const moved = eventOf(after, facilitatorReview);
    expect(moved.startDate.toString()).toBe('2026-11-25');
    expect(moved.endDate.toString()).toBe('2026-11-26');
    expect(moved.sequence).toBe(1);
    expect(statusOf(moved)).toBe('CONFIRMED');
    expect(moved.description).toMatch(/^The facilitator term of Kemi Adeyemi in Training ends on Nov 25, 2026\./);
    // The change brought the circle's records in step when it was stored, so that is when the event changed.
    expect(timeOf(moved, 'last-modified')).toBe('2026-11-22T09:00:00Z');
    expect(timeOf(moved, 'dtstamp')).toBe('2026-11-22T09:00:00Z');

    const others = (calendar: Map<string, ICAL.Event>) =>
      new Map([...sequences(calendar)].filter(([uid]) => uid !== uidOf(facilitatorReview)));
    expect(others(after)).toEqual(others(before));
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    // Asking again changes nothing: the sequence rises with a change, not with a request.
    expect(eventOf(await calendarAt(circles.training as string), facilitatorReview).sequence).toBe(1);
  });

  it('a term followed by the next holder’s is cancelled at a higher SEQUENCE, and the next term’s review appears', async () => {
    const { circles } = await addressesOf('kemi');
    const before = eventOf(await calendarAt(circles.training as string), facilitatorReview);

    clock = daysFromNow(2);
    await changed(demoAdmin, {
      type: 'assign-role',
      circleId: 'training',
      assignmentId: 'training-facilitator-next',
      roleId: 'facilitator',
      personId: 'jun',
      termStart: '2026-11-26',
    });
    const after = await calendarAt(circles.training as string);
    const ended = eventOf(after, facilitatorReview);
    expect(statusOf(ended)).toBe('CANCELLED');
    expect(ended.sequence).toBe(before.sequence + 1);
    expect(ended.startDate.toString()).toBe(before.startDate.toString());
    expect(ended.summary).toBe(before.summary);

    const next = eventOf(after, 'review.role-term.training.training-facilitator-next');
    expect(next.summary).toBe('Review: Facilitator term of Jun Park (Training)');
    expect(next.startDate.toString()).toBe('2027-11-26');
    expect(next.sequence).toBe(0);
    expect(statusOf(next)).toBe('CONFIRMED');

    // Kemi's own calendar learns it too: the cancelled event stays in it.
    const kemi = await calendarAt((await addressesOf('kemi')).person);
    expect(statusOf(eventOf(kemi, facilitatorReview))).toBe('CANCELLED');
    expect(eventOf(kemi, facilitatorReview).sequence).toBe(ended.sequence);
  });

  it('an archived circle’s events stay in the calendars that had them, all cancelled', async () => {
    const ben = await addressesOf('ben');
    const financeUrl = ben.circles.finance as string;
    const before = await calendarAt(financeUrl);
    expect(before.size).toBe(5);
    expect([...before.values()].map(statusOf)).toEqual(Array(5).fill('CONFIRMED'));

    clock = daysFromNow(3);
    await changed(demoAdmin, { type: 'archive-circle', circleId: 'finance' });
    const after = await calendarAt(financeUrl);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const [uid, event] of after) {
      expect([uid, statusOf(event), event.sequence]).toEqual([uid, 'CANCELLED', (before.get(uid) as ICAL.Event).sequence + 1]);
    }
    const mine = await calendarAt(ben.person);
    for (const uid of after.keys()) expect(statusOf(eventOf(mine, uid.replace(/@.*$/, '')))).toBe('CANCELLED');
    expect(statusOf(eventOf(mine, 'review.role-term.hub.hub-secretary'))).toBe('CONFIRMED');
    // An archived circle has no address to hand out any more.
    expect(Object.keys((await addressesOf('ben')).circles)).toEqual(['hub']);
  });

  it('a meeting rhythm the circle consents to is one repeating event at nine London time, in winter and in summer', async () => {
    const { circles, person } = await addressesOf('kemi');
    const rhythmUid = uidOf('meeting-rhythm.southside');
    const before = sequences(await calendarAt(circles.southside as string));
    // Whether or not the circle had a rhythm already: a new one starts at 0, a changed one goes one higher.
    const earlier = before.get(rhythmUid);
    before.delete(rhythmUid);

    clock = daysFromNow(4);
    const meetingRhythm = { frequency: 'fortnightly', firstMeeting: '2026-12-01T09:00', timeZone: 'Europe/London', durationMinutes: 90 };
    // Ivo keeps Southside's records as its secretary.
    await changed('ivo', { type: 'set-circle-policy', circleId: 'southside', policy: { meetingRhythm } });
    const text = await feedText(circles.southside as string);
    const lines = unfolded(text);
    expect(lines).toEqual(
      expect.arrayContaining([
        'DTSTART;TZID=Europe/London:20261201T090000',
        'DTEND;TZID=Europe/London:20261201T103000',
        'RRULE:FREQ=WEEKLY;INTERVAL=2',
      ]),
    );

    const zones = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vtimezone');
    expect(zones.map((zone) => zone.getFirstPropertyValue('tzid'))).toEqual(['Europe/London']);
    try {
      for (const zone of zones) ICAL.TimezoneService.register(zone);
      const events = new Map(eventsIn(text).map((e) => [e.uid, e]));
      const rhythm = eventOf(events, 'meeting-rhythm.southside');
      expect(rhythm.isRecurring()).toBe(true);
      expect(rhythm.summary).toBe('Southside care team: circle meeting');
      expect(rhythm.sequence).toBe(earlier === undefined ? 0 : earlier + 1);
      expect(statusOf(rhythm)).toBe('CONFIRMED');
      expect(rhythm.startDate.zone.tzid).toBe('Europe/London');
      // One rule, the new one: a changed rhythm replaces the old rule rather than adding to it.
      expect(rhythm.component.getAllProperties('rrule').map((rule) => String(rule.getFirstValue()))).toEqual(['FREQ=WEEKLY;INTERVAL=2']);
      const rule = value(rhythm, 'rrule') as ICAL.Recur;
      expect([rule.freq, rule.interval]).toEqual(['WEEKLY', 2]);
      const occurrences = rhythm.iterator();
      const first = [1, 2, 3].map(() => occurrences.next()?.toJSDate().toISOString());
      expect(first).toEqual(['2026-12-01T09:00:00.000Z', '2026-12-15T09:00:00.000Z', '2026-12-29T09:00:00.000Z']);
      let june: string | undefined;
      for (let next = occurrences.next(); next && !june; next = occurrences.next()) {
        const instant = next.toJSDate().toISOString();
        if (instant.startsWith('2027-06')) june = instant;
      }
      // 26 weeks on, in British Summer Time: still nine o'clock for the circle.
      expect(june).toBe('2027-06-01T08:00:00.000Z');

      const others = new Map([...sequences(events)].filter(([uid]) => uid !== rhythmUid));
      expect(others).toEqual(before);
      expect((await calendarAt(person)).get(rhythmUid)?.sequence).toBe(rhythm.sequence);
    } finally {
      ICAL.TimezoneService.reset();
    }
  });
});

describe('replacing a calendar address', () => {
  it('gives a member a new address for their circle; the old one stops working at once, and other members keep theirs', async () => {
    const hanas = (await addressesOf('hana')).circles.training as string;
    const old = (await addressesOf('kemi')).circles.training as string;
    expect((await fetched(old)).status).toBe(200);

    const revoked = await call('POST', 'feeds/revoke', 'kemi', { circleId: 'training' });
    expect(revoked.status).toBe(200);
    expect(revoked.body.url).toMatch(feedAddress);
    expect(revoked.body.url).not.toBe(old);

    const gone = await fetched(old);
    expect(gone.status).toBe(404);
    expect(JSON.parse(gone.text)).toMatchObject({ error: { code: 'not-found', field: 'token' } });
    expect((await calendarAt(revoked.body.url)).has(uidOf('review.decision.training.shadow-shifts'))).toBe(true);
    expect((await addressesOf('hana')).circles.training).toBe(hanas);
    expect((await fetched(hanas)).status).toBe(200);
    expect((await addressesOf('kemi')).circles.training).toBe(revoked.body.url);
  });

  it('gives a person a new address for their own calendar, and leaves their circles’ addresses alone', async () => {
    const before = await addressesOf('kemi');
    const revoked = await call('POST', 'feeds/revoke', 'kemi', { scope: 'person' });
    expect(revoked.status).toBe(200);
    expect(revoked.body.url).toMatch(feedAddress);
    expect(revoked.body.url).not.toBe(before.person);

    expect((await fetched(before.person)).status).toBe(404);
    expect((await calendarAt(revoked.body.url)).size).toBeGreaterThan(0);
    const after = await addressesOf('kemi');
    expect(after).toEqual({ person: revoked.body.url, circles: before.circles });
    for (const url of Object.values(after.circles)) expect((await fetched(url)).status).toBe(200);
  });

  it('refuses someone outside the circle, and changes nothing', async () => {
    const before = (await addressesOf('kemi')).circles.training;
    const refused = await call('POST', 'feeds/revoke', 'ben', { circleId: 'training' });
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ error: { code: 'not-a-member', field: 'circleId' } });
    expect((await addressesOf('kemi')).circles.training).toBe(before);
    expect((await fetched(before as string)).status).toBe(200);
  });

  it('answers 404 for a circle that does not exist', async () => {
    const refused = await call('POST', 'feeds/revoke', 'kemi', { circleId: 'eastside' });
    expect(refused.status).toBe(404);
    expect(refused.body).toMatchObject({ error: { code: 'not-found', field: 'circleId' } });
  });

  it.each([
    ['an empty body', ''],
    ['an empty object', {}],
    ['another scope', { scope: 'everyone' }],
    ['a circle id that is not text', { circleId: 7 }],
    ['text that is not JSON', 'training'],
  ])('refuses %s, naming the body', async (_name, body) => {
    const refused = await call('POST', 'feeds/revoke', 'kemi', body);
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ error: { code: 'invalid-input', field: 'body' } });
  });
});

describe('addresses the app never made', () => {
  it.each([
    ['a short token', 'abc'],
    ['a short token with .ics', 'abc.ics'],
    ['a token one character too long', `${'A'.repeat(44)}.ics`],
    ['a token with characters base64url has not', `${'A'.repeat(42)}+.ics`],
    ['a token with another extension', `${'A'.repeat(43)}.ical`],
    ['a well-formed token never issued', `${'A'.repeat(43)}.ics`],
    ['a well-formed token without .ics, never issued', 'B'.repeat(43)],
  ])('answers 404 naming the token for %s', async (_name, token) => {
    const { status, text } = await fetched(`${host.url}/calendar/${encodeURIComponent(token)}`);
    expect(status).toBe(404);
    expect(JSON.parse(text)).toMatchObject({ error: { code: 'not-found', field: 'token' } });
  });

  it('opens the calendar with or without .ics on its current token', async () => {
    const url = (await addressesOf('jun')).circles.training as string;
    expect((await fetched(url.replace(/\.ics$/, ''))).status).toBe(200);
  });
});

describe('who keeps a calendar address', () => {
  it('a member who leaves a circle loses its address; their own calendar stays', async () => {
    const grace = await addressesOf('grace');
    const northside = grace.circles.northside as string;
    expect((await fetched(northside)).status).toBe(200);
    const removed = await call('POST', 'structure/commands', demoAdmin, {
      type: 'remove-member',
      circleId: 'northside',
      personId: 'grace',
    });
    expect(removed.status).toBe(200);
    expect((await fetched(northside)).status).toBe(404);
    expect((await fetched(grace.person)).status).toBe(200);
  });

  it('a member removed loses the address even when the calendars were not brought in step after the change', async () => {
    const northside = (await addressesOf('farid')).circles.northside as string;
    expect((await fetched(northside)).status).toBe(200);
    // The structure written without what follows a change (as when that failed): the calendar's copy still lists Farid.
    const loaded = await services.structures.load(demoTenant);
    const circle = loaded.structure.circles.northside as NonNullable<(typeof loaded.structure.circles)[string]>;
    const without = { ...circle, members: circle.members.filter((member) => member.personId !== 'farid') };
    expect(
      await services.structures.save(loaded, { ...loaded.structure, circles: { ...loaded.structure.circles, northside: without } }),
    ).toBe(true);
    expect((await fetched(northside)).status).toBe(404);
  });

  it('many first asks at once make one address, not one each that nobody could revoke', async () => {
    const answers = await Promise.all(Array.from({ length: 6 }, () => addressesOf('leo')));
    expect(new Set(answers.map((a) => a.person)).size).toBe(1);
    expect(new Set(answers.map((a) => a.circles.southside)).size).toBe(1);
    const revoked = await call('POST', 'feeds/revoke', 'leo', { scope: 'person' });
    expect(revoked.status).toBe(200);
    for (const answer of answers) expect((await fetched(answer.person)).status).toBe(404);
  });
});
