import { personOf } from '../kernel/actor';
import type { Context, Decider } from '../kernel/decider';
import type { Result } from '../kernel/result';
import { fail, ok } from '../kernel/result';
import { charactersOf, roomFor } from '../kernel/room';
import { dayOf } from '../kernel/time';
import { facilitates, isCircleMember } from '../consent/facilitation';
import { holds } from '../roles/holders';
import type { Meeting, MeetingEvent, MeetingState } from './meeting';
import { MeetingCommand } from './meeting';

type Events = Result<readonly MeetingEvent[]>;

function inStatus(meeting: Meeting, ...statuses: Meeting['status'][]): Result<true> {
  return statuses.includes(meeting.status) ? ok(true) : fail('wrong-stage', `The meeting is ${meeting.status}; this step belongs to ${statuses.join(' or ')}.`);
}

/** The field of a step whose text makes a meeting grow. */
const textField: Partial<Record<MeetingCommand['type'], string>> = { 'check-in': 'text', 'record-minutes': 'notes', 'evaluate-meeting': 'comment', 'plan-meeting': 'agenda', 'consent-to-agenda': 'agenda' };

/** Decides the step, then refuses it if the meeting it leaves would not fit in its storage row; closing never is. */
function decide(command: MeetingCommand, state: MeetingState, context: Context): Events {
  const events = decideStep(command, state, context);
  if (!events.ok || command.type === 'close-meeting') return events;
  const room = roomFor('meeting', charactersOf(events.value.reduce(evolve, state).meeting), textField[command.type]);
  return room.ok ? events : room;
}

function decideStep(command: MeetingCommand, state: MeetingState, context: Context): Events {
  const { circle, meeting } = state;
  const { actor, now } = context;
  const today = dayOf(now);
  const stamp = { meetingId: command.meetingId, at: now, by: personOf(actor) };
  if (!isCircleMember(circle, actor)) return fail('not-a-member', `Only members of “${circle.name}” take part in its meetings.`);
  if (command.type === 'plan-meeting') {
    if (meeting) return fail('already-exists', `A meeting “${command.meetingId}” already exists.`, 'meetingId');
    return ok([{ type: 'meeting-planned', ...stamp, circleId: circle.circleId, scheduledFor: command.scheduledFor, agenda: command.agenda }]);
  }
  if (!meeting || meeting.meetingId !== command.meetingId) return fail('not-found', `There is no meeting “${command.meetingId}”.`, 'meetingId');
  const isFacilitator = facilitates(circle, meeting.plannedBy, actor, today);
  const onlyFacilitator = (): Events => fail('not-permitted', 'Only the facilitator leads the meeting through its rounds.');
  const status = (...statuses: Meeting['status'][]) => inStatus(meeting, ...statuses) as Events;

  switch (command.type) {
    case 'open-check-in':
      if (meeting.status !== 'planned') return status('planned');
      return isFacilitator ? ok([{ type: 'check-in-opened', ...stamp }]) : onlyFacilitator();
    case 'check-in':
      if (meeting.status !== 'check-in') return status('check-in');
      return ok([{ type: 'checked-in', ...stamp, text: command.text }]);
    case 'consent-to-agenda': {
      if (meeting.status !== 'check-in') return status('check-in');
      if (!isFacilitator) return onlyFacilitator();
      const agenda = command.agenda ?? meeting.agenda;
      if (agenda.length === 0) return fail('invalid-input', 'The agenda has no items to consent to.', 'agenda');
      return ok([{ type: 'agenda-consented', ...stamp, agenda }]);
    }
    case 'record-minutes':
      if (meeting.status !== 'in-progress') return status('in-progress');
      // Minutes are the secretary's; the facilitator may stand in so nothing is lost.
      if (!holds(circle, 'secretary', stamp.by ?? '', today) && !isFacilitator) {
        return fail('not-permitted', 'Only the secretary (or the facilitator) records the minutes.');
      }
      if (!meeting.agenda.some((item) => item.itemId === command.itemId)) return fail('not-found', 'That item is not on the agenda.', 'itemId');
      return ok([{ type: 'minutes-recorded', ...stamp, itemId: command.itemId, notes: command.notes, decisionIds: command.decisionIds }]);
    case 'evaluate-meeting':
      if (meeting.status !== 'in-progress') return status('in-progress');
      return ok([{ type: 'meeting-evaluated', ...stamp, rating: command.rating, comment: command.comment }]);
    case 'close-meeting':
      if (meeting.status !== 'in-progress') return status('in-progress');
      return isFacilitator ? ok([{ type: 'meeting-closed', ...stamp }]) : onlyFacilitator();
  }
}

function evolveMeeting(meeting: Meeting, event: MeetingEvent): Meeting {
  const by = event.by ?? '';
  switch (event.type) {
    case 'meeting-planned':
      return meeting;
    case 'check-in-opened':
      return { ...meeting, status: 'check-in' };
    case 'checked-in':
      return { ...meeting, checkIns: { ...meeting.checkIns, [by]: event.text } };
    case 'agenda-consented':
      return { ...meeting, status: 'in-progress', agenda: event.agenda, agendaConsentedAt: event.at };
    case 'minutes-recorded':
      return { ...meeting, minutes: { ...meeting.minutes, [event.itemId]: { notes: event.notes, decisionIds: event.decisionIds } } };
    case 'meeting-evaluated':
      return { ...meeting, evaluations: { ...meeting.evaluations, [by]: { rating: event.rating, comment: event.comment } } };
    case 'meeting-closed':
      return { ...meeting, status: 'closed', closedAt: event.at };
  }
}

function evolve(state: MeetingState, event: MeetingEvent): MeetingState {
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
      },
    };
  }
  return state.meeting ? { ...state, meeting: evolveMeeting(state.meeting, event) } : state;
}

/** A circle meeting: check-in, consent to the agenda, time-boxed items, closing evaluation. */
export const meetingDecider: Decider<MeetingCommand, MeetingState, MeetingEvent> = {
  commandSchema: MeetingCommand,
  decide,
  evolve,
};
