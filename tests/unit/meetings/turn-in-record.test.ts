import fc from 'fast-check';
import type { MeetingState } from '../../../shared';
import { currentTurn, meetingDecider, turnEndedBy } from '../../../shared';
import { step } from '../../support/apply';
import { careCoop, circleOf } from '../../support/care-coop';
import { as } from '../../support/people';
import { meetingAt, meetingDay, meetingId, meetingOf } from '../../support/meeting-flow';

const northside = circleOf(careCoop(), 'northside');
const present = ['hana', 'amara', 'dev'];
const run = (state: MeetingState, command: object, by: string) =>
  step(meetingDecider, state, { ...command, meetingId }, as(by), meetingDay);

/** Northside under way with Hana, Amara and Dev present and the item `itemId` started, its first round going around. */
function underWay(itemId: string): MeetingState {
  const state = present.reduce((s, name) => run(s, { type: 'join-meeting' }, name), meetingAt(northside, 'in-progress'));
  return run(state, { type: 'start-item', itemId }, 'hana');
}

describe('rounds go around in a speaking order: a step taken in a record during the round on its item ends the speaker’s turn', () => {
  it('ends the turn of the person speaking when the round is on the item about that proposal', () => {
    const meeting = meetingOf(underWay('weekend-rota'));
    expect(turnEndedBy(meeting, 'hana', 'weekend-rota')).toEqual({ type: 'pass-turn', personId: 'hana' });
  });

  it('leaves the turn alone for someone else, another record, a round everyone has spoken in, or a round on another item', () => {
    expect(turnEndedBy(meetingOf(underWay('weekend-rota')), 'amara', 'weekend-rota')).toBeNull();
    expect(turnEndedBy(meetingOf(underWay('weekend-rota')), 'hana', 'northside-delegate-2027')).toBeNull();
    const spoken = present.reduce((s, name) => run(s, { type: 'pass-turn', personId: name }, name), underWay('weekend-rota'));
    expect(turnEndedBy(meetingOf(spoken), 'hana', 'weekend-rota')).toBeNull();
    expect(turnEndedBy(meetingOf(underWay('families')), 'hana', 'weekend-rota')).toBeNull();
  });

  it('ends a selection’s turn the same way, and none before the meeting is under way or after it closed', () => {
    expect(turnEndedBy(meetingOf(underWay('delegate')), 'hana', 'northside-delegate-2027')).toEqual({
      type: 'pass-turn',
      personId: 'hana',
    });
    for (const status of ['planned', 'check-in', 'closed'] as const) {
      expect(turnEndedBy(meetingOf(meetingAt(northside, status)), 'hana', 'weekend-rota')).toBeNull();
    }
  });

  it('moves the round on in the speaking order, each person’s step passing their own turn once, whatever order they act in', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...present), { maxLength: 12 }), (actors) => {
        let state = underWay('weekend-rota');
        const spokeInTurn: string[] = [];
        for (const personId of actors) {
          const ended = turnEndedBy(meetingOf(state), personId, 'weekend-rota');
          if (ended === null) continue;
          spokeInTurn.push(personId);
          state = run(state, ended, personId);
        }
        // Only the one whose turn it was moved the round on, so those who did are the speaking order's beginning.
        expect(spokeInTurn).toEqual(present.slice(0, spokeInTurn.length));
        expect(currentTurn(meetingOf(state))?.personId ?? null).toBe(present[spokeInTurn.length] ?? null);
      }),
    );
  });
});
