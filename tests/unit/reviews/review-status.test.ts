import fc from 'fast-check';
import type { ReviewStatus } from '../../../shared';
import { reviewStatus } from '../../../shared';
import { careCoop, circleOf } from '../../support/care-coop';
import { withCirclePolicy } from '../../support/review-decisions';

/** The calendar day `n` days after 1 June 2027, computed independently of the core. */
const day = (n: number) => new Date(Date.UTC(2027, 5, 1 + n)).toISOString().slice(0, 10);

const coop = careCoop();
const northside = circleOf(coop, 'northside');

describe('reviews are due for decisions and role terms: a review’s status on a given day', () => {
  const reviewDate = '2027-06-01';

  it.each([
    ['2027-05-17', 'upcoming'],
    ['2027-05-18', 'due'],
    ['2027-05-25', 'due'],
    ['2027-06-01', 'due'],
    ['2027-06-02', 'overdue'],
    ['2028-01-01', 'overdue'],
  ] as const)('on %s a review dated 2027-06-01 is %s with the default 14-day notice', (today, status) => {
    expect(reviewStatus(reviewDate, today, northside)).toBe(status);
  });

  it('is due from the circle’s earliest reminder, whatever order the circle listed its offsets in', () => {
    const circle = circleOf(withCirclePolicy(coop, 'northside', { reminderOffsetsDays: [7, 30, 0] }), 'northside');
    expect(reviewStatus(reviewDate, '2027-05-01', circle)).toBe('upcoming');
    expect(reviewStatus(reviewDate, '2027-05-02', circle)).toBe('due');
    expect(reviewStatus(reviewDate, '2027-06-02', circle)).toBe('overdue');
  });

  it('is due only on the day itself for a circle reminded only on the day', () => {
    const circle = circleOf(withCirclePolicy(coop, 'northside', { reminderOffsetsDays: [0] }), 'northside');
    expect(reviewStatus(reviewDate, '2027-05-31', circle)).toBe('upcoming');
    expect(reviewStatus(reviewDate, '2027-06-01', circle)).toBe('due');
    expect(reviewStatus(reviewDate, '2027-06-02', circle)).toBe('overdue');
  });

  it('counts the notice across a year end and a leap day', () => {
    const circle = circleOf(withCirclePolicy(coop, 'northside', { reminderOffsetsDays: [3] }), 'northside');
    expect(reviewStatus('2028-03-01', '2028-02-27', circle)).toBe('due');
    expect(reviewStatus('2028-03-01', '2028-02-26', circle)).toBe('upcoming');
    expect(reviewStatus('2027-01-02', '2026-12-30', circle)).toBe('due');
    expect(reviewStatus('2027-01-02', '2026-12-29', circle)).toBe('upcoming');
  });
});

describe('property: review status is monotonic in time (upcoming → due → overdue, never back)', () => {
  const rank: Record<ReviewStatus, number> = { upcoming: 0, due: 1, overdue: 2 };

  it('moves only forward as today advances, due exactly from the earliest reminder to the review date', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -400, max: 400 }),
        fc.array(fc.integer({ min: 0, max: 365 }), { minLength: 1, maxLength: 5 }),
        fc.uniqueArray(fc.integer({ min: -800, max: 800 }), { minLength: 2, maxLength: 30 }),
        (reviewOffset, offsets, todays) => {
          const circle = circleOf(withCirclePolicy(coop, 'northside', { reminderOffsetsDays: offsets }), 'northside');
          const reviewDate = day(reviewOffset);
          const notice = Math.max(...offsets);
          const sorted = [...todays].sort((a, b) => a - b);
          const statuses = sorted.map((t) => reviewStatus(reviewDate, day(t), circle));
          statuses.forEach((status, i) => {
            const t = sorted[i] as number;
            const expected: ReviewStatus = t > reviewOffset ? 'overdue' : t >= reviewOffset - notice ? 'due' : 'upcoming';
            expect(status).toBe(expected);
            if (i > 0) expect(rank[status]).toBeGreaterThanOrEqual(rank[statuses[i - 1] as ReviewStatus]);
          });
        },
      ),
      { numRuns: 150 },
    );
  });
});
