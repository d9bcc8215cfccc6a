import type { Circle, Structure } from '../circles/circle';
import { activeCircles } from '../circles/circle';
import type { Proposal } from '../consent/proposal';
import type { CalendarDate, Instant } from '../kernel/ids';
import type { Meeting } from '../meetings/meeting';
import type { Review } from '../reviews/reviews';
import { openReviews } from '../reviews/reviews';
import type { CalendarEntry, CalendarRecord } from './calendar-entry';
import { CalendarEntry as CalendarEntrySchema } from './calendar-entry';

const minuteMs = 60 * 1000;
/** A meeting with an empty agenda still takes the circle's time: rounds, check-in, closing. */
const shortestMeetingMinutes = 30;

const attendeesOf = (circle: Circle) =>
  [...circle.members]
    .sort((a, b) => a.personId.localeCompare(b.personId))
    .map((m) => ({ personId: m.personId, displayName: m.displayName }));

function reviewEntry(review: Review, circle: Circle): CalendarEntry {
  const decision = review.kind === 'decision';
  const assignment = decision ? undefined : circle.assignments.find((a) => a.assignmentId === review.subjectId);
  return {
    entryId: `review.${review.kind}.${review.circleId}.${review.subjectId}`,
    circleId: review.circleId,
    subject: decision
      ? { kind: 'decision', proposalId: review.subjectId }
      : { kind: 'role-term', assignmentId: review.subjectId, roleId: assignment?.roleId ?? review.subjectId },
    title: review.said
      ? { key: 'reviewTermTitle', values: { ...review.said.values, circle: circle.name } }
      : { key: 'reviewTitle', values: { title: review.title, circle: circle.name } },
    description: review.said
      ? { key: 'reviewTerm', values: { ...review.said.values, circle: circle.name, reviewDate: review.reviewDate } }
      : { key: 'reviewDecision', values: { circle: circle.name, title: review.title, reviewDate: review.reviewDate } },
    when: { kind: 'day', date: review.reviewDate },
    attendees: attendeesOf(circle),
  };
}

function meetingEntry(meeting: Meeting, circle: Circle): CalendarEntry {
  const minutes = Math.max(
    shortestMeetingMinutes,
    meeting.agenda.reduce((sum, item) => sum + item.timeboxMinutes, 0),
  );
  const agenda = meeting.agenda.map((item) => ({
    key: 'meetingAgendaItem' as const,
    values: { title: item.title, minutes: item.timeboxMinutes },
  }));
  return {
    entryId: `meeting.${meeting.circleId}.${meeting.meetingId}`,
    circleId: meeting.circleId,
    subject: { kind: 'meeting', meetingId: meeting.meetingId },
    title: { key: 'meetingTitle', values: { circle: circle.name } },
    description: agenda.length > 0 ? { key: 'meetingAgenda', lines: { agenda } } : { key: 'meetingNoAgenda' },
    when: {
      kind: 'moment',
      start: meeting.scheduledFor,
      end: new Date(Date.parse(meeting.scheduledFor) + minutes * minuteMs).toISOString(),
    },
    attendees: attendeesOf(circle),
  };
}

function rhythmEntry(circle: Circle): CalendarEntry[] {
  const rhythm = circle.policy.meetingRhythm;
  if (!rhythm) return [];
  return [
    {
      entryId: `meeting-rhythm.${circle.circleId}`,
      circleId: circle.circleId,
      subject: { kind: 'meeting-rhythm' },
      title: { key: 'meetingTitle', values: { circle: circle.name } },
      description: { key: 'meetingRhythm', values: { circle: circle.name, frequency: rhythm.frequency } },
      when: {
        kind: 'recurring',
        start: rhythm.firstMeeting,
        timeZone: rhythm.timeZone,
        durationMinutes: rhythm.durationMinutes,
        frequency: rhythm.frequency,
      },
      attendees: attendeesOf(circle),
    },
  ];
}

/**
 * What one circle's calendar should show: the review of each of its open decisions
 * and role terms, each of its meetings planned or held, and its regular meeting.
 * An archived circle shows nothing. Reviews and meetings of other circles are left out.
 */
export function circleCalendar(circle: Circle, reviews: readonly Review[], meetings: readonly Meeting[]): CalendarEntry[] {
  if (circle.archived) return [];
  const own = <T extends { readonly circleId: string }>(items: readonly T[]) => items.filter((item) => item.circleId === circle.circleId);
  return [
    ...own(reviews).map((review) => reviewEntry(review, circle)),
    ...own(meetings).map((meeting) => meetingEntry(meeting, circle)),
    ...rhythmEntry(circle),
  ];
}

/** Every event the organisation's calendars should show today: each active circle's calendar. */
export function calendarEntries(
  structure: Structure,
  proposals: readonly Proposal[],
  meetings: readonly Meeting[],
  today: CalendarDate,
): CalendarEntry[] {
  const reviews = openReviews(structure, proposals, today);
  return activeCircles(structure).flatMap((circle) => circleCalendar(circle, reviews, meetings));
}

/** Entries compare by their content in schema order, whatever order their keys were built in. */
const sameEntry = (a: CalendarEntry, b: CalendarEntry) =>
  JSON.stringify(CalendarEntrySchema.parse(a)) === JSON.stringify(CalendarEntrySchema.parse(b));

/**
 * Brings the calendar's records in step with the entries it should show; returns
 * only the records that changed. A new entry starts at sequence 0; a changed one,
 * one that disappeared (cancelled) or one that came back each raise the sequence,
 * so calendars replace what they hold.
 */
export function reconcileCalendar(records: readonly CalendarRecord[], entries: readonly CalendarEntry[], now: Instant): CalendarRecord[] {
  const known = new Map(records.map((record) => [record.entry.entryId, record]));
  const wanted = new Set(entries.map((entry) => entry.entryId));
  const changed: CalendarRecord[] = [];
  for (const entry of entries) {
    const record = known.get(entry.entryId);
    if (!record) changed.push({ entry, sequence: 0, cancelled: false, changedAt: now });
    else if (record.cancelled || !sameEntry(record.entry, entry))
      changed.push({ entry, sequence: record.sequence + 1, cancelled: false, changedAt: now });
  }
  for (const record of records) {
    if (!record.cancelled && !wanted.has(record.entry.entryId))
      changed.push({ ...record, sequence: record.sequence + 1, cancelled: true, changedAt: now });
  }
  return changed;
}
