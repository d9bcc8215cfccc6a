import type { Proposal, Review, Structure } from '../../../shared';
import { decisionReview, heldReview, keptTermReviews, openReviews, reviewNotices, reviewsRead } from '../../../shared';
import { careCoop } from '../../support/care-coop';
import { adoptedDecision, changed, withCirclePolicy } from '../../support/review-decisions';

/** Everything kept on write for these records, read back on `today`. */
function readBack(structure: Structure, proposals: readonly Proposal[], today: string): Review[] {
  const kept = [...proposals.flatMap((p) => decisionReview(p) ?? []), ...Object.values(structure.circles).flatMap(keptTermReviews)];
  return reviewsRead(
    kept,
    reviewNotices(structure),
    proposals.flatMap((p) => heldReview(p) ?? []),
    today,
  );
}

const byKey = (reviews: readonly Review[]) =>
  [...reviews].sort((a, b) => `${a.kind}|${a.circleId}|${a.subjectId}`.localeCompare(`${b.kind}|${b.circleId}|${b.subjectId}`));

describe('reviews kept on write: rows that hold no status or notice, read back as the open reviews', () => {
  const coop = withCirclePolicy(careCoop(), 'northside', { reminderOffsetsDays: [30, 0] });
  const proposals = [
    adoptedDecision(coop, { proposalId: 'rota', reviewDate: '2027-03-01' }),
    adoptedDecision(coop, { proposalId: 'kitchen', reviewDate: '2027-04-01' }),
    adoptedDecision(coop, { proposalId: 'rota-review', reviewDate: '2027-09-01', reviewOf: { kind: 'decision', proposalId: 'rota' } }),
    adoptedDecision(coop, {
      proposalId: 'facilitation',
      reviewDate: '2027-09-01',
      reviewOf: { kind: 'role-term', circleId: 'finance', assignmentId: 'finance-facilitator' },
    }),
  ];

  it('gives what `openReviews` gives on any day', () => {
    for (const today of ['2027-01-01', '2027-02-10', '2027-03-02', '2027-12-01']) {
      expect(byKey(readBack(coop, proposals, today))).toEqual(byKey(openReviews(coop, proposals, today)));
    }
  });

  it('leaves out held reviews, a decision’s and a role term’s, though their rows are kept', () => {
    const subjects = readBack(coop, proposals, '2027-01-01').map((review) => review.subjectId);
    expect(subjects).not.toContain('rota');
    expect(subjects).not.toContain('finance-facilitator');
    expect(subjects).toEqual(expect.arrayContaining(['kitchen', 'rota-review', 'facilitation', 'finance-leader']));
  });

  it('leaves out the reviews of an archived circle: its notice is no longer kept', () => {
    const archived = changed(coop, [{ type: 'archive-circle', circleId: 'finance' }]);
    expect(reviewNotices(archived)).not.toHaveProperty('finance');
    expect(readBack(archived, proposals, '2027-01-01').filter((review) => review.circleId === 'finance')).toEqual([]);
    expect(byKey(readBack(archived, proposals, '2027-01-01'))).toEqual(byKey(openReviews(archived, proposals, '2027-01-01')));
  });

  it('keeps a review only for an adopted decision, and holds only what an adopted decision names', () => {
    const [rota, , rotaReview] = proposals as [Proposal, Proposal, Proposal];
    expect(decisionReview(rota)).toEqual({
      kind: 'decision',
      subjectId: 'rota',
      circleId: 'northside',
      title: rota.title,
      reviewDate: '2027-03-01',
    });
    expect(heldReview(rota)).toBeNull();
    expect(heldReview(rotaReview)).toEqual({ kind: 'decision', circleId: 'northside', subjectId: 'rota' });
    const withdrawn = { ...rota, status: 'withdrawn' } as unknown as Proposal;
    expect(decisionReview(withdrawn)).toBeNull();
  });
});
