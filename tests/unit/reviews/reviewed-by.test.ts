import { reviewedBy } from '../../../shared';
import { careCoop } from '../../support/care-coop';
import { now } from '../../support/clock';
import { adoptedDecision, closeRound, decisionInRound } from '../../support/review-decisions';

const reviewDate = '2027-06-01';

describe('the decision that reviewed an earlier one, as the earlier one’s story names it', () => {
  it('is the adopted decision naming an earlier decision of its circle, with its title and the moment it was adopted', () => {
    const review = adoptedDecision(careCoop(), {
      proposalId: 'rota-review',
      title: 'Keep the weekend rota',
      reviewDate,
      reviewOf: { kind: 'decision', proposalId: 'old-rota' },
    });
    expect(reviewedBy(review)).toEqual({
      circleId: 'northside',
      reviewed: 'old-rota',
      by: { proposalId: 'rota-review', title: 'Keep the weekend rota', adoptedAt: review.adoptedAt },
    });
  });

  it('is nothing for a decision reviewing no decision, a role term, or not yet adopted', () => {
    expect(reviewedBy(adoptedDecision(careCoop(), { proposalId: 'plain', reviewDate }))).toBeNull();
    const term = { kind: 'role-term' as const, circleId: 'northside', assignmentId: 'northside-leader' };
    expect(reviewedBy(adoptedDecision(careCoop(), { proposalId: 'term-review', reviewDate, reviewOf: term }))).toBeNull();
    const inRound = decisionInRound(careCoop(), {
      proposalId: 'rota-review',
      reviewDate,
      reviewOf: { kind: 'decision', proposalId: 'old-rota' },
    });
    expect(inRound.proposal && reviewedBy(inRound.proposal)).toBeNull();
    expect(closeRound(inRound, now).proposal?.status).toBe('adopted');
  });
});
