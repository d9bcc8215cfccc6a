import fc from 'fast-check';
import type { Reminder, Review } from '../../../shared';
import { openReviews, reminderDays, reminderId, remindersBetween, remindersFrom } from '../../../shared';
import { careCoop } from '../../support/care-coop';
import { today } from '../../support/clock';
import { adoptedDecision, adoptedRota, withCirclePolicy } from '../../support/review-decisions';

/** The calendar day `n` days after 1 June 2027, computed independently of the core. */
const day = (n: number) => new Date(Date.UTC(2027, 5, 1 + n)).toISOString().slice(0, 10);

const brief = (reminders: readonly Reminder[]) => reminders.map((r) => [r.review.subjectId, r.on, r.daysBefore]);

describe('reminders ahead of a review and on the day', () => {
  it('by default a circle is reminded 14 days before and on the day, earliest first', () => {
    expect(reminderDays('2027-06-01', [14, 0])).toEqual([
      { on: '2027-05-18', daysBefore: 14 },
      { on: '2027-06-01', daysBefore: 0 },
    ]);
  });

  it('orders a circle’s own offsets and drops repeated ones', () => {
    expect(reminderDays('2027-01-05', [0, 14, 7, 14])).toEqual([
      { on: '2026-12-22', daysBefore: 14 },
      { on: '2026-12-29', daysBefore: 7 },
      { on: '2027-01-05', daysBefore: 0 },
    ]);
    expect(reminderDays('2028-03-01', [1])).toEqual([{ on: '2028-02-29', daysBefore: 1 }]);
  });

  describe('for the weekend rota of Northside (review 2027-06-01)', () => {
    const coop = careCoop();
    const reviews = openReviews(coop, [adoptedRota(coop)], today).filter((r) => r.subjectId === 'weekend-rota');

    it('a daily timer reminds 14 days before and again on the day', () => {
      expect(brief(remindersBetween(coop, reviews, '2027-05-17', '2027-05-18'))).toEqual([['weekend-rota', '2027-05-18', 14]]);
      expect(remindersBetween(coop, reviews, '2027-05-18', '2027-05-19')).toEqual([]);
      expect(brief(remindersBetween(coop, reviews, '2027-05-31', '2027-06-01'))).toEqual([['weekend-rota', '2027-06-01', 0]]);
      expect(remindersBetween(coop, reviews, '2027-06-01', '2027-06-02')).toEqual([]);
    });

    it('a run that covers the day it last ran does not remind again; one back after a break catches up on what it missed', () => {
      expect(remindersBetween(coop, reviews, '2027-05-18', '2027-05-18')).toEqual([]);
      expect(brief(remindersBetween(coop, reviews, '2027-05-10', '2027-06-03'))).toEqual([
        ['weekend-rota', '2027-05-18', 14],
        ['weekend-rota', '2027-06-01', 0],
      ]);
    });

    it('the due-date index holds every reminder still to come, and each has an identity of its own', () => {
      expect(brief(remindersFrom(coop, reviews, '2027-05-18'))).toEqual([
        ['weekend-rota', '2027-05-18', 14],
        ['weekend-rota', '2027-06-01', 0],
      ]);
      expect(brief(remindersFrom(coop, reviews, '2027-05-19'))).toEqual([['weekend-rota', '2027-06-01', 0]]);
      const ids = remindersFrom(coop, reviews, '2027-01-01').map(reminderId);
      expect(new Set(ids).size).toBe(2);
      // A review moved to another date is reminded again: its reminders are new ones.
      const moved = reviews.map((r) => ({ ...r, reviewDate: '2027-07-01' }));
      expect(
        remindersFrom(coop, moved, '2027-01-01')
          .map(reminderId)
          .filter((id) => ids.includes(id)),
      ).toEqual([]);
    });

    it('the reminder carries the review it is about, so the card can link to it', () => {
      const [reminder] = remindersBetween(coop, reviews, '2027-05-17', '2027-05-18');
      expect(reminder?.review).toEqual(reviews[0]);
    });
  });

  it('uses each circle’s own offsets', () => {
    const coop = withCirclePolicy(careCoop(), 'northside', { reminderOffsetsDays: [30, 7, 0] });
    const reviews = openReviews(
      coop,
      [adoptedRota(coop), adoptedDecision(coop, { proposalId: 'petty-cash', circleId: 'finance', reviewDate: '2027-06-01' })],
      today,
    ).filter((r) => r.kind === 'decision');
    expect(brief(remindersBetween(coop, reviews, '2027-04-30', '2027-06-01'))).toEqual([
      ['weekend-rota', '2027-05-02', 30],
      ['weekend-rota', '2027-05-25', 7],
      ['weekend-rota', '2027-06-01', 0],
      ['petty-cash', '2027-05-18', 14],
      ['petty-cash', '2027-06-01', 0],
    ]);
  });

  it('reminds role terms as well, on the days before the term ends', () => {
    const coop = careCoop();
    const reminders = remindersBetween(coop, openReviews(coop, [], today), '2027-11-06', '2027-11-07');
    expect(reminders).toHaveLength(10);
    expect(reminders.every((r) => r.review.kind === 'role-term' && r.on === '2027-11-07' && r.daysBefore === 14)).toBe(true);
  });

  it('sends nothing for a review of a circle the organisation no longer has', () => {
    const stray: Review = {
      kind: 'decision',
      subjectId: 'old',
      circleId: 'eastside',
      title: 'Old rota',
      reviewDate: '2027-06-01',
      status: 'due',
    };
    expect(remindersBetween(careCoop(), [stray], '2027-05-01', '2027-06-30')).toEqual([]);
  });
});

