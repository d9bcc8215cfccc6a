import type { AwaitedStep, Circle, Instant, PersonId } from '../../shared';
import { dayOf, whatAwaits, worksIn } from '../../shared';
import type { InboxRepository } from './ports/inbox-repository';
import type { LogbookPorts } from './read-logbook';
import { keptRead } from './read-logbook';

export interface InboxPorts extends LogbookPorts {
  readonly inbox: InboxRepository;
}

/** A person's inbox: the active circles they are a member of, and everything awaiting them, most urgent first. */
export interface PersonInbox {
  readonly circles: readonly Circle[];
  readonly awaiting: readonly AwaitedStep[];
  /** The circles an awaited step is listed under that are not the person's own (a leader's selection held in the parent), for its link. */
  readonly linked: readonly Circle[];
}

/**
 * What awaits a person, of every kind (`whatAwaits`), with their circles: read from
 * the rows kept for them and their circles beside the records, whatever the
 * organisation holds. The tab's Me view, the bot's `status` and notifications read
 * it. A tenant whose records predate the kept rows is projected first.
 */
export async function readInbox(ports: InboxPorts, tenantId: string, personId: PersonId, now: Instant): Promise<PersonInbox> {
  const kept = await keptRead(ports, tenantId, () => ports.inbox.awaiting(tenantId, personId, dayOf(now)));
  // Kept membership follows every structure write; the circle as read now has the last word.
  const circles = kept.circles.filter((circle) => kept.memberOf.includes(circle.circleId) && worksIn(circle, personId));
  const awaiting = whatAwaits(personId, kept, now);
  const own = new Set(circles.map((circle) => circle.circleId));
  const linkedIds = new Set(awaiting.map((step) => step.circleId).filter((circleId) => !own.has(circleId)));
  return { circles, awaiting, linked: kept.circles.filter((circle) => linkedIds.has(circle.circleId)) };
}
