import { z } from 'zod';
import type { Circle, Structure } from '../circles/circle';
import { findCircle, memberIds } from '../circles/circle';
import type { Proposal } from '../consent/proposal';
import { CircleId, Id, Instant, type PersonId } from '../kernel/ids';
import { roleName } from '../reviews/reviews';
import type { Selection } from '../selection/selection';
import { roundAsks, selectionAwaits } from './awaiting';

/** What a person's inbox shows of a record that awaits them: enough for their list without reading the record. */
export const InboxEntry = z.object({
  kind: z.enum(['proposal', 'selection']),
  id: Id,
  /** The circle the record is listed under (for a selection, the circle whose role is filled). */
  circleId: CircleId,
  /** The circle whose members are asked, and its name. */
  askedIn: CircleId,
  circleName: z.string(),
  title: z.string(),
  /** An answer in a consent round, or a nomination. */
  awaits: z.enum(['answer', 'nomination']),
  /** When an asynchronous round closes; none in a meeting's round or for a nomination. */
  deadline: Instant.nullable(),
});
export type InboxEntry = z.infer<typeof InboxEntry>;

/** The entries a record keeps in people's inboxes, by person. */
export type Inbox = ReadonlyMap<PersonId, InboxEntry>;

/**
 * Those a proposal's running round asked who have not answered yet, each with the
 * entry their inbox shows. Whether they are still members is left to the day the
 * inbox is read (`stillAwaits`): asked and not answered is fixed by the record alone,
 * so the rows kept for it are exactly those an answer or the round's end removes.
 */
export function proposalInbox(proposal: Proposal, circle: Circle): Inbox {
  if (proposal.status !== 'consent-round') return new Map();
  const { round } = proposal;
  const entry: InboxEntry = {
    kind: 'proposal',
    id: proposal.proposalId,
    circleId: proposal.circleId,
    askedIn: circle.circleId,
    circleName: circle.name,
    title: proposal.title,
    awaits: 'answer',
    deadline: round.deadline,
  };
  return new Map(roundAsks(round).map((personId) => [personId, entry]));
}

/** Those a role selection awaits now (`selectionAwaits`), each with the entry their inbox shows. */
export function selectionInbox(selection: Selection, structure: Structure): Inbox {
  const selecting = findCircle(structure, selection.selectingCircleId);
  const filled = findCircle(structure, selection.circleId);
  if (!selecting || !filled) return new Map();
  const asked = new Set([...memberIds(selecting), ...('round' in selection ? selection.round.eligible : [])]);
  const entry: InboxEntry = {
    kind: 'selection',
    id: selection.selectionId,
    circleId: selection.circleId,
    askedIn: selecting.circleId,
    circleName: selecting.name,
    title: `${roleName(filled, selection.roleId)} of ${filled.name}`,
    awaits: selection.status === 'nominations' ? 'nomination' : 'answer',
    deadline: 'round' in selection ? selection.round.deadline : null,
  };
  return new Map([...asked].filter((personId) => selectionAwaits(selection, selecting, personId)).map((personId) => [personId, entry]));
}

/** Whether an entry still awaits a person in these circles: a member who left the circle is no longer asked. */
export function stillAwaits(entry: InboxEntry, circlesOfPerson: ReadonlySet<string>): boolean {
  return circlesOfPerson.has(entry.askedIn);
}

/** What the person is asked for, in a sentence. */
export function inboxGuide(entry: InboxEntry): string {
  if (entry.awaits === 'nomination') return 'Name who you see in this role and why; nominations stay hidden until they are revealed.';
  if (entry.deadline === null) return 'Your answer is awaited in the meeting’s consent round.';
  return `Your answer is awaited by ${entry.deadline.slice(0, 10)}.`;
}
