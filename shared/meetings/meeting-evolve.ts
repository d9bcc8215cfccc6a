import type { PersonId } from '../kernel/ids';
import { clockEnded, clockPaused, clockResumed, clockStarted } from './item-clock';
import type { ClockMarks, Meeting, MeetingEvent, MeetingState } from './meeting';
import { withArrival, reordered, spoke } from './speaking-order';

const withClock = (meeting: Meeting, itemId: string, change: (marks: ClockMarks) => ClockMarks): Meeting => {
  const marks = Object.hasOwn(meeting.clocks, itemId) ? meeting.clocks[itemId] : undefined;
  return marks ? { ...meeting, clocks: { ...meeting.clocks, [itemId]: change(marks) } } : meeting;
};

/** The item under way stops its clock as the meeting moves on. */
const currentEnded = (meeting: Meeting, at: string): Meeting =>
  meeting.currentItemId ? { ...withClock(meeting, meeting.currentItemId, (marks) => clockEnded(marks, at)), currentItemId: null } : meeting;

/** A person who speaks is present: checking in or evaluating also joins the meeting. */
const arrived = (meeting: Meeting, personId: PersonId): Meeting => ({
  ...meeting,
  speakingOrder: withArrival(meeting.speakingOrder, personId),
});

/** Applies one step that happened to a meeting. */
export function evolveMeeting(meeting: Meeting, event: MeetingEvent): Meeting {
  const by = event.by ?? '';
  switch (event.type) {
    case 'meeting-planned':
      return meeting;
    case 'agenda-item-added':
      return { ...meeting, agenda: [...meeting.agenda, event.item] };
    case 'meeting-joined':
      return arrived(meeting, by);
    case 'marked-present':
      return arrived(meeting, event.personId);
    case 'marked-absent':
      return { ...meeting, speakingOrder: meeting.speakingOrder.filter((personId) => personId !== event.personId) };
    case 'speaking-order-set':
      return { ...meeting, speakingOrder: reordered(meeting.speakingOrder, event.order) };
    case 'turn-passed':
      return { ...meeting, round: spoke(meeting.round, event.personId) };
    case 'check-in-opened':
      return { ...meeting, status: 'check-in', round: { kind: 'check-in', itemId: null, number: 1, spoken: [] } };
    case 'checked-in':
      return { ...arrived(meeting, by), checkIns: { ...meeting.checkIns, [by]: event.text }, round: spoke(meeting.round, by) };
    case 'agenda-consented':
      return { ...meeting, status: 'in-progress', agenda: event.agenda, agendaConsentedAt: event.at, round: null };
    case 'item-started': {
      const left = currentEnded(meeting, event.at);
      const marks = Object.hasOwn(left.clocks, event.itemId) ? left.clocks[event.itemId] : undefined;
      const clocks = { ...left.clocks, [event.itemId]: clockStarted(marks, event.at) };
      return { ...left, clocks, currentItemId: event.itemId, round: { kind: 'item', itemId: event.itemId, number: 1, spoken: [] } };
    }
    case 'round-started':
      return { ...meeting, round: { kind: 'item', itemId: event.itemId, number: (meeting.round?.number ?? 0) + 1, spoken: [] } };
    case 'clock-paused':
      return withClock(meeting, event.itemId, (marks) => clockPaused(marks, event.at));
    case 'clock-resumed':
      return withClock(meeting, event.itemId, (marks) => clockResumed(marks, event.at));
    case 'minutes-recorded':
      return { ...meeting, minutes: { ...meeting.minutes, [event.itemId]: { notes: event.notes, decisionIds: event.decisionIds } } };
    case 'evaluation-opened':
      return { ...currentEnded(meeting, event.at), round: { kind: 'evaluation', itemId: null, number: 1, spoken: [] } };
    case 'meeting-evaluated': {
      const evaluations = { ...meeting.evaluations, [by]: { rating: event.rating, comment: event.comment } };
      const round = meeting.round?.kind === 'evaluation' ? spoke(meeting.round, by) : meeting.round;
      return { ...arrived(meeting, by), evaluations, round };
    }
    case 'meeting-closed':
      return { ...currentEnded(meeting, event.at), status: 'closed', closedAt: event.at, round: null, nextMeeting: event.nextMeeting };
  }
}

/** The meeting a planning step creates, then every later step applied to it. */
export function evolve(state: MeetingState, event: MeetingEvent): MeetingState {
  if (event.type === 'meeting-planned') {
    return {
      ...state,
      meeting: {
        meetingId: event.meetingId,
        circleId: event.circleId,
        scheduledFor: event.scheduledFor,
        plannedBy: event.by ?? '',
        status: 'planned',
        agenda: event.agenda,
        checkIns: {},
        agendaConsentedAt: null,
        minutes: {},
        evaluations: {},
        closedAt: null,
        speakingOrder: [],
        round: null,
        currentItemId: null,
        clocks: {},
        nextMeeting: null,
      },
    };
  }
  return state.meeting ? { ...state, meeting: evolveMeeting(state.meeting, event) } : state;
}
