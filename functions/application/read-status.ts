import type { Actor, AwaitedStep, Circle, Instant, PersonId, Proposal, Selection, Structure } from '../../shared';
import { findCircle, readProposal, readSelection } from '../../shared';
import type { ListingPorts } from './list-pages';
import type { InboxPorts } from './read-inbox';
import { readInbox } from './read-inbox';
import { keptRead } from './read-logbook';

export interface StatusPorts extends InboxPorts, ListingPorts {}

/** What the bot's `status` shows of some circles. */
export interface CircleStatus {
  /** What awaits the person in those circles, most urgent first (`readInbox`). */
  readonly awaiting: readonly AwaitedStep[];
  /** The proposals still undecided in those circles, as the person may read them. */
  readonly proposals: readonly Proposal[];
  /** The role selections under way in those circles (their latest), as the person may read them. */
  readonly selections: readonly Selection[];
}

/** The latest selections read of each circle: those under way are among the newest. */
const selectionsRead = 25;

/**
 * What awaits a person in some circles, and what is still undecided there (for the
 * facilitator, who moves it on, and anyone following): read from the rows kept for
 * the person and beside the circles, all at once, never the organisation's records.
 */
export async function readStatus(
  ports: StatusPorts,
  tenantId: string,
  personId: PersonId,
  actor: Actor,
  structure: Structure,
  circles: readonly Circle[],
  now: Instant,
): Promise<CircleStatus> {
  const ids = new Set(circles.map((circle) => circle.circleId));
  const [inbox, open, pages] = await Promise.all([
    readInbox(ports, tenantId, personId, now),
    keptRead(ports, tenantId, () => ports.logbook.open(tenantId, [...ids])),
    Promise.all(
      [...ids].map((circleId) =>
        keptRead(
          ports,
          tenantId,
          async () => (await ports.listings.selections(tenantId, circleId, { pageSize: selectionsRead })) ?? { items: [] },
        ),
      ),
    ),
  ]);
  const running = new Map(
    pages
      .flatMap((page) => page.items)
      .filter((s) => s.status !== 'recorded' && s.status !== 'withdrawn')
      .map((s) => [s.selectionId, s]),
  );
  return {
    awaiting: inbox.awaiting.filter((step) => ids.has(step.circleId) || ids.has(step.askedIn)),
    proposals: open.filter((proposal) => readProposal(proposal, findCircle(structure, proposal.circleId), actor).ok),
    selections: [...running.values()].filter((selection) => readSelection(selection, structure, actor).ok),
  };
}
