import { z } from 'zod';
import { LocalDateTime, RhythmFrequency, TimeZone } from '../circles/meeting-rhythm';
import { CalendarDate, CircleId, Id, Instant, PersonId } from '../kernel/ids';

/**
 * When an entry happens: a review on its day (all day), a planned meeting at a
 * moment (UTC), or a circle's regular meeting at a wall-clock time in its time
 * zone, repeating.
 */
export const CalendarWhen = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('day'), date: CalendarDate }),
  z.object({ kind: z.literal('moment'), start: Instant, end: Instant }),
  z.object({
    kind: z.literal('recurring'),
    start: LocalDateTime,
    timeZone: TimeZone,
    durationMinutes: z.number().int().min(1),
    frequency: RhythmFrequency,
  }),
]);
export type CalendarWhen = z.infer<typeof CalendarWhen>;

/** What the entry is about, so a calendar's event links back to it in the tab. */
export const CalendarSubject = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('decision'), proposalId: Id }),
  z.object({ kind: z.literal('role-term'), assignmentId: Id, roleId: Id }),
  z.object({ kind: z.literal('meeting'), meetingId: Id }),
  z.object({ kind: z.literal('meeting-rhythm') }),
]);
export type CalendarSubject = z.infer<typeof CalendarSubject>;

/** The calendar's own words, each a message of the `calendar` catalogue (texts/). */
export const calendarWordKeys = [
  'reviewTitle',
  'reviewTermTitle',
  'reviewDecision',
  'reviewTerm',
  'meetingTitle',
  'meetingAgenda',
  'meetingAgendaItem',
  'meetingNoAgenda',
  'meetingRhythm',
] as const;

/**
 * An entry's title or description: a catalogue key and its values, written by each
 * calendar in its own language (Outlook the circle's, the feed its reader's). A
 * `reviewDate` value is a calendar day. Entries kept before were English sentences,
 * still read as they are until the calendar is next brought in step.
 */
const CalendarValues = z.record(z.string(), z.union([z.string(), z.number()]));
const CalendarLine = z.object({ key: z.enum(calendarWordKeys), values: CalendarValues.optional() });
/** `lines`: a value written as one message per line (a meeting's agenda, item by item), each in the calendar's language. */
export const CalendarWords = z.union([z.string(), CalendarLine.extend({ lines: z.record(z.string(), z.array(CalendarLine)).optional() })]);
export type CalendarWords = z.infer<typeof CalendarWords>;

/** One event of a circle's calendar, as every calendar (Outlook, the feed) shows it. */
export const CalendarEntry = z.object({
  /** Stable for the life of the subject: the feed's UID and the key of its Outlook event. */
  entryId: z.string().min(1).max(400),
  circleId: CircleId,
  subject: CalendarSubject,
  title: CalendarWords,
  description: CalendarWords,
  when: CalendarWhen,
  attendees: z.array(z.object({ personId: PersonId, displayName: z.string() })),
});
export type CalendarEntry = z.infer<typeof CalendarEntry>;

/**
 * An entry as the calendar keeps it over time: its sequence rises with every
 * change (RFC 5545 SEQUENCE), and a removed entry stays, cancelled, so calendars
 * that had it learn it is gone.
 */
export const CalendarRecord = z.object({
  entry: CalendarEntry,
  sequence: z.number().int().min(0),
  cancelled: z.boolean(),
  changedAt: Instant,
});
export type CalendarRecord = z.infer<typeof CalendarRecord>;
