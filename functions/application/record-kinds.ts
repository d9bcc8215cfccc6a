import type {
  DomainError,
  Meeting,
  MeetingCommand,
  MeetingEvent,
  MeetingState,
  Selection,
  SelectionCommand,
  SelectionEvent,
  SelectionState,
  Structure,
} from '../../shared';
import {
  assignmentOf,
  domainError,
  failWith,
  findCircle,
  meetingDecider,
  minutesOf,
  ok,
  selectionDeadline,
  selectionDecider,
  structureDecider,
  transition,
} from '../../shared';
import type { RecordKind } from './run-record-step';

/**
 * Why the path does not lead to the record: the circle is unknown, or the id
 * belongs to a record of another circle (ids are unique in the organisation, so
 * creating one with a used id is a conflict, not a miss).
 */
function pathMismatch(
  structure: Structure,
  circleId: string,
  held: { circleId: string; id: string } | null,
  command: unknown,
  creating: string,
  what: string,
  idField: string,
): DomainError | null {
  if (!findCircle(structure, circleId)) return domainError('not-found', { key: 'noCircle', values: { circleId } }, 'circleId');
  if (!held || held.circleId === circleId) return null;
  if ((command as { type?: unknown } | null)?.type === creating) {
    return domainError('already-exists', { key: 'recordIdTaken', values: { record: what, id: held.id } }, idField);
  }
  return domainError('not-found', { key: 'noRecordInThisCircle', values: { record: what, id: held.id } }, idField);
}

/**
 * A role selection: its record holds the whole process; the consent that ends it
 * records the new term in the circle in the same transaction, as the system, so a
 * selection is never recorded without its term (nor a term without its selection).
 */
export const selectionKind: RecordKind<SelectionCommand, SelectionState, SelectionEvent, Selection> = {
  what: 'selection',
  decider: selectionDecider,
  stateOf: (structure, selection, circleId, command) => {
    const held = selection && { circleId: selection.circleId, id: selection.selectionId };
    const mismatch = pathMismatch(structure, circleId, held, command, 'start-selection', 'selection', 'selectionId');
    return mismatch ? failWith(mismatch) : ok({ structure, selection });
  },
  recordOf: (state) => state.selection,
  structureAfter: (structure, events, now) => {
    const selected = events.find((event) => event.type === 'role-holder-selected');
    if (!selected) return ok({ state: structure, events: [] });
    return transition(structureDecider, structure, assignmentOf(selected), { kind: 'system' }, now);
  },
  deadlines: { kind: 'selection', deadlineOf: selectionDeadline },
  noticeOf: (selection, structure, events) => {
    const selectingCircle = findCircle(structure, selection.selectingCircleId);
    const filledCircle = findCircle(structure, selection.circleId);
    return selectingCircle && filledCircle ? { record: { kind: 'selection', selectingCircle, filledCircle, selection }, events } : null;
  },
};

/**
 * A circle meeting: check-in, agenda by consent, minutes, evaluation. Its circle hears
 * when it is under way (the agenda consented, which the core allows once) and gets
 * its minutes when it closes.
 */
export const meetingKind: RecordKind<MeetingCommand, MeetingState, MeetingEvent, Meeting> = {
  what: 'meeting',
  decider: meetingDecider,
  stateOf: (structure, meeting, circleId, command) => {
    const held = meeting && { circleId: meeting.circleId, id: meeting.meetingId };
    const mismatch = pathMismatch(structure, circleId, held, command, 'plan-meeting', 'meeting', 'meetingId');
    const circle = findCircle(structure, circleId);
    if (mismatch || !circle) return failWith(mismatch ?? domainError('not-found', { key: 'noCircle', values: { circleId } }, 'circleId'));
    return ok({ circle, meeting });
  },
  recordOf: (state) => state.meeting,
  noticeOf: (meeting, structure, events) => {
    const circle = findCircle(structure, meeting.circleId);
    if (!circle) return null;
    if (events.some((event) => event.type === 'agenda-consented')) return { underWay: meeting, circle };
    const minutes = events.some((event) => event.type === 'meeting-closed') ? minutesOf(meeting) : null;
    return minutes ? { minutes, circle } : null;
  },
};
