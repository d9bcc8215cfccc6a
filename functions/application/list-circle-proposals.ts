import type { Actor, CalendarDate, CircleListQuery, ListedProposal, Result } from '../../shared';
import { listedProposal, ok, readsCircleWork } from '../../shared';
import type { ListingPorts } from './list-pages';
import { keptRead, noCircle, tokenRefused } from './list-pages';

/** A page of a circle's proposals as the caller may read them. */
export interface ProposalList {
  readonly proposals: readonly ListedProposal[];
  readonly pageSize: number;
  readonly next: string | null;
}

/**
 * The circle's proposals the caller may read, a page at a time: its undecided ones
 * first for those who follow its work (its members), then its decisions, newest
 * first, for everyone. Reads the circle, then at once a page of its list and, for a
 * member, their inbox (whose answer the running rounds await): no proposal whole,
 * however many are undecided.
 */
export async function listCircleProposals(ports: ListingPorts, tenantId: string, circleId: string, actor: Actor, query: CircleListQuery, today: CalendarDate): Promise<Result<ProposalList>> {
  const [circle] = await ports.listings.circles(tenantId, [circleId]);
  if (!circle) return noCircle(circleId);
  const undecided = readsCircleWork(circle, actor);
  const me = actor.kind === 'person' && undecided ? actor.personId : null;
  const awaiting = (personId: string) => keptRead(ports, tenantId, () => ports.inbox.awaiting(tenantId, personId));
  const [page, inbox] = await Promise.all([
    keptRead(ports, tenantId, () => ports.listings.proposals(tenantId, circleId, query, undecided)),
    me === null ? null : awaiting(me),
  ]);
  if (page === null) return tokenRefused();
  const awaited = new Set((inbox?.entries ?? []).filter((entry) => entry.kind === 'proposal').map((entry) => entry.id));
  const proposals = page.items.map((listing) => listedProposal(listing, circle, awaited.has(listing.proposalId), today));
  return ok({ proposals, pageSize: query.pageSize, next: page.next });
}
