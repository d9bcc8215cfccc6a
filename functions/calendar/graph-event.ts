import { createHash } from 'node:crypto';
import type { CalendarWhen } from '../../shared/calendar/calendar-entry';
import type { WordedEntry } from './calendar-words';

/** Graph's dateTimeTimeZone: a wall-clock time without offset, and the zone it is read in. */
export interface DateTimeTimeZone {
  readonly dateTime: string;
  readonly timeZone: string;
}

export type DayOfWeek = 'sunday' | 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday';

export type RecurrencePattern =
  | { readonly type: 'weekly'; readonly interval: number; readonly daysOfWeek: readonly DayOfWeek[]; readonly firstDayOfWeek: DayOfWeek }
  | { readonly type: 'absoluteMonthly'; readonly interval: number; readonly dayOfMonth: number };

export interface PatternedRecurrence {
  readonly pattern: RecurrencePattern;
  readonly range: { readonly type: 'noEnd'; readonly startDate: string };
}

export interface GraphAttendee {
  readonly emailAddress: { readonly address: string; readonly name: string };
  readonly type: 'required';
}

/** The part of Graph's event resource this app writes (POST /users/{id}/events, PATCH …/events/{id}). */
export interface GraphEvent {
  readonly subject: string;
  readonly body: { readonly contentType: 'html'; readonly content: string };
  readonly start: DateTimeTimeZone;
  readonly end: DateTimeTimeZone;
  readonly isAllDay: boolean;
  readonly showAs: 'free' | 'busy';
  readonly recurrence?: PatternedRecurrence;
  readonly attendees: readonly GraphAttendee[];
  readonly transactionId: string;
  readonly isReminderOn: true;
  readonly isOnlineMeeting?: true;
  readonly onlineMeetingProvider?: 'teamsForBusiness';
}

export interface GraphEventOptions {
  /** Where the event links back to, in the tab. */
  readonly link: string;
  readonly attendees: readonly { address: string; name: string }[];
  readonly onlineMeeting: boolean;
  /**
   * The id of an earlier Outlook event for this entry that has gone. Graph drops a
   * POST whose transactionId it has seen, so the new event needs a transactionId of its own.
   */
  readonly replaces?: string;
}

const daysOfWeek: readonly DayOfWeek[] = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const minuteMs = 60 * 1000;
const dayMs = 24 * 60 * minuteMs;

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

function bodyOf(entry: WordedEntry, link: string): string {
  const paragraphs = escapeHtml(entry.description).replace(/\r\n|\r|\n/g, '<br>');
  return `<p>${paragraphs}</p><p><a href="${escapeHtml(link)}">${escapeHtml(entry.linkWords)}</a></p>`;
}

/**
 * Wall-clock arithmetic: the string is read as if it were UTC only to add minutes
 * and roll the date; the zone it belongs to is applied by Graph, not here.
 */
const wallClock = (local: string) => new Date(`${local.length === 16 ? `${local}:00` : local}Z`);
const wallClockText = (date: Date) => date.toISOString().slice(0, 19);

/**
 * Graph reads a transactionId to drop a retried POST of the same event. A digest
 * keeps it short and stable whatever the length of the entry id (up to 400).
 */
function transactionIdOf(entryId: string, replaces: string | undefined): string {
  const digest = createHash('sha256')
    .update(replaces === undefined ? entryId : `${entryId}\u0000${replaces}`)
    .digest('hex');
  return `sft-${digest.slice(0, 32)}`;
}

function timingOf(when: CalendarWhen): Pick<GraphEvent, 'start' | 'end' | 'isAllDay' | 'showAs' | 'recurrence'> {
  switch (when.kind) {
    case 'day': {
      // A review is due on its day; it should not make anyone look busy.
      const next = wallClockText(new Date(wallClock(`${when.date}T00:00`).getTime() + dayMs)).slice(0, 10);
      return {
        start: { dateTime: `${when.date}T00:00:00`, timeZone: 'UTC' },
        end: { dateTime: `${next}T00:00:00`, timeZone: 'UTC' },
        isAllDay: true,
        showAs: 'free',
      };
    }
    case 'moment':
      return {
        start: { dateTime: wallClockText(new Date(when.start)), timeZone: 'UTC' },
        end: { dateTime: wallClockText(new Date(when.end)), timeZone: 'UTC' },
        isAllDay: false,
        showAs: 'busy',
      };
    case 'recurring': {
      const first = wallClock(when.start);
      const end = new Date(first.getTime() + when.durationMinutes * minuteMs);
      return {
        start: { dateTime: wallClockText(first), timeZone: when.timeZone },
        end: { dateTime: wallClockText(end), timeZone: when.timeZone },
        isAllDay: false,
        showAs: 'busy',
        recurrence: { pattern: patternOf(when.frequency, first), range: { type: 'noEnd', startDate: when.start.slice(0, 10) } },
      };
    }
    default: {
      const unknown: never = when;
      throw new Error(`Unknown calendar time ${JSON.stringify(unknown)}`);
    }
  }
}

function patternOf(frequency: 'weekly' | 'fortnightly' | 'monthly', first: Date): RecurrencePattern {
  const day = daysOfWeek[first.getUTCDay()] as DayOfWeek;
  switch (frequency) {
    case 'weekly':
      return { type: 'weekly', interval: 1, daysOfWeek: [day], firstDayOfWeek: 'monday' };
    case 'fortnightly':
      return { type: 'weekly', interval: 2, daysOfWeek: [day], firstDayOfWeek: 'monday' };
    case 'monthly':
      return { type: 'absoluteMonthly', interval: 1, dayOfMonth: first.getUTCDate() };
    default: {
      const unknown: never = frequency;
      throw new Error(`Unknown rhythm ${String(unknown)}`);
    }
  }
}

/** The Outlook event a calendar entry becomes, in the organiser's mailbox. */
export function graphEventOf(entry: WordedEntry, options: GraphEventOptions): GraphEvent {
  return {
    subject: entry.title,
    body: { contentType: 'html', content: bodyOf(entry, options.link) },
    ...timingOf(entry.when),
    attendees: options.attendees.map(({ address, name }) => ({ emailAddress: { address, name }, type: 'required' })),
    transactionId: transactionIdOf(entry.entryId, options.replaces),
    isReminderOn: true,
    ...(options.onlineMeeting ? { isOnlineMeeting: true, onlineMeetingProvider: 'teamsForBusiness' } : {}),
  };
}
