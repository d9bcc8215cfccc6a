import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';
import fc from 'fast-check';
import ICAL from 'ical.js';
import { renderFeed } from '../../../functions/calendar/ical-feed';
import { textsFor } from '../../../texts/all';
import { calendarWords } from '../../../functions/calendar/calendar-words';
import type { CalendarEntry, CalendarRecord, CalendarWhen } from '../../../shared';
import { calendarEntries, reconcileCalendar } from '../../../shared';
import { careCoop, circleOf } from '../../support/care-coop';
import { daysFromNow, now, today } from '../../support/clock';
import { meetingAt, meetingOf } from '../../support/meeting-flow';
import { adoptedRota, withCirclePolicy } from '../../support/review-decisions';

const english = textsFor('en');

const tenantId = '5f3a2c1e-8d4b-4c7a-9e21-0b6d3f9a7c55';
const name = 'Northside care team — Sociocracy for Teams';
const linkOf = (entry: CalendarEntry) => `https://teams.example.org/tab/calendar/${entry.entryId}`;
const changedAt = daysFromNow(-1);

const northside = [
  { personId: 'farid', displayName: 'Farid Haddad' },
  { personId: 'grace', displayName: 'Grace Mensah' },
];

function entryOf(entryId: string, when: CalendarWhen, more: Partial<CalendarEntry> = {}): CalendarEntry {
  return {
    entryId,
    circleId: 'northside',
    subject: { kind: 'meeting-rhythm' },
    title: 'Northside care team: circle meeting',
    description: 'Northside care team meets weekly, as the circle decided. The agenda is proposed from what is due.',
    when,
    attendees: northside,
    ...more,
  };
}

const recordOf = (entry: CalendarEntry, more: Partial<Omit<CalendarRecord, 'entry'>> = {}): CalendarRecord => ({
  entry,
  sequence: 0,
  cancelled: false,
  changedAt,
  ...more,
});

const review = entryOf(
  'review.decision.northside.weekend-rota',
  { kind: 'day', date: '2027-05-01' },
  {
    subject: { kind: 'decision', proposalId: 'weekend-rota' },
    title: 'Review: Rotate weekend shifts monthly (Northside care team)',
    description: 'Northside care team reviews its decision “Rotate weekend shifts monthly” by 2027-05-01.',
  },
);
const planned = entryOf(
  'meeting.northside.northside-2026-11-28',
  { kind: 'moment', start: '2026-11-28T09:30:00.000Z', end: '2026-11-28T10:25:00.000Z' },
  { subject: { kind: 'meeting', meetingId: 'northside-2026-11-28' } },
);
const london = {
  kind: 'recurring',
  start: '2026-12-01T09:00',
  timeZone: 'Europe/London',
  durationMinutes: 90,
  frequency: 'fortnightly',
} as const;
const newYork = {
  kind: 'recurring',
  start: '2027-01-04T18:30',
  timeZone: 'America/New_York',
  durationMinutes: 60,
  frequency: 'weekly',
} as const;

const feed = (records: readonly CalendarRecord[], at: string = now) =>
  renderFeed({ name, tenantId, records, linkOf, texts: english, now: at });
const calendarOf = (text: string) => new ICAL.Component(ICAL.parse(text));
const eventsOf = (text: string) =>
  calendarOf(text)
    .getAllSubcomponents('vevent')
    .map((component) => new ICAL.Event(component));
const unfolded = (text: string) => text.replace(/\r\n[ \t]/g, '').split('\r\n');

function onlyEvent(text: string): ICAL.Event {
  const events = eventsOf(text);
  expect(events).toHaveLength(1);
  return events[0] as ICAL.Event;
}

const value = (event: ICAL.Event, property: string) => event.component.getFirstPropertyValue(property);
const timeOf = (event: ICAL.Event, property: string) => value(event, property) as ICAL.Time;
const rruleOf = (event: ICAL.Event) => value(event, 'rrule') as ICAL.Recur;

/** Registers the feed's own VTIMEZONEs with ical.js, so it places zoned times by them and nothing else. */
function registerZonesOf(text: string): string[] {
  const zones = calendarOf(text).getAllSubcomponents('vtimezone');
  for (const zone of zones) ICAL.TimezoneService.register(zone);
  return zones.map((zone) => String(zone.getFirstPropertyValue('tzid')));
}

