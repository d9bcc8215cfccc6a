import type { Review } from '../../../shared';
import { dueReviews, openReviews, overdueReviews, proposalDecider, reviewTitleIn, roleWords, termReviewTitle } from '../../../shared';
import { textsFor } from '../../../texts/all';
import { step } from '../../support/apply';
import { careCoop, circleOf } from '../../support/care-coop';
import { today } from '../../support/clock';
import { as } from '../../support/people';
import { rotaProposalAt } from '../../support/proposals';
import { adoptedDecision, adoptedRota, changed, withCirclePolicy } from '../../support/review-decisions';

const termEnd = '2027-11-21';

/** Every role term of Riverside Care Co-op, as the review it becomes at its end. */
const fixtureTerms: [string, string, string][] = [
  ['hub', 'hub-facilitator', 'Facilitator term of Chloé Martin'],
  ['hub', 'hub-secretary', 'Secretary term of Ben Hughes'],
  ['northside', 'northside-leader', 'Leader term of Amara Okafor'],
  ['northside', 'northside-delegate', 'Delegate term of Dev Patel'],
  ['northside', 'northside-facilitator', 'Facilitator term of Hana Sato'],
  ['northside', 'northside-secretary', 'Secretary term of Dev Patel'],
  ['finance', 'finance-leader', 'Leader term of Ben Hughes'],
  ['finance', 'finance-delegate', 'Delegate term of Esi Mensah'],
  ['finance', 'finance-facilitator', 'Facilitator term of Chloé Martin'],
  ['finance', 'finance-secretary', 'Secretary term of Esi Mensah'],
];

const key = (review: Review) => `${review.kind}:${review.circleId}:${review.subjectId}`;

