import type { Circle, Structure } from '../circles/circle';
import { findCircle } from '../circles/circle';
import { isCircleMember } from '../consent/facilitation';
import type { Proposal } from '../consent/proposal';
import type { Actor } from '../kernel/actor';
import type { Result } from '../kernel/result';
import { fail, ok } from '../kernel/result';
import type { Meeting } from '../meetings/meeting';
import { visibleNominations } from '../selection/nominations';
import type { Selection } from '../selection/selection';

/**
 * What the whole organisation reads and what stays in the circle. Decisions, role
 * terms and how objections were resolved are transparent to everyone (the logbook);
 * the conversation that leads there — a running round's questions, reactions,
 * answers and objections, a selection still under way, a meeting's check-ins and
 * evaluations — belongs to the circle that holds it. The system actor (timers)
 * reads everything.
 */
/** Whether a reader follows a circle's work under way (undecided proposals, meetings): its members, and timers. */
export function readsCircleWork(circle: Circle | undefined, actor: Actor): boolean {
  return actor.kind === 'system' || (circle !== undefined && isCircleMember(circle, actor));
}

function memberOfAny(structure: Structure, actor: Actor, circleIds: readonly string[]): boolean {
  return circleIds.some((circleId) => readsCircleWork(findCircle(structure, circleId), actor));
}

const circleName = (structure: Structure, circleId: string) => findCircle(structure, circleId)?.name ?? circleId;

/** A decided proposal is the organisation's; an undecided one is read by members of its circle. */
export function readProposal(proposal: Proposal, circle: Circle | undefined, actor: Actor): Result<Proposal> {
  const decided = proposal.status === 'adopted' || proposal.status === 'withdrawn';
  if (decided || readsCircleWork(circle, actor)) return ok(proposal);
  return fail('not-a-member', { key: 'undecidedProposalIsPrivate', values: { circle: circle?.name ?? proposal.circleId } });
}

/** Who reads a view made of many records: the person (or timer) asking, and the organisation as it stands. */
export interface Reader {
  readonly structure: Structure;
  readonly actor: Actor;
}

/**
 * The proposals a reader may read, each as `readProposal` gives it to them: views
 * made of many proposals (the logbook, exports) leave out the rest, as lists do.
 */
export function readableProposals(proposals: readonly Proposal[], reader: Reader): Proposal[] {
  return proposals.flatMap((proposal) => {
    const read = readProposal(proposal, findCircle(reader.structure, proposal.circleId), reader.actor);
    return read.ok ? [read.value] : [];
  });
}

/**
 * A finished selection is the organisation's; one under way is read by members of
 * the circle that holds it and of the circle whose role it fills. Nominations still
 * hidden show only the viewer's own, to everyone, the facilitator included.
 */
export function readSelection(selection: Selection, structure: Structure, actor: Actor): Result<Selection> {
  const finished = selection.status === 'recorded' || selection.status === 'withdrawn';
  if (!finished && !memberOfAny(structure, actor, [selection.selectingCircleId, selection.circleId])) {
    return fail('not-a-member', { key: 'selectionIsPrivate', values: { circle: circleName(structure, selection.selectingCircleId) } });
  }
  if (actor.kind === 'system') return ok(selection);
  const visible = visibleNominations(selection, actor.personId);
  return ok({ ...selection, nominations: Object.fromEntries(visible.map((nomination) => [nomination.nominator, nomination])) });
}

/**
 * A selection as the circle's shared message shows it to all its members at once:
 * nominations appear only once revealed, never anyone's hidden one.
 */
export function selectionForCircle(selection: Selection): Selection {
  const revealed = selection.status === 'nominations' ? [] : Object.values(selection.nominations);
  return { ...selection, nominations: Object.fromEntries(revealed.map((nomination) => [nomination.nominator, nomination])) };
}

/** A meeting is the circle's working space: only its members read it; decisions reach everyone through the logbook. */
export function readMeeting(meeting: Meeting, structure: Structure, actor: Actor): Result<Meeting> {
  if (memberOfAny(structure, actor, [meeting.circleId])) return ok(meeting);
  return fail('not-a-member', { key: 'meetingIsPrivate', values: { circle: circleName(structure, meeting.circleId) } });
}