/** The first occurrence of a recurring event in the given month ("2027-06"), as a UTC instant. */
function occurrenceIn(event: ICAL.Event, month: string): string {
  const occurrences = event.iterator();
  for (let next = occurrences.next(); next; next = occurrences.next()) {
    const instant = next.toJSDate().toISOString();
    if (instant.startsWith(month)) return instant;
    if (instant.slice(0, 7) > month) break;
  }
  throw new Error(`no occurrence in ${month}`);
}

describe('the iCalendar feed a person or circle subscribes to', () => {
  afterEach(() => ICAL.TimezoneService.reset());

  it('is a published calendar named for its circle, made by our product', () => {
    const lines = unfolded(feed([recordOf(planned)]));
    expect(lines.slice(0, 2)).toEqual(['BEGIN:VCALENDAR', 'VERSION:2.0']);
    expect(lines).toContain('PRODID:-//Sociocracy for Teams//Reviews and meetings//EN');
    expect(lines).toContain('METHOD:PUBLISH');
    expect(lines).toContain(`NAME:${name}`);
    expect(lines).toContain(`X-WR-CALNAME:${name}`);
    const calendar = calendarOf(feed([]));
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Sociocracy for Teams//Reviews and meetings//EN');
  });

  it('escapes the calendar’s name as text, so a comma in it stays a comma', () => {
    const lines = unfolded(
      renderFeed({ name: 'Hana Sato; Finance, hub — Sociocracy for Teams', tenantId, records: [], linkOf, texts: english, now }),
    );
    expect(lines).toContain('NAME:Hana Sato\\; Finance\\, hub — Sociocracy for Teams');
    expect(lines).toContain('X-WR-CALNAME:Hana Sato\\; Finance\\, hub — Sociocracy for Teams');
  });

  it('with no records is still a valid calendar, with no events and no time zones', () => {
    const text = feed([]);
    const calendar = calendarOf(text);
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getAllSubcomponents()).toEqual([]);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
  });

  it('has one event per record, cancelled ones too, each with its UID, SEQUENCE, STATUS, DTSTAMP and LAST-MODIFIED', () => {
    const events = eventsOf(
      feed([
        recordOf(review, { sequence: 3, cancelled: true, changedAt: daysFromNow(-2) }),
        recordOf(planned, { sequence: 1 }),
        recordOf(entryOf('meeting-rhythm.northside', london)),
      ]),
    );
    expect(
      events.map((e) => [e.uid, e.sequence, value(e, 'status'), timeOf(e, 'dtstamp').toString(), timeOf(e, 'last-modified').toString()]),
    ).toEqual([
      [
        `review.decision.northside.weekend-rota@${tenantId}.sociocracy-for-teams`,
        3,
        'CANCELLED',
        '2026-11-21T09:00:00Z',
        '2026-11-19T09:00:00Z',
      ],
      [
        `meeting.northside.northside-2026-11-28@${tenantId}.sociocracy-for-teams`,
        1,
        'CONFIRMED',
        '2026-11-21T09:00:00Z',
        '2026-11-20T09:00:00Z',
      ],
      [`meeting-rhythm.northside@${tenantId}.sociocracy-for-teams`, 0, 'CONFIRMED', '2026-11-21T09:00:00Z', '2026-11-20T09:00:00Z'],
    ]);
  });

  it('keeps an event’s UID from one rendering to the next, and gives another organisation’s event another UID', () => {
    const uid = (text: string) => onlyEvent(text).uid;
    const first = uid(feed([recordOf(review)]));
    expect(uid(feed([recordOf(review, { sequence: 4, changedAt: now })], daysFromNow(30)))).toBe(first);
    expect(uid(renderFeed({ name, tenantId: 'another-tenant', records: [recordOf(review)], linkOf, texts: english, now }))).not.toBe(first);
  });

  it('writes a UID as one plain value whatever the entry id holds, and never gives two entries one UID', () => {
    const odd = entryOf('review.decision.north,side;x\\y@z w', { kind: 'day', date: '2027-05-01' });
    const lookalike = entryOf('review.decision.north%2Cside%3Bx%5Cy%40z%20w', { kind: 'day', date: '2027-05-01' });
    const text = feed([recordOf(odd), recordOf(lookalike)]);
    const uids = eventsOf(text).map((e) => e.uid);
    expect(uids[0]).toBe(`review.decision.north%2Cside%3Bx%5Cy%40z%20w@${tenantId}.sociocracy-for-teams`);
    expect(unfolded(text)).toContain(`UID:${uids[0]}`);
    expect(new Set(uids).size).toBe(2);
  });

  it('shows a review all day on its day, as free time: a review does not block anyone’s diary', () => {
    const event = onlyEvent(
      feed([recordOf(entryOf('review.role-term.northside.northside-facilitator', { kind: 'day', date: '2026-12-31' }))]),
    );
    expect(event.startDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe('2026-12-31');
    expect(event.endDate.isDate).toBe(true);
    expect(event.endDate.toString()).toBe('2027-01-01');
    expect(value(event, 'transp')).toBe('TRANSPARENT');
    const lines = unfolded(feed([recordOf(review)]));
    expect(lines).toContain('DTSTART;VALUE=DATE:20270501');
    expect(lines).toContain('DTEND;VALUE=DATE:20270502');
  });

  it('shows a planned meeting at its moment, in UTC, as busy time', () => {
    const text = feed([recordOf(planned)]);
    const event = onlyEvent(text);
    expect(event.startDate.isDate).toBe(false);
    expect(event.startDate.zone).toBe(ICAL.Timezone.utcTimezone);
    expect(event.startDate.toString()).toBe('2026-11-28T09:30:00Z');
    expect(event.endDate.toString()).toBe('2026-11-28T10:25:00Z');
    expect(event.isRecurring()).toBe(false);
    expect(value(event, 'transp')).toBeNull();
    expect(unfolded(text)).toEqual(expect.arrayContaining(['DTSTART:20261128T093000Z', 'DTEND:20261128T102500Z']));
  });

  it('shows a circle’s regular meeting at its wall-clock time in its zone, ending after its duration, repeating by its rhythm', () => {
    const text = feed([
      recordOf(entryOf('meeting-rhythm.finance', london)),
      recordOf(entryOf('meeting-rhythm.hub', newYork)),
      // Northside meets monthly in summer time, late enough that the meeting ends the next day.
      recordOf(
        entryOf('meeting-rhythm.northside', {
          kind: 'recurring',
          start: '2027-06-30T23:30',
          timeZone: 'Europe/London',
          durationMinutes: 60,
          frequency: 'monthly',
        }),
      ),
    ]);
    const lines = unfolded(text);
    expect(lines).toEqual(
      expect.arrayContaining([
        'DTSTART;TZID=Europe/London:20261201T090000',
        'DTEND;TZID=Europe/London:20261201T103000',
        'DTSTART;TZID=America/New_York:20270104T183000',
        'DTEND;TZID=America/New_York:20270104T193000',
        'DTSTART;TZID=Europe/London:20270630T233000',
        'DTEND;TZID=Europe/London:20270701T003000',
      ]),
    );
    const [finance, hub, monthly] = eventsOf(text) as [ICAL.Event, ICAL.Event, ICAL.Event];
    expect(
      [finance, hub, monthly].map((e) => [
        e.component.getFirstProperty('dtstart')?.getParameter('tzid'),
        e.startDate.toString(),
        e.endDate.toString(),
      ]),
    ).toEqual([
      ['Europe/London', '2026-12-01T09:00:00', '2026-12-01T10:30:00'],
      ['America/New_York', '2027-01-04T18:30:00', '2027-01-04T19:30:00'],
      ['Europe/London', '2027-06-30T23:30:00', '2027-07-01T00:30:00'],
    ]);
    expect([finance, hub, monthly].map((e) => [rruleOf(e).freq, rruleOf(e).interval, rruleOf(e).toString()])).toEqual([
      ['WEEKLY', 2, 'FREQ=WEEKLY;INTERVAL=2'],
      ['WEEKLY', 1, 'FREQ=WEEKLY'],
      ['MONTHLY', 1, 'FREQ=MONTHLY'],
    ]);
    // One VTIMEZONE for each zone used, however many meetings use it.
    expect(registerZonesOf(text)).toEqual(['Europe/London', 'America/New_York']);
  });

  it('keeps a regular meeting at nine local time in winter and in summer, placed by the feed’s own VTIMEZONE', () => {
    const text = feed([
      recordOf(entryOf('meeting-rhythm.finance', { ...london, frequency: 'weekly' })),
      recordOf(entryOf('meeting-rhythm.hub', newYork)),
    ]);
    expect(ICAL.TimezoneService.has('Europe/London')).toBe(false);
    registerZonesOf(text);
    const [finance, hub] = eventsOf(text) as [ICAL.Event, ICAL.Event];
    expect(finance.startDate.zone.tzid).toBe('Europe/London');
    expect(occurrenceIn(finance, '2026-12')).toBe('2026-12-01T09:00:00.000Z');
    expect(occurrenceIn(finance, '2027-06')).toBe('2027-06-01T08:00:00.000Z');
    expect(occurrenceIn(hub, '2027-01')).toBe('2027-01-04T23:30:00.000Z');
    expect(occurrenceIn(hub, '2027-07')).toBe('2027-07-05T22:30:00.000Z');
  });

  it('is the same whatever the time zone of the machine that renders it', async () => {
    const records = [
      recordOf(review),
      recordOf(planned),
      recordOf(entryOf('meeting-rhythm.finance', london)),
      recordOf(entryOf('meeting-rhythm.hub', newYork)),
    ];
    // The feed rendered in another process, in Auckland: jest's sandbox cannot change the zone of its own.
    const script = `import { renderFeed } from '../../../functions/calendar/ical-feed';
import { textsFor } from '../../../texts/all';
import { calendarWords } from '../../../functions/calendar/calendar-words';
      process.stdout.write(renderFeed({ name: ${JSON.stringify(name)}, tenantId: '${tenantId}', records: ${JSON.stringify(records)}, now: '${now}',
        linkOf: (entry) => 'https://teams.example.org/tab/calendar/' + entry.entryId }));`;
    const bundle = await build({
      stdin: { contents: script, resolveDir: __dirname, loader: 'ts' },
      bundle: true,
      platform: 'node',
      packages: 'external',
      write: false,
      logLevel: 'silent',
    });
    const auckland = execFileSync(process.execPath, ['-e', bundle.outputFiles[0]?.text ?? ''], {
      cwd: process.cwd(),
      env: { ...process.env, TZ: 'Pacific/Auckland' },
      encoding: 'utf8',
    });
    expect(auckland).toContain('DTSTART;TZID=America/New_York:20270104T183000');
    expect(auckland).toBe(feed(records));
  });

  it('shows a regular meeting of a circle that keeps UTC in UTC, with no VTIMEZONE', () => {
    const text = feed([recordOf(entryOf('meeting-rhythm.finance', { ...london, timeZone: 'UTC' }))]);
    expect(unfolded(text)).toEqual(
      expect.arrayContaining(['DTSTART:20261201T090000Z', 'DTEND:20261201T103000Z', 'RRULE:FREQ=WEEKLY;INTERVAL=2']),
    );
    expect(registerZonesOf(text)).toEqual([]);
  });

  it('gives the title as SUMMARY, the description then the link as DESCRIPTION, and the link as URL', () => {
    const entry = entryOf('meeting.northside.northside-2026-11-28', planned.when, {
      title: 'Northside: rota, keys; and C:\\shared\\rota.xlsx',
      description:
        'Proposed agenda, consented to at the start of the meeting:\n- How the two new families are settling in (10 min)\n- Rotate weekend shifts monthly (20 min)',
    });
    const event = onlyEvent(feed([recordOf(entry)]));
    expect(event.summary).toBe(entry.title);
    expect(event.description).toBe(`${entry.description}\n\n${linkOf(entry)}`);
    expect(value(event, 'url')).toBe(linkOf(entry));
  });

  it('keeps a link with a comma or semicolon a working address in URL', () => {
    const link = 'https://teams.example.org/tab?circles=northside,finance;view=calendar';
    const event = onlyEvent(renderFeed({ name, tenantId, records: [recordOf(planned)], linkOf: () => link, texts: english, now }));
    expect(value(event, 'url')).toBe('https://teams.example.org/tab?circles=northside%2Cfinance%3Bview=calendar');
    expect(event.description.endsWith(`\n\n${link}`)).toBe(true);
  });

  it('names no attendees and no organiser: the feed holds no e-mail addresses, and members only as the description gives them', () => {
    const text = feed([recordOf(review), recordOf(planned), recordOf(entryOf('meeting-rhythm.finance', london))]);
    expect(unfolded(text).filter((line) => /^(ATTENDEE|ORGANIZER)[;:]/.test(line))).toEqual([]);
    expect(text).not.toMatch(/Farid Haddad|Grace Mensah|mailto:/i);
  });

  it('folds lines at 75 octets and ends every line with CRLF', () => {
    const long = entryOf('meeting-rhythm.northside', london, {
      title: `Northside care team: ${'réunion du cercle — 会議 😀 '.repeat(6)}`,
      description: 'x'.repeat(300),
    });
    const text = feed([recordOf(long)]);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = text.slice(0, -2).split('\r\n');
    expect(lines.filter((line) => line.startsWith(' ')).length).toBeGreaterThan(5);
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(lines.some((line) => /[\ud800-\udbff]$/.test(line))).toBe(false);
    expect(onlyEvent(text).summary).toBe(long.title);
  });

  it('gives back any title and description exactly, whatever commas, semicolons, backslashes, newlines or scripts they hold', () => {
    const character = fc.oneof(
      fc.constantFrom(',', ';', '\\', '\n', '\\n', '\\,', ':', '"', ' ', '—', '😀'),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
    );
    const text = fc.string({ unit: character, maxLength: 120 });
    fc.assert(
      fc.property(text, text, (title, description) => {
        const entry = entryOf('meeting-rhythm.northside', london, { title, description });
        const event = onlyEvent(feed([recordOf(entry)]));
        expect(event.summary).toBe(title);
        expect(event.description).toBe(`${description}\n\n${linkOf(entry)}`);
      }),
    );
  });

  it('renders the co-op’s whole calendar: each entry the core reconciles becomes its event', () => {
    const coop = withCirclePolicy(careCoop(), 'finance', {
      meetingRhythm: { frequency: 'fortnightly', firstMeeting: '2026-12-01T09:00', timeZone: 'Europe/London', durationMinutes: 90 },
    });
    const entries = calendarEntries(coop, [adoptedRota(coop)], [meetingOf(meetingAt(circleOf(coop, 'northside'), 'planned'))], today);
    const records = reconcileCalendar([], entries, now);
    const events = eventsOf(feed(records));
    expect(events.map((e) => [e.uid, e.summary, e.sequence])).toEqual(
      entries.map((entry) => [`${entry.entryId}@${tenantId}.sociocracy-for-teams`, calendarWords(english, entry.title), 0]),
    );
    expect(events.map((e) => (e.isRecurring() ? 'recurring' : e.startDate.isDate ? 'day' : 'moment'))).toEqual(
      entries.map((entry) => entry.when.kind),
    );
  });
});

describe('the feed in its reader’s language', () => {
  it('writes titles and descriptions in the language its address asks for (?lang=de), German here', () => {
    const coop = withCirclePolicy(careCoop(), 'finance', {
      meetingRhythm: { frequency: 'fortnightly', firstMeeting: '2026-12-01T09:00', timeZone: 'Europe/London', durationMinutes: 90 },
    });
    const records = reconcileCalendar([], calendarEntries(coop, [adoptedRota(coop)], [], today), now);
    const events = eventsOf(renderFeed({ name, tenantId, records, linkOf, texts: textsFor('de'), now }));
    const summaries = events.map((event) => event.summary);
    expect(summaries).toContain('Überprüfung: Rotate weekend shifts monthly (Northside care team)');
    expect(summaries).toContain('Finance: Kreissitzung');
    expect(events.find((event) => event.summary === 'Finance: Kreissitzung')?.description).toMatch(
      /^Finance trifft sich alle zwei Wochen, wie der Kreis entschieden hat\./,
    );
  });
});
