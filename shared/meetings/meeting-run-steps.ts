import type { Circle } from '../circles/circle';
import type { PersonId } from '../kernel/ids';
import type { Result } from '../kernel/result';
import { fail, ok } from '../kernel/result';
import { isMember } from '../circles/circle';
import type { Meeting, MeetingCommand, MeetingEvent } from './meeting';
import { currentTurn } from './speaking-order';

export type Events = Result<readonly MeetingEvent[]>;

/** What every step of a meeting's run knows: the circle, the meeting, who acts and what they may. */
export interface RunContext {
  readonly circle: Circle;
  readonly meeting: Meeting;
  readonly stamp: { readonly meetingId: string; readonly at: string; readonly by: PersonId | null };
  readonly isFacilitator: boolean;
}

type RunCommand = Extract<
  MeetingCommand,
  { type: 'join-meeting' | 'mark-present' | 'mark-absent' | 'set-speaking-order' | 'pass-turn' | 'add-agenda-item' }
>;

const nameOf = (circle: Circle, personId: PersonId) =>
  circle.members.find((member) => member.personId === personId)?.displayName ?? personId;

/** Who is present and in what order they speak: the steps of the meeting's people. */
export function decidePeople(command: RunCommand, run: RunContext): Events {
  const { circle, meeting, stamp, isFacilitator } = run;
  switch (command.type) {
    case 'join-meeting':
      // The tab joins whoever opens the meeting's panel, again and again: being there already changes nothing.
      return ok(meeting.speakingOrder.includes(stamp.by ?? '') ? [] : [{ type: 'meeting-joined', ...stamp }]);
    case 'mark-present':
    case 'mark-absent': {
      if (!isFacilitator) return fail('not-permitted', 'onlyFacilitatorMarks');
      if (!isMember(circle, command.personId))
        return fail('not-a-member', { key: 'personNotAMember', values: { person: command.personId, circle: circle.name } }, 'personId');
      const present = meeting.speakingOrder.includes(command.personId);
      if (command.type === 'mark-present') return ok(present ? [] : [{ type: 'marked-present', ...stamp, personId: command.personId }]);
      return ok(present ? [{ type: 'marked-absent', ...stamp, personId: command.personId }] : []);
    }
    case 'set-speaking-order': {
      if (!isFacilitator) return fail('not-permitted', 'onlyFacilitatorOrders');
      const absent = command.order.find((personId) => !meeting.speakingOrder.includes(personId));
      if (absent !== undefined) return fail('invalid-input', { key: 'notPresent', values: { person: nameOf(circle, absent) } }, 'order');
      const twice = command.order.find((personId, index) => command.order.indexOf(personId) !== index);
      if (twice !== undefined) return fail('invalid-input', { key: 'twiceInOrder', values: { person: nameOf(circle, twice) } }, 'order');
      return ok([{ type: 'speaking-order-set', ...stamp, order: command.order }]);
    }
    case 'pass-turn': {
      if (stamp.by !== command.personId && !isFacilitator) return fail('not-permitted', 'onlySpeakerPasses');
      if (!meeting.round) return fail('wrong-stage', 'noRound');
      // Naming whose turn is passed makes two passes sent at once pass one turn, not two.
      const turn = currentTurn(meeting);
      if (turn?.personId !== command.personId) {
        return fail(
          'not-their-turn',
          turn
            ? { key: 'notTheirTurn', values: { person: nameOf(circle, command.personId), current: nameOf(circle, turn.personId) } }
            : { key: 'turnsOver', values: { person: nameOf(circle, command.personId) } },
          'personId',
        );
      }
      return ok([{ type: 'turn-passed', ...stamp, personId: command.personId }]);
    }
    case 'add-agenda-item': {
      const { itemId } = command.item;
      if (meeting.agenda.some((item) => item.itemId === itemId))
        return fail('already-exists', { key: 'itemExists', values: { itemId } }, 'item.itemId');
      if (meeting.agenda.length >= 40) return fail('invalid-input', { key: 'agendaFull', values: { max: 40 } }, 'item');
      return ok([{ type: 'agenda-item-added', ...stamp, item: { ...command.item, subjectId: null } }]);
    }
  }
}

type ClockCommand = Extract<MeetingCommand, { type: 'start-item' | 'start-round' | 'pause-clock' | 'resume-clock' | 'open-evaluation' }>;

/** The facilitator's steps through the agenda: items, their rounds and their clocks. */
export function decideItems(command: ClockCommand, run: RunContext): Events {
  const { meeting, stamp, isFacilitator } = run;
  if (!isFacilitator) return fail('not-permitted', 'onlyFacilitatorClock');
  if (command.type === 'open-evaluation') {
    return meeting.round?.kind === 'evaluation' ? fail('wrong-stage', 'evaluationOpen') : ok([{ type: 'evaluation-opened', ...stamp }]);
  }
  if (!meeting.agenda.some((item) => item.itemId === command.itemId)) return fail('not-found', 'notOnAgenda', 'itemId');
  const current = meeting.currentItemId === command.itemId;
  if (command.type === 'start-item') {
    return current ? fail('wrong-stage', 'itemUnderWay', 'itemId') : ok([{ type: 'item-started', ...stamp, itemId: command.itemId }]);
  }
  if (!current) return fail('wrong-stage', 'notCurrentItem', 'itemId');
  const paused = Object.hasOwn(meeting.clocks, command.itemId) && meeting.clocks[command.itemId]?.pausedAt !== null;
  switch (command.type) {
    case 'start-round':
      return ok([{ type: 'round-started', ...stamp, itemId: command.itemId }]);
    case 'pause-clock':
      return paused ? fail('wrong-stage', 'clockPaused', 'itemId') : ok([{ type: 'clock-paused', ...stamp, itemId: command.itemId }]);
    case 'resume-clock':
      return paused ? ok([{ type: 'clock-resumed', ...stamp, itemId: command.itemId }]) : fail('wrong-stage', 'clockRunning', 'itemId');
  }
}
