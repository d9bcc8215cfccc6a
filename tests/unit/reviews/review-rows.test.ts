import fc from 'fast-check';
import { openReviews, reviewOfRow, reviewRows, reviewStatus } from '../../../shared';
import { careCoop, circleOf } from '../../support/care-coop';
import { adoptedDecision, withCirclePolicy } from '../../support/review-decisions';

/** The calendar day `n` days after 1 June 2027, computed independently of the core. */
const day = (n: number) => new Date(Date.UTC(2027, 5, 1 + n)).toISOString().slice(0, 10);

describe('reviews kept as rows: what a review is, its status left to the day it is read', () => {
  it('carries each circle’s notice, its earliest reminder, so a row read later has the status the circle gives it', () => {
    const coop = withCirclePolicy(careCoop(), 'northside', { reminderOffsetsDays: [7, 30, 0] });
    const rows = reviewRows(coop, [adoptedDecision(coop, { proposalId: 'rota', reviewDate: '2027-06-01' })]);
    expect(rows.find((row) => row.subjectId === 'rota')?.noticeDays).toBe(30);
    expect(new Set(rows.filter((row) => row.circleId === 'finance').map((row) => row.noticeDays))).toEqual(new Set([14]));
  });

  it('gives on any day the status `reviewStatus` gives, whatever the circle’s reminders', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 60 }), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: -90, max: 90 }),
        (offsets, n) => {
          const coop = withCirclePolicy(careCoop(), 'northside', { reminderOffsetsDays: offsets });
          const [row] = reviewRows(coop, [adoptedDecision(coop, { proposalId: 'rota', reviewDate: day(0) })]).filter(
            (r) => r.subjectId === 'rota',
          );
          return row !== undefined && reviewOfRow(row, day(n)).status === reviewStatus(day(0), day(n), circleOf(coop, 'northside'));
        },
      ),
      { numRuns: 50 },
    );
  });

  it('are the open reviews, by review date, once each', () => {
    const coop = careCoop();
    const proposals = [
      adoptedDecision(coop, { proposalId: 'rota', reviewDate: '2027-03-01' }),
      adoptedDecision(coop, { proposalId: 'rota-review', reviewDate: '2027-09-01', reviewOf: { kind: 'decision', proposalId: 'rota' } }),
    ];
    const rows = reviewRows(coop, proposals);
    expect(rows.map((row) => reviewOfRow(row, '2027-01-01'))).toEqual(openReviews(coop, proposals, '2027-01-01'));
    expect(rows.map((row) => row.subjectId)).not.toContain('rota');
    expect(rows.map((row) => row.reviewDate)).toEqual([...rows.map((row) => row.reviewDate)].sort());
  });
});
