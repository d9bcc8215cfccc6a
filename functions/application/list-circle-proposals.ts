import type { Actor, CalendarDate, CircleListQuery, ListedProposal, Result } from '../../shared';
import { listedProposal, ok, readsCircleWork } from '../../shared';
import type { ListingPorts } from './list-pages';
import { noCircle, tokenRefused } from './list-pages';
import { keptRead } from './read-logbook';

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
 * member, their inbox's proposals (whose answer the running rounds await): no proposal whole,
 * however many are undecided.
 */
export async function listCircleProposals(
  ports: ListingPorts,
  tenantId: string,
  circleId: string,
  actor: Actor,
  query: CircleListQuery,
  today: CalendarDate,
): Promise<Result<ProposalList>> {
  const [circle] = await ports.listings.circles(tenantId, [circleId]);
  if (!circle) return noCircle(circleId);
  const undecided = readsCircleWork(circle, actor);
  const me = actor.kind === 'person' && undecided ? actor.personId : null;
  // The page's marker read covers the inbox too, both projected together (on a tenant's very first read, before its
  // rows are projected, the inbox read beside it is empty: that one page shows no round awaiting the caller).
  const [page, awaited] = await Promise.all([
    keptRead(ports, tenantId, () => ports.listings.proposals(tenantId, circleId, query, undecided)),
    me === null ? new Set<string>() : ports.inbox.awaitedIds(tenantId, me, 'proposal'),
  ]);
  if (page === null) return tokenRefused();
  const proposals = page.items.map((listing) => listedProposal(listing, circle, awaited.has(listing.proposalId), today));
  return ok({ proposals, pageSize: query.pageSize, next: page.next });
}