describe('feedback loops: every adopted decision and every role term comes back as a review with a date', () => {
  it('lists each role term of the co-op as a review on its term end, titled with the role and its holder', () => {
    const reviews = openReviews(careCoop(), [], today);
    expect(reviews).toHaveLength(fixtureTerms.length);
    const english = (review: Review) => reviewTitleIn(review, (said) => textsFor('en').say('core', said));
    expect(reviews.map((review) => ({ ...review, title: english(review), said: undefined }))).toEqual(
      expect.arrayContaining(
        fixtureTerms.map(([circleId, subjectId, title]) => ({
          kind: 'role-term',
          subjectId,
          circleId,
          title,
          said: undefined,
          reviewDate: termEnd,
          status: 'upcoming',
        })),
      ),
    );
  });

  it('lists an adopted decision as a review on the review date it was adopted with', () => {
    const coop = careCoop();
    const rota = adoptedRota(coop);
    expect(rota.reviewDate).toBe('2027-06-01');
    const reviews = openReviews(coop, [rota], today);
    expect(reviews.filter((r) => r.kind === 'decision')).toEqual([
      {
        kind: 'decision',
        subjectId: 'weekend-rota',
        circleId: 'northside',
        title: 'Rotate weekend shifts monthly',
        reviewDate: '2027-06-01',
        status: 'upcoming',
      },
    ]);
    expect(reviews).toHaveLength(fixtureTerms.length + 1);
  });

  it('brings back every decision and every term exactly once, with a calendar date', () => {
    const coop = careCoop();
    const decisions = [
      adoptedRota(coop),
      adoptedDecision(coop, { proposalId: 'petty-cash', circleId: 'finance', reviewDate: '2027-03-31' }),
      adoptedDecision(coop, { proposalId: 'welcome-pack', circleId: 'hub', reviewDate: '2028-01-15' }),
    ];
    const reviews = openReviews(coop, decisions, today);
    const keys = reviews.map(key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.sort()).toEqual(
      [
        'decision:northside:weekend-rota',
        'decision:finance:petty-cash',
        'decision:hub:welcome-pack',
        ...fixtureTerms.map(([circleId, subjectId]) => `role-term:${circleId}:${subjectId}`),
      ].sort(),
    );
    for (const review of reviews) expect(review.reviewDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('orders reviews by their date, soonest first', () => {
    const coop = careCoop();
    const reviews = openReviews(
      coop,
      [
        adoptedDecision(coop, { proposalId: 'welcome-pack', circleId: 'hub', reviewDate: '2028-01-15' }),
        adoptedRota(coop),
        adoptedDecision(coop, { proposalId: 'petty-cash', circleId: 'finance', reviewDate: '2027-03-31' }),
      ],
      today,
    );
    expect(reviews.map((r) => r.reviewDate)).toEqual(['2027-03-31', '2027-06-01', ...fixtureTerms.map(() => termEnd), '2028-01-15']);
  });

  it('does not bring back proposals that were never adopted', () => {
    const coop = careCoop();
    const inRound = rotaProposalAt(coop, 'consent-round').proposal;
    const draft = rotaProposalAt(coop, 'draft').proposal;
    const withdrawn = step(
      proposalDecider,
      rotaProposalAt(coop, 'reactions'),
      { type: 'withdraw-proposal', proposalId: 'weekend-rota', reason: 'Rota agreed with the agency instead.' },
      as('dev'),
    ).proposal;
    expect(inRound?.status).toBe('consent-round');
    expect(withdrawn?.status).toBe('withdrawn');
    const proposals = [draft, inRound, withdrawn].flatMap((p) => (p ? [p] : []));
    expect(proposals).toHaveLength(3);
    expect(openReviews(coop, proposals, today).filter((r) => r.kind === 'decision')).toEqual([]);
  });

  it('leaves out the decisions and terms of an archived circle', () => {
    let coop = careCoop();
    const pettyCash = adoptedDecision(coop, { proposalId: 'petty-cash', circleId: 'finance', reviewDate: '2027-03-31' });
    coop = changed(coop, [{ type: 'archive-circle', circleId: 'finance' }]);
    const reviews = openReviews(coop, [pettyCash, adoptedRota(coop)], today);
    expect(reviews.filter((r) => r.circleId === 'finance')).toEqual([]);
    expect(reviews.map(key)).toContain('decision:northside:weekend-rota');
  });

  it('names a circle’s own role by its name, drops a retired role’s term, and falls back to the id of a departed holder', () => {
    let coop = careCoop();
    coop = changed(coop, [
      { type: 'define-role', circleId: 'northside', role: { roleId: 'rota-keeper', name: 'Rota keeper' } },
      {
        type: 'assign-role',
        circleId: 'northside',
        assignmentId: 'northside-rota-keeper',
        roleId: 'rota-keeper',
        personId: 'grace',
        termStart: today,
      },
    ]);
    const rotaKeeper = openReviews(coop, [], today).find((r) => r.subjectId === 'northside-rota-keeper');
    expect(rotaKeeper && reviewTitleIn(rotaKeeper, (said) => textsFor('en').say('core', said))).toBe('Rota keeper term of Grace Lin');

    const later = '2027-02-10T09:00:00.000Z';
    const retired = changed(coop, [{ type: 'retire-role', circleId: 'northside', roleId: 'rota-keeper' }], later);
    expect(openReviews(retired, [], '2027-02-10').find((r) => r.subjectId === 'northside-rota-keeper')).toBeUndefined();

    const departed = changed(coop, [{ type: 'remove-member', circleId: 'northside', personId: 'grace' }], later);
    const left = openReviews(departed, [], '2027-02-10').find((r) => r.subjectId === 'northside-rota-keeper');
    expect(left && [reviewTitleIn(left, (said) => textsFor('en').say('core', said)), left.reviewDate]).toEqual([
      'Rota keeper term of grace',
      '2027-02-09',
    ]);
  });
});

describe('a role term’s review is titled by the role’s name', () => {
  const coop = changed(careCoop(), [{ type: 'define-role', circleId: 'northside', role: { roleId: 'rota-keeper', name: 'Rota keeper' } }]);
  const northside = circleOf(coop, 'northside');

  it.each([
    ['leader', 'Leader term of Ann', 'Termijn van Ann als leider'],
    ['delegate', 'Delegate term of Ann', 'Termijn van Ann als afgevaardigde'],
    ['facilitator', 'Facilitator term of Ann', 'Termijn van Ann als gespreksleider'],
    ['secretary', 'Secretary term of Ann', 'Termijn van Ann als secretaris'],
    ['rota-keeper', 'Rota keeper term of Ann', 'Termijn van Ann als Rota keeper'],
    ['night-lead', 'night-lead term of Ann', 'Termijn van Ann als night-lead'],
  ])('role %s’s term reads “%s”, in Dutch “%s”: a standard role in the reader’s words, a custom one by its own name', (roleId, en, nl) => {
    const said = termReviewTitle(northside, roleId, 'Ann');
    expect([textsFor('en').say('core', said), textsFor('nl').say('core', said)]).toEqual([en, nl]);
  });

  it('a role another circle defined is not this circle’s', () => {
    expect(roleWords(circleOf(coop, 'finance'), 'rota-keeper')).toEqual({ role: 'other', name: 'rota-keeper' });
  });
});

describe('reviews are due for decisions and role terms', () => {
  const coop = careCoop();
  const rota = adoptedRota(coop);
  const pettyCash = adoptedDecision(coop, { proposalId: 'petty-cash', circleId: 'finance', reviewDate: '2027-03-31' });

  it('gives each review its status on the day asked about', () => {
    const status = (day: string) => Object.fromEntries(openReviews(coop, [rota, pettyCash], day).map((r) => [r.subjectId, r.status]));
    expect(status('2027-03-16')).toMatchObject({ 'petty-cash': 'upcoming', 'weekend-rota': 'upcoming', 'northside-leader': 'upcoming' });
    expect(status('2027-03-17')).toMatchObject({ 'petty-cash': 'due', 'weekend-rota': 'upcoming' });
    expect(status('2027-04-01')).toMatchObject({ 'petty-cash': 'overdue', 'weekend-rota': 'upcoming' });
    expect(status('2027-05-20')).toMatchObject({ 'petty-cash': 'overdue', 'weekend-rota': 'due', 'northside-leader': 'upcoming' });
    expect(status('2027-11-21')).toMatchObject({ 'weekend-rota': 'overdue', 'northside-leader': 'due', 'hub-secretary': 'due' });
    expect(status('2027-11-22')).toMatchObject({ 'northside-leader': 'overdue', 'finance-secretary': 'overdue' });
  });

  it('a decision’s review uses its own circle’s notice', () => {
    const reviews = openReviews(withCirclePolicy(coop, 'finance', { reminderOffsetsDays: [30, 0] }), [rota, pettyCash], '2027-03-02');
    expect(reviews.find((r) => r.subjectId === 'petty-cash')?.status).toBe('due');
    expect(reviews.find((r) => r.subjectId === 'weekend-rota')?.status).toBe('upcoming');
  });

  it('dueReviews keeps the due and overdue ones; overdueReviews only those past their date', () => {
    const reviews = openReviews(coop, [rota, pettyCash], '2027-05-20');
    expect(dueReviews(reviews).map((r) => [r.subjectId, r.status])).toEqual([
      ['petty-cash', 'overdue'],
      ['weekend-rota', 'due'],
    ]);
    expect(overdueReviews(reviews).map((r) => r.subjectId)).toEqual(['petty-cash']);
    expect(dueReviews(openReviews(coop, [rota, pettyCash], '2027-01-01'))).toEqual([]);
    expect(overdueReviews(openReviews(coop, [rota, pettyCash], '2027-11-22'))).toHaveLength(2 + fixtureTerms.length);
  });
});
