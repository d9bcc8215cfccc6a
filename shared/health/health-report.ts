import type { Structure } from '../circles/circle';
import type { Proposal } from '../consent/proposal';
import type { CalendarDate, CircleId, Instant } from '../kernel/ids';
import { dayOf } from '../kernel/time';
import type { Meeting } from '../meetings/meeting';
import type { Review } from '../reviews/reviews';
import { openReviews, overdueReviews } from '../reviews/reviews';
import type { DoubleLinkViolation } from '../roles/double-links';
import { doubleLinkViolations } from '../roles/double-links';
import type { RoleLoad } from '../roles/power-balance';
import { roleLoads } from '../roles/power-balance';
import type { Vacancy } from '../roles/vacancies';
import { vacantRoles } from '../roles/vacancies';
import type { Selection } from '../selection/selection';
import type { ConsentMetrics } from './consent-metrics';
import { consentMetrics } from './consent-metrics';
import type { MonthOfDecisions } from './decision-trend';
import { decisionTrend } from './decision-trend';

export interface GovernanceRecords {
  readonly structure: Structure;
  readonly proposals: readonly Proposal[];
  readonly selections: readonly Selection[];
  readonly meetings: readonly Meeting[];
}

export interface HealthReport {
  readonly circleId: CircleId | null;
  readonly doubleLinkViolations: readonly DoubleLinkViolation[];
  readonly vacancies: readonly Vacancy[];
  readonly overdueReviews: readonly Review[];
  /** For a circle: the load of the people who hold roles in it, counted across the organisation. */
  readonly roleLoads: readonly RoleLoad[];
  readonly consent: ConsentMetrics;
  /** The last six months of decisions, oldest first. */
  readonly trend: readonly MonthOfDecisions[];
  readonly meetingEvaluation: { readonly count: number; readonly averageRating: number | null };
}

const inScopeOf =
  (circleId: CircleId | null) =>
  <T extends { circleId: CircleId }>(items: readonly T[]) =>
    circleId === null ? [...items] : items.filter((i) => i.circleId === circleId);

/** What the organisation's circles as they stand say about a circle's health, or the organisation's. */
export function structureHealth(structure: Structure, today: CalendarDate, circleId: CircleId | null) {
  const inScope = inScopeOf(circleId);
  const loads = roleLoads(structure, today);
  return {
    doubleLinkViolations: inScope(doubleLinkViolations(structure, today)),
    vacancies: inScope(vacantRoles(structure, today)),
    roleLoads: circleId === null ? loads : loads.filter((load) => load.roles.some((role) => role.circleId === circleId)),
  };
}

/**
 * Governance health of one circle, or of the whole organisation when `circleId` is
 * null, measured over the records themselves: what `keptHealthReport` must equal.
 */
export function healthReport(records: GovernanceRecords, now: Instant, circleId: CircleId | null = null): HealthReport {
  const today = dayOf(now);
  const inScope = inScopeOf(circleId);
  const proposals = inScope(records.proposals);
  const selections = records.selections.filter((s) => circleId === null || s.selectingCircleId === circleId);
  const ratings = inScope(records.meetings).flatMap((m) => Object.values(m.evaluations).map((e) => e.rating));
  return {
    circleId,
    ...structureHealth(records.structure, today, circleId),
    overdueReviews: inScope(overdueReviews(openReviews(records.structure, records.proposals, today))),
    consent: consentMetrics(proposals, selections),
    trend: decisionTrend(proposals, selections, now),
    meetingEvaluation: {
      count: ratings.length,
      averageRating: ratings.length === 0 ? null : ratings.reduce((sum, rating) => sum + rating, 0) / ratings.length,
    },
  };
}