describe('property: reminders are neither lost nor repeated across timer runs', () => {
  const base = careCoop();
  const circleIds = ['hub', 'northside', 'finance'] as const;

  it('the reminders of consecutive runs add up to those of (first run, last run], each exactly once', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.integer({ min: 0, max: 60 }), { minLength: 1, maxLength: 5 }), { minLength: 3, maxLength: 3 }),
        fc.array(fc.record({ circle: fc.integer({ min: 0, max: 2 }), date: fc.integer({ min: -30, max: 120 }) }), {
          minLength: 1,
          maxLength: 8,
        }),
        fc.uniqueArray(fc.integer({ min: -100, max: 150 }), { minLength: 2, maxLength: 12 }),
        (offsetsPerCircle, reviewSpecs, runDays) => {
          const structure = circleIds.reduce(
            (s, circleId, i) => withCirclePolicy(s, circleId, { reminderOffsetsDays: offsetsPerCircle[i] ?? [0] }),
            base,
          );
          const reviews: Review[] = reviewSpecs.map((spec, i) => ({
            kind: i % 2 === 0 ? 'decision' : 'role-term',
            subjectId: `review-${i}`,
            circleId: circleIds[spec.circle] ?? 'hub',
            title: `Review ${i}`,
            reviewDate: day(spec.date),
            status: 'upcoming',
          }));
          const runs = [...runDays].sort((a, b) => a - b).map(day);
          const first = runs[0] as string;
          const last = runs[runs.length - 1] as string;

          const sent = runs.slice(1).flatMap((run, i) => remindersBetween(structure, reviews, runs[i] as string, run));
          const keys = sent.map((r) => `${r.review.subjectId}@${r.on}`);
          expect(new Set(keys).size).toBe(keys.length);

          // What should be sent, worked out from the specs alone.
          const expected = reviewSpecs.flatMap((spec, i) =>
            [...new Set(offsetsPerCircle[spec.circle] ?? [])]
              .map((before) => `review-${i}@${day(spec.date - before)}`)
              .filter((k) => {
                const on = k.split('@')[1] as string;
                return first < on && on <= last;
              }),
          );
          expect([...keys].sort()).toEqual([...expected].sort());
          expect(brief(sent).sort()).toEqual(brief(remindersBetween(structure, reviews, first, last)).sort());
        },
      ),
      { numRuns: 100 },
    );
  });
});
