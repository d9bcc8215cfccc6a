import type { Review } from '../../../shared';
import { openReviews, proposalDecider } from '../../../shared';
import { step } from '../../support/apply';
import { careCoop } from '../../support/care-coop';
import { daysFromNow, today } from '../../support/clock';
import { as } from '../../support/people';
import { adoptedDecision, adoptedRota, changed, closeRound, decisionInRound } from '../../support/review-decisions';

const subjects = (reviews: readonly Review[]) => reviews.map((r) => `${r.circleId}/${r.subjectId}`);

describe('a review is handled by a new consent decision', () => {
  const coop = careCoop();
  const rota = adoptedRota(coop);
  const reviewDay = daysFromNow(192); // 2027-06-01, the rota's review date

  it('continuing a decision unchanged settles its review and brings the new decision back on its new date', () => {
    const continued = adoptedDecision(coop, {
      proposalId: 'weekend-rota-review-2027',
      title: 'Keep rotating weekend shifts monthly',
      reviewDate: '2028-06-01',
      reviewOf: { kind: 'decision', proposalId: 'weekend-rota' },
      draftedAt: reviewDay,
    });
    const reviews = openReviews(coop, [rota, continued], '2027-06-01');
    expect(subjects(reviews)).not.toContain('northside/weekend-rota');
    expect(reviews.find((r) => r.subjectId === 'weekend-rota-review-2027')).toEqual({
      kind: 'decision',
      subjectId: 'weekend-rota-review-2027',
      circleId: 'northside',
      title: 'Keep rotating weekend shifts monthly',
      reviewDate: '2028-06-01',
      status: 'upcoming',
    });
  });

  it('a review decision still in its consent round, or withdrawn, leaves the review open (and overdue once past)', () => {
    const inRound = decisionInRound(coop, {
      proposalId: 'weekend-rota-review-2027',
      reviewDate: '2028-06-01',
      reviewOf: { kind: 'decision', proposalId: 'weekend-rota' },
      draftedAt: reviewDay,
      answers: { grace: { kind: 'object', text: 'Monthly changes unsettle the people we support.' } },
    });
    const integrating = closeRound(inRound, reviewDay);
    expect(integrating.proposal?.status).toBe('integration');
    const withdrawn = step(
      proposalDecider,
      inRound,
      { type: 'withdraw-proposal', proposalId: 'weekend-rota-review-2027', reason: 'Held in the next meeting instead.' },
      as('hana'),
      reviewDay,
    );
    expect(withdrawn.proposal?.status).toBe('withdrawn');

    for (const pending of [inRound.proposal, integrating.proposal, withdrawn.proposal]) {
      const reviews = openReviews(coop, [rota, ...(pending ? [pending] : [])], '2027-06-05');
      expect(reviews.find((r) => r.subjectId === 'weekend-rota')?.status).toBe('overdue');
      expect(subjects(reviews)).not.toContain('northside/weekend-rota-review-2027');
    }
  });

  it('settles only the decision it names', () => {
    const pettyCash = adoptedDecision(coop, { proposalId: 'petty-cash', circleId: 'finance', reviewDate: '2027-03-31' });
    const reviewOfRota = adoptedDecision(coop, {
      proposalId: 'weekend-rota-review-2027',
      reviewDate: '2028-06-01',
      reviewOf: { kind: 'decision', proposalId: 'weekend-rota' },
    });
    expect(subjects(openReviews(coop, [rota, pettyCash, reviewOfRota], today))).toEqual(expect.arrayContaining(['finance/petty-cash']));
  });

  it('a decision of another circle naming the decision does not settle its review: the circle that decided reviews it', () => {
    const forged = adoptedDecision(coop, {
      proposalId: 'finance-closes-rota-review',
      circleId: 'finance',
      reviewDate: '2028-06-01',
      reviewOf: { kind: 'decision', proposalId: 'weekend-rota' },
    });
    expect(subjects(openReviews(coop, [rota, forged], today))).toContain('northside/weekend-rota');
  });

  it('a decision on a role term settles that term’s review, even when the parent circle takes it', () => {
    const leaderReview = adoptedDecision(coop, {
      proposalId: 'northside-leader-review',
      circleId: 'hub',
      reviewDate: '2028-11-21',
      reviewOf: { kind: 'role-term', circleId: 'northside', assignmentId: 'northside-leader' },
    });
    const reviews = subjects(openReviews(coop, [leaderReview], today));
    expect(reviews).not.toContain('northside/northside-leader');
    expect(reviews).toEqual(expect.arrayContaining(['northside/northside-delegate', 'hub/northside-leader-review']));
  });

  it('a decision on one circle’s role term does not settle another circle’s term that happens to share its assignment id', () => {
    const keepers = changed(careCoop(), [
      { type: 'define-role', circleId: 'northside', role: { roleId: 'rota-keeper', name: 'Rota keeper' } },
      { type: 'define-role', circleId: 'finance', role: { roleId: 'bookkeeper', name: 'Bookkeeper' } },
      {
        type: 'assign-role',
        circleId: 'northside',
        assignmentId: 'keeper-2026',
        roleId: 'rota-keeper',
        personId: 'grace',
        termStart: today,
      },
      { type: 'assign-role', circleId: 'finance', assignmentId: 'keeper-2026', roleId: 'bookkeeper', personId: 'esi', termStart: today },
    ]);
    const rotaKeeperReview = adoptedDecision(keepers, {
      proposalId: 'rota-keeper-review',
      reviewDate: '2028-11-21',
      reviewOf: { kind: 'role-term', circleId: 'northside', assignmentId: 'keeper-2026' },
    });
    const reviews = subjects(openReviews(keepers, [rotaKeeperReview], today));
    expect(reviews).not.toContain('northside/keeper-2026');
    expect(reviews).toContain('finance/keeper-2026');
  });

  it('a later term of the same role settles the earlier term’s review; its own end becomes the next review', () => {
    const reselected = changed(coop, [
      {
        type: 'assign-role',
        circleId: 'northside',
        assignmentId: 'northside-facilitator-2027',
        roleId: 'facilitator',
        personId: 'farid',
        termStart: '2027-11-01',
      },
    ]);
    const reviews = openReviews(reselected, [], '2027-11-05');
    expect(subjects(reviews)).not.toContain('northside/northside-facilitator');
    expect(reviews.find((r) => r.subjectId === 'northside-facilitator-2027')).toMatchObject({
      kind: 'role-term',
      circleId: 'northside',
      said: { key: 'termReviewTitle', values: { role: 'facilitator', name: 'facilitator', holder: 'Farid Haddad' } },
      reviewDate: '2028-11-01',
      status: 'upcoming',
    });
    // Another role's later term settles nothing else.
    expect(subjects(reviews)).toEqual(
      expect.arrayContaining(['northside/northside-secretary', 'hub/hub-facilitator', 'finance/finance-facilitator']),
    );
  });
});
