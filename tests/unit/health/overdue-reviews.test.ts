import type { GovernanceRecords } from '../../../shared';
import { healthReport } from '../../../shared';
import { careCoop } from '../../support/care-coop';
import { adoptedDecision, adoptedRota } from '../../support/review-decisions';

describe('overdue reviews are a governance-health issue', () => {
  const coop = careCoop();
  const rota = adoptedRota(coop);
  const pettyCash = adoptedDecision(coop, { proposalId: 'petty-cash', circleId: 'finance', reviewDate: '2027-03-31' });
  const records: GovernanceRecords = { structure: coop, proposals: [rota, pettyCash], selections: [], meetings: [] };

  it('a review past its date appears in the health of its circle and of the organisation', () => {
    const at = '2027-06-10T08:00:00.000Z';
    expect(healthReport(records, at).overdueReviews.map((r) => r.subjectId)).toEqual(['petty-cash', 'weekend-rota']);
    expect(healthReport(records, at, 'northside').overdueReviews).toEqual([
      {
        kind: 'decision',
        subjectId: 'weekend-rota',
        circleId: 'northside',
        title: 'Rotate weekend shifts monthly',
        reviewDate: '2027-06-01',
        status: 'overdue',
      },
    ]);
    expect(healthReport(records, at, 'finance').overdueReviews.map((r) => r.subjectId)).toEqual(['petty-cash']);
    expect(healthReport(records, at, 'hub').overdueReviews).toEqual([]);
  });

  it('a review that is only due, not past, is not yet an issue; the day is the UTC day of the moment asked about', () => {
    expect(healthReport(records, '2027-06-01T23:59:59.000Z', 'northside').overdueReviews).toEqual([]);
    expect(healthReport(records, '2027-06-02T00:00:00.000Z', 'northside').overdueReviews.map((r) => r.subjectId)).toEqual(['weekend-rota']);
  });

  it('role terms past their end without a new term are overdue too', () => {
    const overdue = healthReport(records, '2027-11-22T09:00:00.000Z', 'northside').overdueReviews;
    expect(
      overdue
        .filter((r) => r.kind === 'role-term')
        .map((r) => r.subjectId)
        .sort(),
    ).toEqual(['northside-delegate', 'northside-facilitator', 'northside-leader', 'northside-secretary']);
  });

  it('holding the review by a new consent decision clears the issue', () => {
    const continued = adoptedDecision(coop, {
      proposalId: 'weekend-rota-review',
      reviewDate: '2028-06-01',
      reviewOf: { kind: 'decision', proposalId: 'weekend-rota' },
      draftedAt: '2027-06-09T09:00:00.000Z',
    });
    const report = healthReport({ ...records, proposals: [...records.proposals, continued] }, '2027-06-10T08:00:00.000Z', 'northside');
    expect(report.overdueReviews).toEqual([]);
  });
});
