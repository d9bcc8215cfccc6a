import type { Proposal } from '../consent/proposal';
import type { Id, Instant } from '../kernel/ids';

/** The adopted decision that held an earlier decision's review, as the earlier one's story names it. */
export interface ReviewingDecision {
  readonly proposalId: Id;
  readonly title: string;
  readonly adoptedAt: Instant;
}

/**
 * The decision a proposal reviewed and what to say of it there: only an adopted
 * decision holds a review, only a decision of its own circle (`openReviews`), and only
 * a decision (not a role term) has a story to name it in.
 */
export function reviewedBy(proposal: Proposal): { readonly circleId: Id; readonly reviewed: Id; readonly by: ReviewingDecision } | null {
  if (proposal.status !== 'adopted' || proposal.reviewOf?.kind !== 'decision') return null;
  return {
    circleId: proposal.circleId,
    reviewed: proposal.reviewOf.proposalId,
    by: { proposalId: proposal.proposalId, title: proposal.title, adoptedAt: proposal.adoptedAt },
  };
}
