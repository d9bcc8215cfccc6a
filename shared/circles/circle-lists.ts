import { z } from 'zod';
import type { Circle } from './circle';
import type { Proposal } from '../consent/proposal';
import { ProposalStage } from '../consent/proposal';
import { decidedGuide, proposalGuide } from '../guide/guide';
import type { RoundTally } from '../inbox/awaiting';
import { proposalAwaits, proposalTally } from '../inbox/awaiting';
import { CalendarDate, CircleId, Id, Instant, PersonId } from '../kernel/ids';
import type { Selection } from '../selection/selection';

/**
 * What a circle's page lists: its proposals, role selections and meetings, a page
 * at a time, newest first.
 */
export const CircleListQuery = z.object({
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
  after: z.string().regex(/^[A-Za-z0-9_-]{1,1400}$/, 'Use the `next` of the page before, as it was given.').optional(),
});
export type CircleListQuery = z.infer<typeof CircleListQuery>;

/**
 * What a circle's list keeps of a proposal: enough to find it and say where it
 * stands, without its texts, questions and answers. A decision is final, so a decided
 * proposal's listing never changes.
 */
export const ProposalListing = z.object({
  proposalId: Id,
  circleId: CircleId,
  title: z.string(),
  status: ProposalStage,
  author: PersonId,
  revision: z.number().int().min(1),
  createdAt: Instant,
  reviewDate: CalendarDate,
  /** When it was adopted or withdrawn; none while undecided. */
  decidedAt: Instant.nullable(),
  /** Who withdrew it and why; none unless withdrawn. */
  withdrawal: z.object({ by: PersonId, reason: z.string() }).nullable(),
});
export type ProposalListing = z.infer<typeof ProposalListing>;

/** A proposal as a circle's list shows it: its listing, the guide to its stage, whether the caller's answer is awaited and its round's tally. */
export type ListedProposal = ProposalListing & { readonly guide: string; readonly awaitsCaller: boolean; readonly tally: RoundTally | null };

function decidedAt(proposal: Proposal): string | null {
  if (proposal.status === 'adopted') return proposal.adoptedAt;
  if (proposal.status === 'withdrawn') return proposal.withdrawnAt;
  return null;
}

/** What a circle's list keeps of a proposal. */
export function proposalListing(proposal: Proposal): ProposalListing {
  const { proposalId, circleId, title, status, author, revision, createdAt, reviewDate } = proposal;
  const withdrawal = proposal.status === 'withdrawn' ? { by: proposal.withdrawnBy, reason: proposal.reason } : null;
  return { proposalId, circleId, title, status, author, revision, createdAt, reviewDate, decidedAt: decidedAt(proposal), withdrawal };
}

/** A proposal read whole, as its circle's list shows it to `personId` (none for a timer) on `day`. */
export function listedProposal(proposal: Proposal, circle: Circle, personId: PersonId | null, day: CalendarDate): ListedProposal {
  return {
    ...proposalListing(proposal),
    guide: proposalGuide(proposal, circle, day),
    awaitsCaller: personId !== null && proposalAwaits(proposal, circle, personId),
    tally: proposalTally(proposal, circle),
  };
}

/**
 * A decided proposal as its circle's list shows it, from its listing alone: a
 * decision awaits no one and runs no round, and its guide says only when and how it
 * was decided, so the list need not read the proposal.
 */
export function listedDecision(listing: ProposalListing, circle: Circle): ListedProposal | null {
  const { decidedAt } = listing;
  return decidedAt === null ? null : { ...listing, guide: decidedGuide({ ...listing, decidedAt }, circle), awaitsCaller: false, tally: null };
}

/** The circles whose lists show a role selection: the circle whose role it fills and, for a leader, the parent that holds it. */
export function selectionListedIn(selection: Selection): CircleId[] {
  return [...new Set([selection.circleId, selection.selectingCircleId])];
}
