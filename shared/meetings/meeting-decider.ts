import { personOf } from '../kernel/actor';
import type { Context, Decider } from '../kernel/decider';
import { stagesKey } from '../kernel/errors';
import { fail, ok } from '../kernel/result';
import { charactersOf, roomFor } from '../kernel/room';
import { dayOf } from '../kernel/time';
import { isCircleMember } from '../consent/facilitation';
import { holds } from '../roles/holders';
import type { Meeting, MeetingCommand, MeetingEvent, MeetingState } from './meeting';
import { MeetingCommand as MeetingCommandSchema } from './meeting';
import { evolve } from './meeting-evolve';
import { mayLead } from './meeting-lead';
import type { Events } from './meeting-run-steps';
import { decideItems, decidePeople } from './meeting-run-steps';
import { decisionsOnAgenda } from './meeting-subjects';
import { nextMeetingOf } from './next-meeting';

/** The stages each step belongs to. */
const stagesOf: Record<Exclude<MeetingCommand['type'], 'plan-meeting'>, readonly Meeting['status'][]> = {
  'add-agenda-item': ['planned', 'check-in'],
  'join-meeting': ['planned', 'check-in', 'in-progress'],
  'mark-present': ['planned', 'check-in', 'in-progress'],
  'mark-absent': ['planned', 'check-in', 'in-progress'],
  'set-speaking-order': ['planned', 'check-in', 'in-progress'],
  'pass-turn': ['check-in', 'in-progress'],
  'open-check-in': ['planned'],
  'check-in': ['check-in'],
  'consent-to-agenda': ['check-in'],
  'start-item': ['in-progress'],
  'start-round': ['in-progress'],
  'pause-clock': ['in-progress'],
  'resume-clock': ['in-progress'],
  'record-minutes': ['in-progress'],
  'open-evaluation': ['in-progress'],
  'evaluate-meeting': ['in-progress'],
  'close-meeting': ['in-progress'],
};

/** The field of a step whose text makes a meeting grow. */
const textField: Partial<Record<MeetingCommand['type'], string>> = {
  'check-in': 'text',
  'record-minutes': 'notes',
  'evaluate-meeting': 'comment',
  'plan-meeting': 'agenda',
  'consent-to-agenda': 'agenda',
  'add-agenda-item': 'item',
};

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
  // Every step, planning included, is for the circle's members (`mayPlanMeeting` offers planning by the same rule; a test holds them together).
  if (!isCircleMember(circle, actor)) return fail('not-a-member', { key: 'meetingOnlyMembers', values: { circle: circle.name } });
  if (command.type === 'plan-meeting') {
    if (meeting) return fail('already-exists', { key: 'meetingExists', values: { meetingId: command.meetingId } }, 'meetingId');
    return ok([
      { type: 'meeting-planned', ...stamp, circleId: circle.circleId, scheduledFor: command.scheduledFor, agenda: command.agenda },
    ]);
  }
  if (!meeting || meeting.meetingId !== command.meetingId)
    return fail('not-found', { key: 'noMeeting', values: { meetingId: command.meetingId } }, 'meetingId');
  const stages = stagesOf[command.type];
  if (!stages.includes(meeting.status))
    return fail('wrong-stage', { key: 'meetingWrongStage', values: { stage: stagesKey([meeting.status]), allowed: stagesKey(stages) } });
  const isFacilitator = mayLead(circle, meeting, actor, today);
  const onlyFacilitator = (): Events => fail('not-permitted', 'meetingOnlyFacilitator');
  const run = { circle, meeting, stamp, isFacilitator };

  switch (command.type) {
    case 'add-agenda-item':
    case 'join-meeting':
    case 'mark-present':
    case 'mark-absent':
    case 'set-speaking-order':
    case 'pass-turn':
      return decidePeople(command, run);
    case 'start-item':
    case 'start-round':
    case 'pause-clock':
    case 'resume-clock':
    case 'open-evaluation':
      return decideItems(command, run);
    case 'open-check-in':
      return isFacilitator ? ok([{ type: 'check-in-opened', ...stamp }]) : onlyFacilitator();
    case 'check-in':
      return ok([{ type: 'checked-in', ...stamp, text: command.text }]);
    case 'consent-to-agenda': {
      if (!isFacilitator) return onlyFacilitator();
      const agenda = command.agenda ?? meeting.agenda;
      if (agenda.length === 0) return fail('invalid-input', 'emptyAgenda', 'agenda');
      return ok([{ type: 'agenda-consented', ...stamp, agenda }]);
    }
    case 'record-minutes': {
      // Minutes are the secretary's; the facilitator may stand in so nothing is lost.
      if (!holds(circle, 'secretary', stamp.by ?? '', today) && !isFacilitator) return fail('not-permitted', 'onlySecretaryRecordsMinutes');
      if (!meeting.agenda.some((item) => item.itemId === command.itemId)) return fail('not-found', 'notOnAgenda', 'itemId');
      // A link the logbook would follow to nothing, or to a decision taken elsewhere, would mislead its readers.
      const stray = command.decisionIds.find((id) => !decisionsOnAgenda(meeting).includes(id));
      if (stray !== undefined) return fail('invalid-input', { key: 'notADecisionOfTheMeeting', values: { id: stray } }, 'decisionIds');
      return ok([{ type: 'minutes-recorded', ...stamp, itemId: command.itemId, notes: command.notes, decisionIds: command.decisionIds }]);
    }
    case 'evaluate-meeting':
      return ok([{ type: 'meeting-evaluated', ...stamp, rating: command.rating, comment: command.comment }]);
    case 'close-meeting': {
      if (!isFacilitator) return onlyFacilitator();
      const rhythm = circle.policy.meetingRhythm;
      return ok([{ type: 'meeting-closed', ...stamp, nextMeeting: rhythm ? nextMeetingOf(rhythm, now) : null }]);
    }
  }
}

/** A circle meeting: those present in their speaking order, check-in, consent to the agenda, time-boxed items, minutes, closing evaluation. */
export const meetingDecider: Decider<MeetingCommand, MeetingState, MeetingEvent> = {
  commandSchema: MeetingCommandSchema,
  decide,
  evolve,
};
