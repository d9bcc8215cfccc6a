import { z } from 'zod';
import type { Circle, Structure } from '../circles/circle';
import { findCircle } from '../circles/circle';
import { CalendarDate, CircleId, Id } from '../kernel/ids';
import { addDays } from '../kernel/time';
import type { NamedReview } from './kept-reviews';
import type { Review } from './reviews';

/** A reminder to post in the circle's conversation on a given day. */
export interface Reminder {
  readonly review: Review;
  readonly on: CalendarDate;
  readonly daysBefore: number;
}

/** The days a circle is reminded of a review: by default 14 days before, and on the day. */
export function reminderDays(reviewDate: CalendarDate, offsetsDays: readonly number[]): { on: CalendarDate; daysBefore: number }[] {
  return [...new Set(offsetsDays)].sort((a, b) => b - a).map((daysBefore) => ({ on: addDays(reviewDate, -daysBefore), daysBefore }));
}

/**
 * Reminders falling after `since` and up to `today`, so a timer that last ran on
 * `since` neither repeats a reminder nor loses one it missed while down.
 */
export function remindersBetween(structure: Structure, reviews: readonly Review[], since: CalendarDate, today: CalendarDate): Reminder[] {
  return reviews.flatMap((review) => {
    const circle = findCircle(structure, review.circleId);
    return circle ? circleRemindersBetween(circle, [review], since, today) : [];
  });
}

/** `remindersBetween` for reviews of one circle, read without the rest of the organisation. */
export function circleRemindersBetween(circle: Circle, reviews: readonly Review[], since: CalendarDate, today: CalendarDate): Reminder[] {
  return reviews.flatMap((review) =>
    review.circleId !== circle.circleId
      ? []
      : reminderDays(review.reviewDate, circle.policy.reminderOffsetsDays)
          .filter(({ on }) => since < on && on <= today)
          .map(({ on, daysBefore }) => ({ review, on, daysBefore })),
  );
}

/**
 * A reminder's identity: the same review, on the same review date, at the same
 * offset. A moved review date makes new reminders; a timer that sent one never
 * sends it again.
 */
export function reminderId(reminder: Reminder): string {
  const { review, daysBefore } = reminder;
  return JSON.stringify([review.kind, review.circleId, review.subjectId, review.reviewDate, daysBefore]);
}

const ReminderIdentity = z.tuple([z.enum(['decision', 'role-term']), CircleId, Id, CalendarDate, z.number().int().min(0)]);

/** The review a reminder's identity names, and how many days before its date it falls; null for anything `reminderId` did not make. */
export function reminderSubject(id: string): (NamedReview & { readonly daysBefore: number }) | null {
  let value: unknown;
  try {
    value = JSON.parse(id);
  } catch {
    return null;
  }
  const parsed = ReminderIdentity.safeParse(value);
  if (!parsed.success) return null;
  const [kind, circleId, subjectId, reviewDate, daysBefore] = parsed.data;
  return { kind, circleId, subjectId, reviewDate, daysBefore };
}

/** Every reminder of the open reviews from `from` on, for the due-date index the timer reads. */
export function remindersFrom(structure: Structure, reviews: readonly Review[], from: CalendarDate): Reminder[] {
  return remindersBetween(structure, reviews, addDays(from, -1), '9999-12-31');
}
