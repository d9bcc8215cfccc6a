import type { Structure } from '../circles/circle';
import type { CircleId, Instant } from '../kernel/ids';
import { dayOf } from '../kernel/time';
import type { Review } from '../reviews/reviews';
import type { ConsentMetrics } from './consent-metrics';
import { dayMs, median } from './consent-metrics';
import { trendMonths } from './decision-trend';
import type { HealthReport } from './health-report';
import { structureHealth } from './health-report';
import type { HealthTally, MonthTally } from './health-tally';
import { emptyTally } from './health-tally';

/** What health is read from when the records are not: the circles as they stand, and tallies kept as decisions are made. */
export interface KeptHealth {
  readonly structure: Structure;
  /** The tally of every record in scope: the circle's (a selection under the circle that selects), or the organisation's. */
  readonly tally: HealthTally;
  /** The reviews in scope whose status today is overdue. */
  readonly overdueReviews: readonly Review[];
}

/** Participation, objections and time to decision, as `consentMetrics` measures them over the records tallied. */
export function tallyConsent(tally: HealthTally): ConsentMetrics {
  const months = Object.values(tally.months);
  const sum = (of: (month: MonthTally) => number) => months.reduce((total, month) => total + of(month), 0);
  const asked = sum((month) => month.asked);
  return {
    decided: sum((month) => month.decided),
    participationRate: asked === 0 ? null : sum((month) => month.answered) / asked,
    objectionsRaised: tally.objections.raised,
    objectionsIntegrated: tally.objections.integrated,
    objectionsWithdrawn: tally.objections.withdrawn,
    objectionsOpen: tally.objections.open,
    medianDaysToDecision: median(months.flatMap((month) => month.toDecisionMs.map((ms) => ms / dayMs))),
  };
}

/** Governance health of one circle, or of the organisation when `circleId` is null, from what is kept: the same report as `healthReport` over the records. */
export function keptHealthReport(kept: KeptHealth, now: Instant, circleId: CircleId | null = null): HealthReport {
  const { ratings } = kept.tally;
  return {
    circleId,
    ...structureHealth(kept.structure, dayOf(now), circleId),
    overdueReviews: kept.overdueReviews,
    consent: tallyConsent(kept.tally),
    trend: trendMonths(now, 6).map((month) => {
      const metrics = tallyConsent({
        ...emptyTally,
        months: Object.hasOwn(kept.tally.months, month) ? { [month]: kept.tally.months[month] as MonthTally } : {},
      });
      return {
        month,
        decided: metrics.decided,
        participationRate: metrics.participationRate,
        medianDaysToDecision: metrics.medianDaysToDecision,
      };
    }),
    meetingEvaluation: { count: ratings.count, averageRating: ratings.count === 0 ? null : ratings.sum / ratings.count },
  };
}
