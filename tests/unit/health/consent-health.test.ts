import { healthReport } from '../../../shared';
import { now } from '../../support/clock';
import { aMonthOfRecords } from '../../support/health-month';

/**
 * Northside: four proposals (decided with Grace absent; amended after her objection;
 * Farid's objection withdrawn; one waiting on Amara's objection), a secretary selection
 * with three of five present, a meeting rated 4, 5 and 3. Finance: one decision after
 * three days, a meeting rated 2. The hub: Northside's leader selection, everyone answering.
 */
describe('governance health per circle and for the organisation: consent and meetings', () => {
  const records = aMonthOfRecords();

  it('for the organisation: participation, objections, median days to decision and meeting evaluations', () => {
    const report = healthReport(records, now);
    expect(report.consent).toEqual({
      decided: 6,
      participationRate: 25 / 28,
      objectionsRaised: 3,
      objectionsIntegrated: 1,
      objectionsWithdrawn: 1,
      objectionsOpen: 1,
      medianDaysToDecision: 4.5,
    });
    expect(report.meetingEvaluation).toEqual({ count: 4, averageRating: 3.5 });
  });

  it('for Northside: its own proposals, its own selection and its own meeting', () => {
    const report = healthReport(records, now, 'northside');
    expect(report.consent).toEqual({
      decided: 4,
      participationRate: 17 / 20,
      objectionsRaised: 3,
      objectionsIntegrated: 1,
      objectionsWithdrawn: 1,
      objectionsOpen: 1,
      medianDaysToDecision: 6,
    });
    expect(report.meetingEvaluation).toEqual({ count: 3, averageRating: 4 });
  });

  it('a leader’s selection counts where its consent round was held: in the parent circle', () => {
    const hub = healthReport(records, now, 'hub');
    expect(hub.consent).toMatchObject({ decided: 1, participationRate: 1, objectionsRaised: 0, medianDaysToDecision: null });
    expect(hub.meetingEvaluation).toEqual({ count: 0, averageRating: null });
  });

  it('for Finance: its one decision', () => {
    const finance = healthReport(records, now, 'finance');
    expect(finance.consent).toEqual({
      decided: 1,
      participationRate: 1,
      objectionsRaised: 0,
      objectionsIntegrated: 0,
      objectionsWithdrawn: 0,
      objectionsOpen: 0,
      medianDaysToDecision: 3,
    });
    expect(finance.meetingEvaluation).toEqual({ count: 1, averageRating: 2 });
  });
});
