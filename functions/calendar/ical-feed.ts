import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import ical, { ICalCalendarMethod, ICalEventRepeatingFreq, ICalEventStatus, ICalEventTransparency } from 'ical-generator';
import type { ICalDayJsStub, ICalEventData, ICalRepeatingOptions } from 'ical-generator';
import type { CalendarEntry, CalendarRecord, CalendarWhen } from '../../shared/calendar/calendar-entry';
import type { RhythmFrequency } from '../../shared/circles/meeting-rhythm';
import type { Texts } from '../../texts/translate';
import { calendarWords } from './calendar-words';

export interface FeedOptions {
  /** The calendar's name, e.g. "Northside care team — Sociocracy for Teams". */
  readonly name: string;
  /** Makes UIDs unique across organisations. */
  readonly tenantId: string;
  readonly records: readonly CalendarRecord[];
  /** The address of the entry's subject in the tab, for the event's URL and description. */
  readonly linkOf: (entry: CalendarEntry) => string;
  /** The language of the titles and descriptions: the feed's `?lang=`, English by default. */
  readonly texts: Texts;
  /** The feed's DTSTAMP: the core never reads the clock, so the feed is given the time. */
  readonly now: string;
}

const minuteMs = 60 * 1000;
const dayMs = 24 * 60 * minuteMs;

const repeats: Record<RhythmFrequency, ICalRepeatingOptions> = {
  weekly: { freq: ICalEventRepeatingFreq.WEEKLY },
  fortnightly: { freq: ICalEventRepeatingFreq.WEEKLY, interval: 2 },
  monthly: { freq: ICalEventRepeatingFreq.MONTHLY },
};

/** RFC 5545 TEXT escaping, for the calendar name, which ical-generator writes as given. */
const asText = (value: string) => value.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\r\n|\r|\n/g, '\\n');

/**
 * ical-generator writes the UID as given; percent-encoding keeps it one plain TEXT
 * value and never makes two entry ids (or tenants) one.
 */
const uidOf = (entry: CalendarEntry, tenantId: string) =>
  `${encodeURIComponent(entry.entryId)}@${encodeURIComponent(tenantId)}.sociocracy-for-teams`;

/**
 * URL holds a URI, which calendars read without unescaping; ical-generator escapes it
 * as TEXT, so the characters it would escape are percent-encoded instead.
 */
const asUri = (link: string) => link.replace(/[\\;,]/g, (c) => encodeURIComponent(c));

/**
 * A circle meets at nine in its own zone whatever the season, so the feed writes the
 * wall-clock time under the zone's TZID and the VTIMEZONE places it. ical-generator
 * prints a Date in the zone of the process that runs it, so it is given the wall time
 * itself, in the shape of the date-library objects it accepts. The fields are carried
 * in a Date read as UTC; they are never an instant.
 */
function wallClock(fieldsAsUtc: number): ICalDayJsStub {
  const iso = new Date(fieldsAsUtc).toISOString();
  const formats: Record<string, string> = { YYYYMMDD: iso.slice(0, 10).replaceAll('-', ''), HHmmss: iso.slice(11, 19).replaceAll(':', '') };
  const clock: ICalDayJsStub = {
    format: (pattern = '') => {
      const text = formats[pattern];
      if (text === undefined) throw new Error(`ical-generator asked for the unexpected date format ${pattern}`);
      return text;
    },
    isValid: () => true,
    // Compared only with the end, in the same zone, so the fields order correctly.
    toDate: () => new Date(fieldsAsUtc),
    toJSON: () => iso,
    // ical-generator drops the zone "UTC" and then asks for UTC: there the wall time is UTC.
    utc: () => clock,
  };
  return clock;
}

function timingOf(when: CalendarWhen): Pick<ICalEventData, 'start' | 'end' | 'allDay' | 'timezone' | 'repeating' | 'transparency'> {
  switch (when.kind) {
    case 'day': {
      const day = Date.parse(`${when.date}T00:00:00Z`);
      // A review is due on its day; it should not make anyone look busy.
      return { allDay: true, start: new Date(day), end: new Date(day + dayMs), transparency: ICalEventTransparency.TRANSPARENT };
    }
    case 'moment':
      return { start: new Date(when.start), end: new Date(when.end) };
    case 'recurring': {
      const first = Date.parse(`${when.start}:00Z`);
      return {
        timezone: when.timeZone,
        start: wallClock(first),
        end: wallClock(first + when.durationMinutes * minuteMs),
        repeating: repeats[when.frequency],
      };
    }
    default: {
      const unknown: never = when;
      throw new Error(`Unknown calendar time ${JSON.stringify(unknown)}`);
    }
  }
}

/** No attendees: the feed holds no e-mail addresses, and a subscribed calendar invites no one. */
function eventOf(record: CalendarRecord, options: FeedOptions): ICalEventData {
  const { entry } = record;
  const link = options.linkOf(entry);
  return {
    id: uidOf(entry, options.tenantId),
    sequence: record.sequence,
    status: record.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    stamp: new Date(options.now),
    lastModified: new Date(record.changedAt),
    summary: calendarWords(options.texts, entry.title),
    description: `${calendarWords(options.texts, entry.description)}\n\n${link}`,
    url: asUri(link),
    ...timingOf(entry.when),
  };
}

/**
 * The subscribable iCalendar feed of a circle's or a person's records. Cancelled
 * records stay in it, so calendars that hold the event learn it is gone.
 */
export function renderFeed(options: FeedOptions): string {
  const calendar = ical({
    name: asText(options.name),
    prodId: '//Sociocracy for Teams//Reviews and meetings//EN',
    method: ICalCalendarMethod.PUBLISH,
    // No zone for the calendar as a whole: moments stay in UTC, and each regular meeting's zone gets its VTIMEZONE.
    timezone: { name: null, generator: getVtimezoneComponent },
    events: options.records.map((record) => eventOf(record, options)),
  });
  // RFC 5545 ends every content line with CRLF, the last one too; ical-generator leaves the last one open.
  return `${calendar.toString()}\r\n`;
}
