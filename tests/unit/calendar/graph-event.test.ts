import fc from 'fast-check';
import type { CalendarWhen } from '../../../shared/calendar/calendar-entry';
import { CalendarEntry as CalendarEntrySchema } from '../../../shared/calendar/calendar-entry';
import type { WordedEntry } from '../../../functions/calendar/calendar-words';
import { wordedEntry } from '../../../functions/calendar/calendar-words';
import { textsFor } from '../../../texts/all';

/** An entry as Outlook is given it: its words written out in English. */
const worded = (value: unknown): WordedEntry => wordedEntry(textsFor('en'), CalendarEntrySchema.parse(value));
import { graphEventOf } from '../../../functions/calendar/graph-event';

const link = 'https://teams.microsoft.com/l/entity/sociocracy/circles?context=%7B%22subEntityId%22%3A%22northside%22%7D&label=Northside';
const attendees = [
  { address: 'amara.okafor@riverside-care.example', name: 'Amara Okafor' },
  { address: 'dev.patel@riverside-care.example', name: 'Dev Patel' },
];
const options = { link, attendees, onlineMeeting: false };

function entryAt(when: CalendarWhen, overrides: Partial<WordedEntry> = {}): WordedEntry {
  return worded({
    entryId: 'meeting-rhythm.northside',
    circleId: 'northside',
    subject: { kind: 'meeting-rhythm' },
    title: 'Northside: circle meeting',
    description: 'Northside meets weekly, as the circle decided.',
    when,
    attendees: [
      { personId: 'amara', displayName: 'Amara Okafor' },
      { personId: 'dev', displayName: 'Dev Patel' },
    ],
    ...overrides,
  });
}

const rhythm = (start: string, durationMinutes: number, frequency: 'weekly' | 'fortnightly' | 'monthly' = 'weekly'): CalendarWhen => ({
  kind: 'recurring',
  start,
  timeZone: 'Europe/London',
  durationMinutes,
  frequency,
});

describe('a review becomes an all-day Outlook event on its day', () => {
  it('runs from midnight to the next midnight in UTC and leaves people free', () => {
    const event = graphEventOf(entryAt({ kind: 'day', date: '2027-05-01' }), options);
    expect(event.isAllDay).toBe(true);
    expect(event.showAs).toBe('free');
    expect(event.start).toEqual({ dateTime: '2027-05-01T00:00:00', timeZone: 'UTC' });
    expect(event.end).toEqual({ dateTime: '2027-05-02T00:00:00', timeZone: 'UTC' });
    expect(event.recurrence).toBeUndefined();
  });

  it('ends on the first of the next month, or year, when the review is on the last day', () => {
    expect(graphEventOf(entryAt({ kind: 'day', date: '2027-02-28' }), options).end.dateTime).toBe('2027-03-01T00:00:00');
    expect(graphEventOf(entryAt({ kind: 'day', date: '2028-02-28' }), options).end.dateTime).toBe('2028-02-29T00:00:00');
    expect(graphEventOf(entryAt({ kind: 'day', date: '2026-12-31' }), options).end.dateTime).toBe('2027-01-01T00:00:00');
  });
});

describe('a planned meeting becomes an event at its moment, in UTC', () => {
  it('gives start and end as UTC wall-clock times without offset, to the second', () => {
    const event = graphEventOf(entryAt({ kind: 'moment', start: '2026-12-01T09:00:00.000Z', end: '2026-12-01T10:30:45Z' }), options);
    expect(event.start).toEqual({ dateTime: '2026-12-01T09:00:00', timeZone: 'UTC' });
    expect(event.end).toEqual({ dateTime: '2026-12-01T10:30:45', timeZone: 'UTC' });
    expect(event.isAllDay).toBe(false);
    expect(event.showAs).toBe('busy');
    expect(event.recurrence).toBeUndefined();
  });
});

