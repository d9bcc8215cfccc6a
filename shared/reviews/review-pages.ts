import { z } from 'zod';
import { CircleId } from '../kernel/ids';
import type { CalendarDate } from '../kernel/ids';
import { PageToken } from '../logbook/logbook';
import type { Review } from './reviews';

/**
 * Which reviews to list, soonest first: of the organisation or one circle, of one
 * status or all, a page at a time (`after` is the `next` of the page before).
 */
export const ReviewsQuery = z.object({
  circleId: CircleId.optional(),
  status: z.enum(['due', 'overdue', 'upcoming', 'all']).default('all'),
  after: PageToken.optional(),
  pageSize: z.coerce.number().int().min(1).max(200).default(100),
});
export type ReviewsQuery = z.infer<typeof ReviewsQuery>;

/** One page of reviews, soonest first; `next` (none on the last page) asks for the page after it. */
export interface ReviewsPage {
  readonly reviews: readonly Review[];
  readonly pageSize: number;
  readonly next: string | null;
}

/**
 * The review dates a status can have on `today`, as a half-open range of days, so a
 * page reads only that part of the reviews kept in date order: an overdue review's
 * date has passed; a due or upcoming one's has not (which of the two depends on
 * the circle's notice, told apart on each review read).
 */
export function reviewDates(
  status: ReviewsQuery['status'],
  today: CalendarDate,
): { readonly from: CalendarDate | null; readonly before: CalendarDate | null } {
  if (status === 'overdue') return { from: null, before: today };
  if (status === 'all') return { from: null, before: null };
  return { from: today, before: null };
}
