import type { Meeting, MeetingCommand, MeetingEvent, MeetingState, Selection, SelectionCommand, SelectionEvent, SelectionState } from '../../shared';
import { assignmentOf, fail, meetingDecider, ok, selectionDecider, structureDecider, transition } from '../../shared';
import type { RecordKind } from './run-record-step';

/**
 * A role selection: its record holds the whole process; the consent that ends it
 * records the new term in the circle in the same transaction, as the system, so a
 * selection is never recorded without its term (nor a term without its selection).
 */
export const selectionKind: RecordKind<SelectionCommand, SelectionState, SelectionEvent, Selection> = {
  what: 'The role selection',
  decider: selectionDecider,
  stateOf: (structure, selection, circleId) =>
    selection && selection.circleId !== circleId
      ? fail('not-found', `There is no selection “${selection.selectionId}” for this circle.`, 'selectionId')
      : ok({ structure, selection }),
  recordOf: (state) => state.selection,
  structureAfter: (structure, events, now) => {
    const selected = events.find((event) => event.type === 'role-holder-selected');
    if (!selected) return ok(structure);
    const recorded = transition(structureDecider, structure, assignmentOf(selected), { kind: 'system' }, now);
    return recorded.ok ? ok(recorded.value.state) : recorded;
  },
};

/** A circle meeting: check-in, agenda by consent, minutes, evaluation. */
export const meetingKind: RecordKind<MeetingCommand, MeetingState, MeetingEvent, Meeting> = {
  what: 'The meeting',
  decider: meetingDecider,
  stateOf: (structure, meeting, circleId) => {
    const circle = structure.circles[circleId];
    if (!circle || (meeting && meeting.circleId !== circleId)) {
      return fail('not-found', meeting ? `There is no meeting “${meeting.meetingId}” in this circle.` : `There is no circle “${circleId}”.`, meeting ? 'meetingId' : 'circleId');
    }
    return ok({ circle, meeting });
  },
  recordOf: (state) => state.meeting,
};
