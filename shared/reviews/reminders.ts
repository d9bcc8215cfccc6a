import type { Structure } from '../circles/circle';
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
    const circle = structure.circles[review.circleId];
    if (!circle) return [];
    return reminderDays(review.reviewDate, circle.policy.reminderOffsetsDays)
      .filter(({ on }) => since < on && on <= today)
      .map(({ on, daysBefore }) => ({ review, on, daysBefore }));
  });
}
