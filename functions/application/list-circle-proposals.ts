import type { Actor, CalendarDate, CircleListQuery, ListedProposal, Result } from '../../shared';
import { listedDecision, listedProposal, ok, readProposal, readsCircleWork } from '../../shared';
import type { ListingPorts } from './list-pages';
import { listedPage, noCircle, tokenRefused } from './list-pages';

/** A page of a circle's proposals as the caller may read them. */
export interface ProposalList {
  readonly proposals: readonly ListedProposal[];
  readonly pageSize: number;
  readonly next: string | null;
}

/**
 * The circle's proposals the caller may read, a page at a time: its undecided ones
 * first for those who follow its work (its members), then its decisions, newest
 * first, for everyone. Reads the circle, then a page of its list.
 */
export async function listCircleProposals(ports: ListingPorts, tenantId: string, circleId: string, actor: Actor, query: CircleListQuery, today: CalendarDate): Promise<Result<ProposalList>> {
  const [circle] = await ports.listings.circles(tenantId, [circleId]);
  if (!circle) return noCircle(circleId);
  const page = await listedPage(ports, tenantId, () => ports.listings.proposals(tenantId, circleId, query, readsCircleWork(circle, actor)));
  if (page === null) return tokenRefused();
  const me = actor.kind === 'person' ? actor.personId : null;
  const proposals = page.items.flatMap((item) => {
    if (item.decided) return listedDecision(item.listing, circle) ?? [];
    const read = readProposal(item.proposal, circle, actor);
    return read.ok ? [listedProposal(read.value, circle, me, today)] : [];
  });
  return ok({ proposals, pageSize: query.pageSize, next: page.next });
}
