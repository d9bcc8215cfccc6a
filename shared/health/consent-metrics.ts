import type { Objection } from '../consent/answers';
import type { ConsentRound } from '../consent/consent-round';
import { hasAnswered } from '../consent/consent-round';
import type { Proposal } from '../consent/proposal';
import type { Selection } from '../selection/selection';

export interface ConsentMetrics {
  readonly decided: number;
  /** Share of those asked who answered, over rounds that reached a decision; null with none. */
  readonly participationRate: number | null;
  readonly objectionsRaised: number;
  readonly objectionsIntegrated: number;
  readonly objectionsWithdrawn: number;
  readonly objectionsOpen: number;
  /** Days from draft to adoption, median over adopted proposals; null with none. */
  readonly medianDaysToDecision: number | null;
}

export const dayMs = 24 * 60 * 60 * 1000;

/** The middle value (the mean of the two middle ones for an even count); null with none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** Participation, objections and time to decision over the given proposals and selections. */
export function consentMetrics(proposals: readonly Proposal[], selections: readonly Selection[]): ConsentMetrics {
  const decidedRounds: ConsentRound[] = [
    ...proposals.flatMap((p) => (p.status === 'adopted' ? [p.round] : [])),
    ...selections.flatMap((s) => (s.status === 'recorded' ? [s.round] : [])),
  ];
  const asked = decidedRounds.reduce((sum, round) => sum + round.eligible.length, 0);
  const answered = decidedRounds.reduce((sum, round) => sum + round.eligible.filter((p) => hasAnswered(round, p)).length, 0);
  const objections: Objection[] = [...proposals.flatMap((p) => p.objections), ...selections.flatMap((s) => s.objections)];
  const count = (status: Objection['status']) => objections.filter((o) => o.status === status).length;
  // An objection on a withdrawn proposal or selection blocks nothing any more.
  const stillBlocking = [
    ...proposals.filter((p) => p.status !== 'withdrawn').flatMap((p) => p.objections),
    ...selections.filter((s) => s.status !== 'withdrawn').flatMap((s) => s.objections),
  ].filter((o) => o.status === 'open').length;
  const days = proposals.flatMap((p) => (p.status === 'adopted' ? [(Date.parse(p.adoptedAt) - Date.parse(p.createdAt)) / dayMs] : []));
  return {
    decided: decidedRounds.length,
    participationRate: asked === 0 ? null : answered / asked,
    objectionsRaised: objections.length,
    objectionsIntegrated: count('integrated'),
    objectionsWithdrawn: count('withdrawn'),
    objectionsOpen: stillBlocking,
    medianDaysToDecision: median(days),
  };
}
