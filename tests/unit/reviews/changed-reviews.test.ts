import fc from 'fast-check';
import type { ChangedReviews, Review, Structure } from '../../../shared';
import {
  circleRemindersBetween,
  keptTermReviews,
  openReviews,
  reminderId,
  reminderSubject,
  remindersBetween,
  reviewsChangedBetween,
  reviewsChangedByDecision,
  structureDecider,
  transition,
} from '../../../shared';
import { careCoop, circleOf } from '../../support/care-coop';
import { now, today } from '../../support/clock';
import { admin } from '../../support/people';
import { adoptedDecision, changed, decisionInRound, withCirclePolicy } from '../../support/review-decisions';

/** Each circle a change names, with what of it is reminded anew. */
const brief = (changes: readonly ChangedReviews[]) =>
  changes.map(({ circle, reviews }) => [
    circle.circleId,
    reviews === 'every' ? 'every' : reviews.map((r) => `${r.kind}:${r.subjectId}@${r.reviewDate}`),
  ]);

describe('the reviews a stored change moved, so only their reminders are indexed again', () => {
  const coop = careCoop();

  it('adopting a decision moves its own review, in its circle', () => {
    const rota = adoptedDecision(coop, { proposalId: 'weekend-rota', reviewDate: '2027-06-01' });
    expect(brief(reviewsChangedByDecision(circleOf(coop, 'northside'), rota))).toEqual([
      ['northside', ['decision:weekend-rota@2027-06-01']],
    ]);
  });

  it('a proposal not adopted moves no review', () => {
    const inRound = decisionInRound(coop, { proposalId: 'weekend-rota', reviewDate: '2027-06-01' }).proposal;
    if (!inRound) throw new Error('no proposal in its round');
    expect(reviewsChangedByDecision(circleOf(coop, 'northside'), inRound)).toEqual([]);
  });

  it('a new role term moves its own review only; a member joining moves none', () => {
    const assigned = changed(coop, [
      {
        type: 'assign-role',
        circleId: 'finance',
        assignmentId: 'finance-facilitator-2',
        roleId: 'facilitator',
        personId: 'esi',
        termStart: '2027-01-01',
        termEnd: '2027-12-31',
      },
    ]);
    // Esi's term follows Chloe's, whose review it settles: Chloe's is no longer kept, so nothing of hers is reminded.
    expect(brief(reviewsChangedBetween(coop, assigned))).toEqual([['finance', ['role-term:finance-facilitator-2@2027-12-31']]]);
    const joined = changed(coop, [{ type: 'add-member', circleId: 'finance', member: { personId: 'farid', displayName: 'Farid Haddad' } }]);
    expect(reviewsChangedBetween(coop, joined)).toEqual([]);
  });

  it('a term ended early moves its review to the last day', () => {
    const ended = changed(coop, [{ type: 'end-term', circleId: 'hub', assignmentId: 'hub-secretary', lastDay: '2027-02-01' }]);
    expect(brief(reviewsChangedBetween(coop, ended))).toEqual([['hub', ['role-term:hub-secretary@2027-02-01']]]);
  });

  it('new reminder days move every review of that circle, its decisions too; an archived circle reminds of nothing', () => {
    expect(brief(reviewsChangedBetween(coop, withCirclePolicy(coop, 'northside', { reminderOffsetsDays: [30, 0] })))).toEqual([
      ['northside', 'every'],
    ]);
    expect(reviewsChangedBetween(coop, changed(coop, [{ type: 'archive-circle', circleId: 'finance' }]))).toEqual([]);
  });

  it('a circle created with its terms moves their reviews', () => {
    const created = changed(coop, [
      {
        type: 'create-circle',
        circleId: 'eastside',
        name: 'Eastside care team',
        aim: 'Support people at home in Eastside',
        domain: 'Rotas in Eastside',
        parentId: 'hub',
      },
      { type: 'add-member', circleId: 'eastside', member: { personId: 'grace', displayName: 'Grace Okafor' } },
      {
        type: 'assign-role',
        circleId: 'eastside',
        assignmentId: 'eastside-facilitator',
        roleId: 'facilitator',
        personId: 'grace',
        termStart: today,
      },
    ]);
    const eastside = circleOf(created, 'eastside');
    expect(brief(reviewsChangedBetween(coop, created))).toEqual([
      ['eastside', keptTermReviews(eastside).map((r) => `${r.kind}:${r.subjectId}@${r.reviewDate}`)],
    ]);
  });

  it('property: after any change of terms, the reminders of the moved reviews and those already known give every reminder there is', () => {
    const circleIds = ['hub', 'northside', 'finance'] as const;
    const remindersOf = (structure: Structure) =>
      new Set(remindersBetween(structure, openReviews(structure, [], today), today, '9999-12-31').map(reminderId));
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            circle: fc.integer({ min: 0, max: 2 }),
            role: fc.constantFrom('facilitator', 'secretary'),
            lastDay: fc.integer({ min: 1, max: 500 }),
            end: fc.boolean(),
          }),
          { minLength: 1, maxLength: 4 },
        ),
        fc.option(fc.array(fc.integer({ min: 0, max: 60 }), { minLength: 1, maxLength: 3 }), { nil: undefined }),
        (changes, offsets) => {
          let after = offsets ? withCirclePolicy(coop, 'finance', { reminderOffsetsDays: offsets }) : coop;
          changes.forEach((change, i) => {
            const circleId = circleIds[change.circle] ?? 'hub';
            const day = new Date(Date.UTC(2026, 10, 21 + change.lastDay)).toISOString().slice(0, 10);
            const command = change.end
              ? { type: 'end-term', circleId, assignmentId: `${circleId}-${change.role}`, lastDay: day }
              : {
                  type: 'assign-role',
                  circleId,
                  assignmentId: `${circleId}-${change.role}-${i}`,
                  roleId: change.role,
                  personId: circleOf(after, circleId).members[0]?.personId,
                  termStart: day,
                };
            // A change the core refuses (a term already ended, a role limit) changes nothing.
            const stepped = transition(structureDecider, after, command, admin, now);
            if (stepped.ok) after = stepped.value.state;
          });
          const reviews = openReviews(after, [], today);
          const moved = reviewsChangedBetween(coop, after).flatMap(({ circle, reviews: named }) =>
            circleRemindersBetween(
              circle,
              reviews.filter(
                (r) =>
                  r.circleId === circle.circleId &&
                  (named === 'every' ||
                    named.some((n) => n.kind === r.kind && n.subjectId === r.subjectId && n.reviewDate === r.reviewDate)),
              ),
              today,
              '9999-12-31',
            ).map(reminderId),
          );
          const known = remindersOf(coop);
          for (const id of remindersOf(after)) expect(known.has(id) || moved.includes(id)).toBe(true);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('a reminder’s identity names its review', () => {
  const review: Review = {
    kind: 'decision',
    subjectId: 'weekend-rota',
    circleId: 'northside',
    title: 'Weekend rota',
    reviewDate: '2027-06-01',
    status: 'upcoming',
  };

  it('is read back as the review and the days before it, as the index holds it', () => {
    const [reminder] = remindersBetween(careCoop(), [review], '2027-05-17', '2027-05-18');
    if (!reminder) throw new Error('no reminder on 18 May');
    expect(reminderSubject(reminderId(reminder))).toEqual({
      kind: 'decision',
      circleId: 'northside',
      subjectId: 'weekend-rota',
      reviewDate: '2027-06-01',
      daysBefore: 14,
    });
  });

  it('names nothing when the index holds what `reminderId` did not make', () => {
    for (const id of [
      '',
      'not json',
      '{}',
      '["decision","northside","rota","2027-06-01"]',
      '["meeting","northside","rota","2027-06-01",0]',
      '["decision","northside","rota","June",0]',
      '["decision","northside","__proto__","2027-06-01",-1]',
    ]) {
      expect(reminderSubject(id)).toBeNull();
    }
  });

  it('property: any review’s reminder is read back as that review', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('decision' as const, 'role-term' as const),
        fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,39}$/),
        fc.integer({ min: 0, max: 365 }),
        (kind, subjectId, daysBefore) => {
          const id = reminderId({ review: { ...review, kind, subjectId }, on: '2027-01-01', daysBefore });
          expect(reminderSubject(id)).toEqual({ kind, circleId: 'northside', subjectId, reviewDate: '2027-06-01', daysBefore });
        },
      ),
    );
  });

  it('a circle’s reminders are those `remindersBetween` gives for it, read without the other circles', () => {
    const coop = withCirclePolicy(careCoop(), 'northside', { reminderOffsetsDays: [30, 7, 0] });
    const reviews = openReviews(coop, [adoptedDecision(coop, { proposalId: 'weekend-rota', reviewDate: '2027-06-01' })], today);
    for (const circleId of ['hub', 'northside', 'finance']) {
      const own = reviews.filter((r) => r.circleId === circleId);
      expect(circleRemindersBetween(circleOf(coop, circleId), reviews, today, '2028-12-31')).toEqual(
        remindersBetween(coop, own, today, '2028-12-31'),
      );
    }
  });
});
