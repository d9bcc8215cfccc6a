import { z } from 'zod';
import type { Circle, Structure } from '../circles/circle';
import { findCircle, memberIds } from '../circles/circle';
import { openObjections } from '../consent/answers';
import type { Proposal } from '../consent/proposal';
import { CircleId, Id, Instant, type PersonId } from '../kernel/ids';
import { roleWords } from '../reviews/reviews';
import { SaidOf } from '../texts/said';
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
  /** A proposal's own title; a selection has none (`said` words it), though entries kept before it had words keep an English one. */
  title: z.string(),
  /** A selection's title in words of the `core` catalogue (`core.selectionTitle`), read in each reader's language. */
  said: SaidOf('selectionTitle').optional(),
  /**
   * An answer in a consent round, a nomination, the candidate's own answer (given last),
   * the author's amendment that integrates an objection, or the objector's part in it.
   */
  awaits: z.enum(['answer', 'nomination', 'candidate-answer', 'amendment', 'objection']),
  /** When an asynchronous round closes; none in a meeting's round, for a nomination or in integration. */
  deadline: Instant.nullable(),
});
export type InboxEntry = z.infer<typeof InboxEntry>;

/** The entries a record keeps in people's inboxes, by person. */
export type Inbox = ReadonlyMap<PersonId, InboxEntry>;

/**
 * Those a proposal's running round asked who have not answered yet, each with the
 * entry their inbox shows; in integration, the author (to amend) and each member whose
 * objection is open (to withdraw it or help amend). Whether they are still members is
 * left to the day the inbox is read (`stillAwaits`): asked and not answered is fixed
 * by the record alone, so the rows kept for it are exactly those an answer or the
 * round's end removes.
 */
export function proposalInbox(proposal: Proposal, circle: Circle): Inbox {
  if (proposal.status !== 'consent-round' && proposal.status !== 'integration') return new Map();
  const { round } = proposal;
  const entry = (awaits: InboxEntry['awaits']): InboxEntry => ({
    kind: 'proposal',
    id: proposal.proposalId,
    circleId: proposal.circleId,
    askedIn: circle.circleId,
    circleName: circle.name,
    title: proposal.title,
    awaits,
    deadline: proposal.status === 'consent-round' ? round.deadline : null,
  });
  if (proposal.status === 'consent-round') return new Map(roundAsks(round).map((personId) => [personId, entry('answer')]));
  return new Map([
    ...objectorsOf(proposal.objections, round.revision).map((personId) => [personId, entry('objection')] as const),
    [proposal.author, entry('amendment')],
  ]);
}

/** Those whose objection to this revision is open: integration waits for each of them. */
function objectorsOf(objections: Proposal['objections'], revision: number): PersonId[] {
  return openObjections(objections)
    .filter((objection) => objection.revision === revision)
    .map((objection) => objection.objector);
}

/**
 * Those a role selection awaits now (`selectionAwaits`), each with the entry their
 * inbox shows: the candidate's is their own answer, given last; in integration, each
 * member whose objection is open.
 */
export function selectionInbox(selection: Selection, structure: Structure): Inbox {
  const selecting = findCircle(structure, selection.selectingCircleId);
  const filled = findCircle(structure, selection.circleId);
  if (!selecting || !filled) return new Map();
  const asked = new Set([...memberIds(selecting), ...('round' in selection ? selection.round.eligible : [])]);
  const entry = (awaits: InboxEntry['awaits']): InboxEntry => ({
    kind: 'selection',
    id: selection.selectionId,
    circleId: selection.circleId,
    askedIn: selecting.circleId,
    circleName: selecting.name,
    title: '',
    said: { key: 'selectionTitle', values: { ...roleWords(filled, selection.roleId), circle: filled.name } },
    awaits,
    deadline: selection.status === 'consent-round' ? selection.round.deadline : null,
  });
  if (selection.status === 'integration')
    return new Map(objectorsOf(selection.objections, selection.round.revision).map((personId) => [personId, entry('objection')]));
  const candidate = selection.status === 'consent-round' ? selection.proposal.candidate : null;
  const awaits = (personId: PersonId): InboxEntry['awaits'] => {
    if (selection.status === 'nominations') return 'nomination';
    return personId === candidate ? 'candidate-answer' : 'answer';
  };
  return new Map(
    [...asked].filter((personId) => selectionAwaits(selection, selecting, personId)).map((personId) => [personId, entry(awaits(personId))]),
  );
}

/** Whether an entry still awaits a person in these circles: a member who left the circle is no longer asked. */
export function stillAwaits(entry: InboxEntry, circlesOfPerson: ReadonlySet<string>): boolean {
  return circlesOfPerson.has(entry.askedIn);
}
