import fc from 'fast-check';
import { addDays, reviewDates, ReviewsQuery } from '../../../shared';
import { reviewOfRow } from '../../../shared';

describe('the review dates a page of one status reads', () => {
  it('bounds overdue reviews before today and due or upcoming ones from today; all reads every date', () => {
    expect(reviewDates('overdue', '2027-05-10')).toEqual({ from: null, before: '2027-05-10' });
    expect(reviewDates('due', '2027-05-10')).toEqual({ from: '2027-05-10', before: null });
    expect(reviewDates('upcoming', '2027-05-10')).toEqual({ from: '2027-05-10', before: null });
    expect(reviewDates('all', '2027-05-10')).toEqual({ from: null, before: null });
  });

  it('never leaves out a review of the status asked, whatever its date and notice', () => {
    const statuses = ['overdue', 'due', 'upcoming'] as const;
    fc.assert(
      fc.property(
        fc.integer({ min: -400, max: 400 }),
        fc.integer({ min: 0, max: 90 }),
        fc.constantFrom(...statuses),
        (offset, noticeDays, status) => {
          const today = '2027-05-10';
          const reviewDate = addDays(today, offset);
          const review = reviewOfRow({ kind: 'decision', subjectId: 'p', circleId: 'c', title: 't', reviewDate, noticeDays }, today);
          const { from, before } = reviewDates(status, today);
          const inRange = (from === null || reviewDate >= from) && (before === null || reviewDate < before);
          if (review.status === status) expect(inRange).toBe(true);
        },
      ),
    );
  });

  it('reads a page of 100 unless asked otherwise, and refuses sizes outside 1 to 200', () => {
    expect(ReviewsQuery.parse({})).toEqual({ status: 'all', pageSize: 100 });
    expect(ReviewsQuery.safeParse({ pageSize: '0' }).success).toBe(false);
    expect(ReviewsQuery.safeParse({ pageSize: '201' }).success).toBe(false);
    expect(ReviewsQuery.safeParse({ after: 'not a token!' }).success).toBe(false);
  });
});
