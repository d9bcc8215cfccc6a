import type { Structure } from '../circles/circle';
import { findCircle } from '../circles/circle';
import type { CalendarDate } from '../kernel/ids';
import { addDays } from '../kernel/time';
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
    if (!circle) return [];
    return reminderDays(review.reviewDate, circle.policy.reminderOffsetsDays)
      .filter(({ on }) => since < on && on <= today)
      .map(({ on, daysBefore }) => ({ review, on, daysBefore }));
  });
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

/** Every reminder of the open reviews from `from` on, for the due-date index the timer reads. */
export function remindersFrom(structure: Structure, reviews: readonly Review[], from: CalendarDate): Reminder[] {
  return remindersBetween(structure, reviews, addDays(from, -1), '9999-12-31');
}
