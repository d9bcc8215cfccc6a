import type { Proposal } from '../consent/proposal';
import type { Instant } from '../kernel/ids';
import { addMonths, dayOf } from '../kernel/time';
import type { Selection } from '../selection/selection';
import { consentMetrics } from './consent-metrics';

/** One calendar month (UTC) of decisions, for charts of participation and time to decision over time. */
export interface MonthOfDecisions {
  /** YYYY-MM */
  readonly month: string;
  readonly decided: number;
  readonly participationRate: number | null;
  readonly medianDaysToDecision: number | null;
}

/** The month of a decision: when the proposal was adopted or the term recorded. */
function decidedIn(record: Proposal | Selection): string | null {
  if ('proposalId' in record) return record.status === 'adopted' ? record.adoptedAt.slice(0, 7) : null;
  return record.status === 'recorded' ? record.recordedAt.slice(0, 7) : null;
}

/** The last `months` calendar months (YYYY-MM) up to and including the one of `now`, oldest first. */
export function trendMonths(now: Instant, months: number): string[] {
  const firstOfThisMonth = `${dayOf(now).slice(0, 7)}-01`;
  return Array.from({ length: months }, (_, index) => addMonths(firstOfThisMonth, index - months + 1).slice(0, 7));
}

/**
 * The last `months` calendar months up to and including the one of `now`, oldest
 * first, each measured as consentMetrics measures the whole: a month without
 * decisions is present with nulls, so a chart shows the gap instead of hiding it.
 */
export function decisionTrend(
  proposals: readonly Proposal[],
  selections: readonly Selection[],
  now: Instant,
  months = 6,
): MonthOfDecisions[] {
  return trendMonths(now, months).map((month) => {
    const metrics = consentMetrics(
      proposals.filter((p) => decidedIn(p) === month),
      selections.filter((s) => decidedIn(s) === month),
    );
    return {
      month,
      decided: metrics.decided,
      participationRate: metrics.participationRate,
      medianDaysToDecision: metrics.medianDaysToDecision,
    };
  });
}
