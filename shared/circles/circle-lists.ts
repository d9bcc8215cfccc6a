import { z } from 'zod';
import type { Circle } from './circle';
import { RoundMode } from './policy';
import type { Proposal } from '../consent/proposal';
import { ProposalStage } from '../consent/proposal';
import type { GuideSaid } from '../guide/guide';
import { guideFacts, stageGuide } from '../guide/guide';
import { CalendarDate, CircleId, Id, Instant, PersonId } from '../kernel/ids';
import type { Selection } from '../selection/selection';

/**
 * What a circle's page lists: its proposals, role selections and meetings, a page
 * at a time, newest first.
 */
export const CircleListQuery = z.object({
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
  after: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,1400}$/, 'pageTokenRefused')
    .optional(),
});
export type CircleListQuery = z.infer<typeof CircleListQuery>;

/**
 * What a circle's list keeps of a proposal: enough to find it, say where it stands
 * and guide its stage (`GuideFacts`), without its texts, questions and answers.
 * Every write of the proposal's header keeps it; an answer changes none of it.
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
  round: z.object({ mode: RoundMode, deadline: Instant.nullable() }).nullable(),
  decidedAt: Instant.nullable(),
  withdrawal: z.object({ by: PersonId, reason: z.string() }).nullable(),
});
export type ProposalListing = z.infer<typeof ProposalListing>;

/**
 * A proposal as a circle's list shows it: its listing, the guide to its stage (words
 * each reader reads in theirs) and whether it awaits the caller (an answer, or their part in integration).
 */
export type ListedProposal = ProposalListing & { readonly guide: GuideSaid; readonly awaitsCaller: boolean };

/** What a circle's list keeps of a proposal. */
export function proposalListing(proposal: Proposal): ProposalListing {
  const { proposalId, circleId, title, revision, createdAt } = proposal;
  return { proposalId, circleId, title, revision, createdAt, ...guideFacts(proposal) };
}

/**
 * A proposal as its circle's list shows it on `day`, from its listing alone; whether
 * it awaits the caller is the caller's inbox's to say (`proposalInbox`), kept
 * with each step, so the list reads no proposal whole.
 */
export function listedProposal(listing: ProposalListing, circle: Circle, awaitsCaller: boolean, day: CalendarDate): ListedProposal {
  return { ...listing, guide: stageGuide(listing, circle, day), awaitsCaller };
}

/** The circles whose lists show a role selection: the circle whose role it fills and, for a leader, the parent that holds it. */
export function selectionListedIn(selection: Selection): CircleId[] {
  return [...new Set([selection.circleId, selection.selectingCircleId])];
}
