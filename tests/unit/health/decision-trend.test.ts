import fc from 'fast-check';
import type { Proposal } from '../../../shared';
import { consentMetrics, decisionTrend } from '../../../shared';
import { careCoop } from '../../support/care-coop';
import { daysFromNow, now } from '../../support/clock';
import { recordedSelection } from '../../support/health-records';
import { adoptedDecision, closeRound, decisionInRound } from '../../support/review-decisions';

describe('decisions month by month (the health charts of participation and time to decision)', () => {
  const coop = careCoop();
  // Drafted in early July, adopted on 20 July after 19 days, four of five answering.
  const july = adoptedDecision(coop, {
    proposalId: 'key-safe',
    reviewDate: '2027-07-01',
    draftedAt: '2026-07-01T09:00:00.000Z',
    decidedAt: '2026-07-20T09:00:00.000Z',
    answers: { amara: { kind: 'consent' }, dev: { kind: 'consent' }, farid: { kind: 'consent' }, hana: { kind: 'consent' } },
  });
  // Two in November: one the same day, one over 4 days.
  const sameDay = adoptedDecision(coop, {
    proposalId: 'petty-cash',
    circleId: 'finance',
    reviewDate: '2027-03-31',
    draftedAt: daysFromNow(-10),
    decidedAt: daysFromNow(-10),
  });
  const fourDays = adoptedDecision(coop, {
    proposalId: 'mileage',
    reviewDate: '2027-03-31',
    draftedAt: daysFromNow(-6),
    decidedAt: daysFromNow(-2),
  });
  const undecided = closeRound(
    decisionInRound(coop, {
      proposalId: 'uniforms',
      reviewDate: '2027-09-01',
      answers: { grace: { kind: 'object', text: 'Uniforms feel clinical at home.' } },
    }),
    now,
  ).proposal as Proposal;
  const september = recordedSelection(coop, {
    selectionId: 'northside-secretary-2027',
    circleId: 'northside',
    roleId: 'secretary',
    candidate: 'dev',
    answerers: ['hana', 'amara', 'dev'],
    at: '2026-09-15T09:00:00.000Z',
  });

  it('gives the last six months up to this one, oldest first, each with its own decisions; a quiet month has nulls, not zeros', () => {
    const trend = decisionTrend([july, sameDay, fourDays, undecided], [september], now);
    expect(trend).toEqual([
      { month: '2026-06', decided: 0, participationRate: null, medianDaysToDecision: null },
      { month: '2026-07', decided: 1, participationRate: 4 / 5, medianDaysToDecision: 19 },
      { month: '2026-08', decided: 0, participationRate: null, medianDaysToDecision: null },
      // The September selection: three of Northside's five answered; selections have no draft, so no time to decision.
      { month: '2026-09', decided: 1, participationRate: 3 / 5, medianDaysToDecision: null },
      { month: '2026-10', decided: 0, participationRate: null, medianDaysToDecision: null },
      { month: '2026-11', decided: 2, participationRate: 1, medianDaysToDecision: 2 },
    ]);
  });

  it('leaves out decisions older than the window and keeps the year boundary in order', () => {
    expect(decisionTrend([july], [], '2027-02-03T00:00:00.000Z', 3).map((m) => [m.month, m.decided])).toEqual([
      ['2026-12', 0],
      ['2027-01', 0],
      ['2027-02', 0],
    ]);
    expect(decisionTrend([july], [], '2027-01-31T23:59:59.000Z', 7).map((m) => m.month)).toEqual([
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
      '2026-12',
      '2027-01',
    ]);
  });

  it('counts every decision of the window once: the months add up to the metrics of the decisions made in them', () => {
    const decisions = [july, sameDay, fourDays];
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 36 }),
        fc.date({ min: new Date('2026-07-01T00:00:00Z'), max: new Date('2029-12-31T00:00:00Z'), noInvalidDate: true }),
        (months, at) => {
          const trend = decisionTrend(decisions, [september], at.toISOString(), months);
          expect(trend).toHaveLength(months);
          expect(new Set(trend.map((m) => m.month)).size).toBe(months);
          expect(trend.at(-1)?.month).toBe(at.toISOString().slice(0, 7));
          const window = new Set(trend.map((m) => m.month));
          const inWindow = decisions.filter((d) => window.has(d.adoptedAt.slice(0, 7)));
          const selectionsIn = window.has(september.status === 'recorded' ? september.recordedAt.slice(0, 7) : '') ? [september] : [];
          expect(trend.reduce((sum, m) => sum + m.decided, 0)).toBe(consentMetrics(inWindow, selectionsIn).decided);
        },
      ),
    );
  });
});