describe('a circle’s regular meeting becomes a recurring event in the circle’s time zone', () => {
  it('keeps the wall-clock time and zone, and ends the duration later', () => {
    const event = graphEventOf(entryAt(rhythm('2026-12-01T18:30', 90)), options);
    expect(event.start).toEqual({ dateTime: '2026-12-01T18:30:00', timeZone: 'Europe/London' });
    expect(event.end).toEqual({ dateTime: '2026-12-01T20:00:00', timeZone: 'Europe/London' });
  });

  it('ends on the next day when the meeting runs past midnight, across months, years and leap days', () => {
    expect(graphEventOf(entryAt(rhythm('2026-11-30T23:30', 60)), options).end.dateTime).toBe('2026-12-01T00:30:00');
    expect(graphEventOf(entryAt(rhythm('2026-12-31T23:00', 120)), options).end.dateTime).toBe('2027-01-01T01:00:00');
    expect(graphEventOf(entryAt(rhythm('2028-02-28T23:15', 45)), options).end.dateTime).toBe('2028-02-29T00:00:00');
  });

  it('always ends exactly the duration after it starts, on the wall clock', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2026-01-01T00:00:00Z'), max: new Date('2030-12-31T23:59:00Z'), noInvalidDate: true }),
        fc.integer({ min: 15, max: 480 }),
        (date, minutes) => {
          const start = date.toISOString().slice(0, 16);
          const event = graphEventOf(entryAt(rhythm(start, minutes)), options);
          const elapsed = Date.parse(`${event.end.dateTime}Z`) - Date.parse(`${event.start.dateTime}Z`);
          expect(elapsed).toBe(minutes * 60 * 1000);
          expect(event.end.dateTime).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00$/);
        },
      ),
    );
  });

  it('repeats weekly on the weekday of the first meeting, from its date, without end', () => {
    // 1 December 2026 is a Tuesday.
    expect(graphEventOf(entryAt(rhythm('2026-12-01T18:30', 90, 'weekly')), options).recurrence).toEqual({
      pattern: { type: 'weekly', interval: 1, daysOfWeek: ['tuesday'], firstDayOfWeek: 'monday' },
      range: { type: 'noEnd', startDate: '2026-12-01' },
    });
  });

  it('repeats fortnightly as every second week on that weekday', () => {
    // 31 December 2026 is a Thursday.
    expect(graphEventOf(entryAt(rhythm('2026-12-31T10:00', 60, 'fortnightly')), options).recurrence).toEqual({
      pattern: { type: 'weekly', interval: 2, daysOfWeek: ['thursday'], firstDayOfWeek: 'monday' },
      range: { type: 'noEnd', startDate: '2026-12-31' },
    });
  });

  it('repeats monthly on the day of the month of the first meeting', () => {
    expect(graphEventOf(entryAt(rhythm('2027-01-15T14:00', 60, 'monthly')), options).recurrence).toEqual({
      pattern: { type: 'absoluteMonthly', interval: 1, dayOfMonth: 15 },
      range: { type: 'noEnd', startDate: '2027-01-15' },
    });
  });

  it('names the weekday of the local date even when UTC is still on the day before', () => {
    // 00:30 on Monday 29 March 2027 in London (summer time) is 23:30 on Sunday in UTC; the circle meets on Mondays.
    const recurrence = graphEventOf(entryAt(rhythm('2027-03-29T00:30', 30)), options).recurrence;
    expect(recurrence?.pattern).toMatchObject({ daysOfWeek: ['monday'] });
  });
});

describe('what the event says and who is invited', () => {
  it('shows the description as escaped HTML with its line breaks, then links back to the tab', () => {
    const event = graphEventOf(
      entryAt({ kind: 'day', date: '2027-05-01' }, { description: "Rota <draft> & “care” plan\nSee Farid's notes\r\nthen decide" }),
      options,
    );
    expect(event.body.contentType).toBe('html');
    expect(event.body.content).toBe(
      '<p>Rota &lt;draft&gt; &amp; “care” plan<br>See Farid&#39;s notes<br>then decide</p>' +
        `<p><a href="${link.replace(/&/g, '&amp;')}">Open in Sociocracy for Teams</a></p>`,
    );
    expect(event.subject).toBe('Northside: circle meeting');
  });

  it('invites every member as a required attendee and reminds them', () => {
    const event = graphEventOf(entryAt({ kind: 'day', date: '2027-05-01' }), options);
    expect(event.attendees).toEqual([
      { emailAddress: { address: 'amara.okafor@riverside-care.example', name: 'Amara Okafor' }, type: 'required' },
      { emailAddress: { address: 'dev.patel@riverside-care.example', name: 'Dev Patel' }, type: 'required' },
    ]);
    expect(event.isReminderOn).toBe(true);
  });

  it('asks for a Teams meeting only when the deployment offers online meetings', () => {
    const offline = graphEventOf(entryAt(rhythm('2026-12-01T18:30', 90)), options);
    expect('isOnlineMeeting' in offline || 'onlineMeetingProvider' in offline).toBe(false);
    const online = graphEventOf(entryAt(rhythm('2026-12-01T18:30', 90)), { ...options, onlineMeeting: true });
    expect(online).toMatchObject({ isOnlineMeeting: true, onlineMeetingProvider: 'teamsForBusiness' });
  });
});

describe('the transactionId that lets Graph drop a retried create', () => {
  it('is the same for the same entry, whatever else changed, and differs between entries', () => {
    const first = graphEventOf(entryAt(rhythm('2026-12-01T18:30', 90)), options).transactionId;
    const moved = graphEventOf(entryAt(rhythm('2027-01-05T18:30', 60), { title: 'Northside: moved' }), {
      ...options,
      attendees: [],
    }).transactionId;
    const other = graphEventOf(entryAt(rhythm('2026-12-01T18:30', 90), { entryId: 'meeting-rhythm.southside' }), options).transactionId;
    expect(moved).toBe(first);
    expect(other).not.toBe(first);
  });

  it('is new for an event that replaces one that went missing', () => {
    const entry = entryAt(rhythm('2026-12-01T18:30', 90));
    const original = graphEventOf(entry, options).transactionId;
    const replacement = graphEventOf(entry, { ...options, replaces: 'AAMkAGI2+/old=' }).transactionId;
    const another = graphEventOf(entry, { ...options, replaces: 'AAMkAGI2+/older=' }).transactionId;
    expect(new Set([original, replacement, another]).size).toBe(3);
  });

  it('stays short for the longest entry id', () => {
    const longest = graphEventOf(entryAt(rhythm('2026-12-01T18:30', 90), { entryId: 'x'.repeat(400) }), options).transactionId;
    const shortest = graphEventOf(entryAt(rhythm('2026-12-01T18:30', 90), { entryId: 'x' }), options).transactionId;
    expect(longest.length).toBeLessThanOrEqual(64);
    expect(longest.length).toBe(shortest.length);
    expect(longest).toMatch(/^[A-Za-z0-9-]+$/);
  });
});
