import type { Actor } from '../kernel/actor';
import { personOf } from '../kernel/actor';
import { transition } from '../kernel/decider';
import type { Instant } from '../kernel/ids';
import type { MeetingCommand, MeetingState } from './meeting';
import { meetingDecider } from './meeting-decider';
import { currentTurn } from './speaking-order';

export type MeetingStepKind = Exclude<MeetingCommand['type'], 'plan-meeting'>;

export const meetingStepKinds: readonly MeetingStepKind[] = [
  'add-agenda-item',
  'join-meeting',
  'mark-present',
  'mark-absent',
  'set-speaking-order',
  'pass-turn',
  'open-check-in',
  'check-in',
  'consent-to-agenda',
  'start-item',
  'start-round',
  'pause-clock',
  'resume-clock',
  'record-minutes',
  'open-evaluation',
  'evaluate-meeting',
  'close-meeting',
];

/**
 * A command of each kind with stand-in content, enough for the decider to say
 * whether this person may take that step now; what they send is checked again.
 * None where the step would change nothing (joining when present).
 */
function sample(
  kind: MeetingStepKind,
  state: MeetingState & { meeting: NonNullable<MeetingState['meeting']> },
  actor: Actor,
): Record<string, unknown> | null {
  const { circle, meeting } = state;
  const present = meeting.speakingOrder;
  const current = meeting.currentItemId;
  switch (kind) {
    case 'add-agenda-item':
      return { item: { itemId: `available-steps-sample-${meeting.agenda.length}`, type: 'report', title: 'x', timeboxMinutes: 5 } };
    case 'join-meeting':
      return present.includes(personOf(actor) ?? '') ? null : {};
    case 'mark-present': {
      const away = circle.members.find((member) => !present.includes(member.personId));
      return away ? { personId: away.personId } : null;
    }
    case 'mark-absent':
      return present[0] === undefined ? null : { personId: present[0] };
    case 'set-speaking-order':
      return { order: present };
    case 'pass-turn': {
      const turn = currentTurn(meeting);
      return turn ? { personId: turn.personId } : null;
    }
    case 'check-in':
      return { text: '' };
    case 'start-item': {
      const next = meeting.agenda.find((item) => item.itemId !== current);
      return next ? { itemId: next.itemId } : null;
    }
    case 'start-round':
    case 'pause-clock':
    case 'resume-clock':
      return current ? { itemId: current } : null;
    case 'record-minutes': {
      const itemId = current ?? meeting.agenda[0]?.itemId;
      return itemId ? { itemId, notes: '' } : null;
    }
    case 'evaluate-meeting':
      return { rating: 3 };
    default:
      return {};
  }
}

/** The steps of a meeting this person may take now, as the decider judges them (the faces offer these and no others). */
export function availableMeetingSteps(state: MeetingState, actor: Actor, now: Instant): MeetingStepKind[] {
  const { meeting } = state;
  if (!meeting) return [];
  return meetingStepKinds.filter((kind) => {
    const fields = sample(kind, { ...state, meeting }, actor);
    return fields !== null && transition(meetingDecider, state, { type: kind, meetingId: meeting.meetingId, ...fields }, actor, now).ok;
  });
}
