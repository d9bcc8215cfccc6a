import type { Instant } from '../kernel/ids';
import type { ClockMarks, Meeting } from './meeting';

/** An item's time box as a face shows it at one moment. `remainingMs` goes below zero once over time: an item never ends by itself. */
export interface ItemClock {
  readonly elapsedMs: number;
  readonly remainingMs: number;
  readonly over: boolean;
  readonly running: boolean;
}

const ms = (instant: Instant) => Date.parse(instant);

/** The time an item's clock has run up to `now`: from its start, less the time it stood still; never negative (a client's clock may lag). */
export function elapsedOf(marks: ClockMarks, now: Instant): number {
  const until = marks.endedAt ?? marks.pausedAt ?? now;
  return Math.max(0, Math.min(ms(until), ms(now)) - ms(marks.startedAt) - marks.pausedMs);
}

/** The item's clock at `now`, computed from the moments kept, so every face shows the same countdown from the server's time. */
export function itemClock(meeting: Meeting, itemId: string, now: Instant): ItemClock {
  const item = meeting.agenda.find((candidate) => candidate.itemId === itemId);
  const boxMs = (item?.timeboxMinutes ?? 0) * 60_000;
  const marks = Object.hasOwn(meeting.clocks, itemId) ? meeting.clocks[itemId] : undefined;
  if (!marks) return { elapsedMs: 0, remainingMs: boxMs, over: false, running: false };
  const elapsedMs = elapsedOf(marks, now);
  return { elapsedMs, remainingMs: boxMs - elapsedMs, over: elapsedMs > boxMs, running: marks.endedAt === null && marks.pausedAt === null };
}

/** Every item's clock at `now`, by item id. */
export function itemClocks(meeting: Meeting, now: Instant): Record<string, ItemClock> {
  return Object.fromEntries(meeting.agenda.map((item) => [item.itemId, itemClock(meeting, item.itemId, now)]));
}

const gap = (from: Instant, to: Instant) => Math.max(0, ms(to) - ms(from));

/** The clock started, or run again after it was left for another item (the time away counts as standing still). */
export function clockStarted(marks: ClockMarks | undefined, now: Instant): ClockMarks {
  if (!marks) return { startedAt: now, pausedAt: null, pausedMs: 0, endedAt: null };
  return { ...marks, pausedMs: marks.pausedMs + (marks.endedAt ? gap(marks.endedAt, now) : 0), endedAt: null };
}

export const clockPaused = (marks: ClockMarks, now: Instant): ClockMarks => ({ ...marks, pausedAt: now });

export const clockResumed = (marks: ClockMarks, now: Instant): ClockMarks => ({
  ...marks,
  pausedMs: marks.pausedMs + (marks.pausedAt ? gap(marks.pausedAt, now) : 0),
  pausedAt: null,
});

/** The clock stopped when the meeting moves on: a pause in progress is folded in, so the item keeps what it had. */
export function clockEnded(marks: ClockMarks, now: Instant): ClockMarks {
  if (marks.endedAt) return marks;
  const resumed = clockResumed(marks, now);
  return { ...resumed, endedAt: now };
}
