import type { Actor, Circle, CircleListQuery, Meeting, Result, Selection } from '../../shared';
import { emptyStructure, mayPlanMeeting, ok, readMeeting, readsCircleWork, readSelection, selectionListedIn } from '../../shared';
import type { ListingPage } from './ports/circle-listing-repository';
import type { ListingPorts } from './list-pages';
import { noCircle, tokenRefused } from './list-pages';
import { keptRead } from './read-logbook';

/** The circles a read names: reading a record asks no more of the organisation. */
const structureOf = (circles: readonly Circle[]) => ({
  ...emptyStructure,
  circles: Object.fromEntries(circles.map((circle) => [circle.circleId, circle])),
});

/**
 * The role selections listed in a circle (its own, and those it holds for a
 * sub-circle's leader), newest first, each as the caller may read it. The other
 * circle of a leader's selection is read too, as its members may follow it. A page
 * token names the last selection handed out, never one left out (a page of only
 * those reads on), so no one learns from it a selection they may not read.
 */
export async function listCircleSelections(
  ports: ListingPorts,
  tenantId: string,
  circleId: string,
  actor: Actor,
  query: CircleListQuery,
): Promise<Result<ListingPage<Selection>>> {
  const [circle] = await ports.listings.circles(tenantId, [circleId]);
  if (!circle) return noCircle(circleId);
  for (let after = query.after; ; ) {
    const page = await keptRead(ports, tenantId, () =>
      ports.listings.selections(tenantId, circleId, { ...query, ...(after === undefined ? {} : { after }) }),
    );
    if (page === null) return tokenRefused();
    const others = [...new Set(page.items.flatMap(selectionListedIn))].filter((id) => id !== circleId);
    const structure = structureOf([circle, ...(others.length === 0 ? [] : await ports.listings.circles(tenantId, others))]);
    const read = page.items.map((selection) => readSelection(selection, structure, actor));
    const items = read.flatMap((result) => (result.ok ? [result.value] : []));
    const lastShown = read.map((result) => result.ok).lastIndexOf(true);
    if (page.next === null) return ok({ items, next: null });
    if (lastShown >= 0) return ok({ items, next: lastShown === read.length - 1 ? page.next : (page.resumes[lastShown] ?? null) });
    after = page.next;
  }
}

/** The circle's meetings, the latest first: for those who follow its work only, so no one else's request reads them. */
export async function listCircleMeetings(
  ports: ListingPorts,
  tenantId: string,
  circleId: string,
  actor: Actor,
  query: CircleListQuery,
): Promise<Result<ListingPage<Meeting> & { mayPlan: boolean }>> {
  const [circle] = await ports.listings.circles(tenantId, [circleId]);
  if (!circle) return noCircle(circleId);
  const mayPlan = mayPlanMeeting(circle, actor);
  if (!readsCircleWork(circle, actor)) return ok({ items: [], next: null, mayPlan });
  const page = await keptRead(ports, tenantId, () => ports.listings.meetings(tenantId, circleId, query));
  if (page === null) return tokenRefused();
  const structure = structureOf([circle]);
  const items = page.items.flatMap((meeting) => {
    const read = readMeeting(meeting, structure, actor);
    return read.ok ? [read.value] : [];
  });
  return ok({ items, next: page.next, mayPlan });
}
