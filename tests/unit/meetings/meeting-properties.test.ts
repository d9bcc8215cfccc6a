import fc from 'fast-check';
import type { MeetingState } from '../../../shared';
import { currentTurn, itemClock, meetingDecider, transition } from '../../../shared';
import { careCoop, circleOf } from '../../support/care-coop';
import { as } from '../../support/people';
import { meetingAt, meetingDay, meetingId, meetingOf } from '../../support/meeting-flow';

const northside = circleOf(careCoop(), 'northside');
const at = (seconds: number) => new Date(Date.parse(meetingDay) + seconds * 1000).toISOString();
const items = ['families', 'weekend-rota', 'delegate'] as const;

/** Applies a step when the rules allow it, as a facilitator clicking at random would; a refused step changes nothing. */
const tried = (state: MeetingState, command: object, name: string, second: number): MeetingState => {
  const result = transition(meetingDecider, state, { meetingId, ...command }, as(name), at(second));
  return result.ok ? result.value.state : state;
};

const clockStep = fc.record({
  waitSeconds: fc.integer({ min: 0, max: 900 }),
  step: fc.oneof(
    fc.constantFrom('pause-clock', 'resume-clock').map((type) => ({ type })),
    fc.constantFrom(...items).map((itemId) => ({ type: 'start-item', itemId })),
  ),
});

describe('properties of an item’s clock', () => {
  it('counts exactly the time the item ran, never a pause or the time spent on other items', () => {
    fc.assert(
      fc.property(fc.array(clockStep, { maxLength: 30 }), fc.integer({ min: 0, max: 3600 }), (steps, lookLater) => {
        let state = meetingAt(northside, 'in-progress');
        let second = 0;
        const ran: Record<string, number> = {};
        for (const { waitSeconds, step } of steps) {
          const meeting = meetingOf(state);
          const current = meeting.currentItemId;
          // What the model says ran during the wait: the item under way, unless its clock stood paused.
          if (current && meeting.clocks[current]?.pausedAt === null) ran[current] = (ran[current] ?? 0) + waitSeconds * 1000;
          second += waitSeconds;
          const itemId = 'itemId' in step ? step.itemId : current;
          state = tried(state, { ...step, itemId: itemId ?? 'families' }, 'hana', second);
        }
        const meeting = meetingOf(state);
        const current = meeting.currentItemId;
        if (current && meeting.clocks[current]?.pausedAt === null) ran[current] = (ran[current] ?? 0) + lookLater * 1000;
        for (const itemId of items) expect(itemClock(meeting, itemId, at(second + lookLater)).elapsedMs).toBe(ran[itemId] ?? 0);
      }),
    );
  });

  it('never goes back as time goes on, and is over exactly when it ran past its time box', () => {
    fc.assert(
      fc.property(
        fc.array(clockStep, { maxLength: 20 }),
        fc.array(fc.integer({ min: 0, max: 7200 }), { minLength: 2, maxLength: 6 }),
        (steps, looks) => {
          let state = meetingAt(northside, 'in-progress');
          let second = 0;
          for (const { waitSeconds, step } of steps) {
            second += waitSeconds;
            state = tried(state, { itemId: meetingOf(state).currentItemId ?? 'families', ...step }, 'hana', second);
          }
          const meeting = meetingOf(state);
          for (const itemId of items) {
            const clocks = [...looks].sort((a, b) => a - b).map((look) => itemClock(meeting, itemId, at(second + look)));
            for (const [index, clock] of clocks.slice(1).entries())
              expect(clock.elapsedMs).toBeGreaterThanOrEqual(clocks[index]?.elapsedMs ?? 0);
            const box = (meeting.agenda.find((item) => item.itemId === itemId)?.timeboxMinutes ?? 0) * 60_000;
            for (const clock of clocks) expect(clock.over).toBe(clock.elapsedMs > box);
          }
        },
      ),
    );
  });
});

const members = ['amara', 'dev', 'farid', 'grace', 'hana', 'ben'] as const;
const peopleStep = fc.oneof(
  fc.constantFrom(...members).map((name) => ({ by: name, command: { type: 'join-meeting' } })),
  fc.constantFrom(...members).map((personId) => ({ by: 'hana', command: { type: 'mark-present', personId } })),
  fc.constantFrom(...members).map((personId) => ({ by: 'hana', command: { type: 'mark-absent', personId } })),
  fc.constantFrom(...members).map((name) => ({ by: name, command: { type: 'check-in', text: '' } })),
  fc
    .subarray([...members])
    .chain((named) => fc.shuffledSubarray(named))
    .map((order) => ({ by: 'hana', command: { type: 'set-speaking-order', order } })),
  fc.constantFrom(...members).map((personId) => ({ by: 'hana', command: { type: 'pass-turn', personId } })),
);

describe('properties of the speaking order', () => {
  it('is always each person present once, members only, and the turn always belongs to someone present who has not spoken', () => {
    fc.assert(
      fc.property(fc.array(peopleStep, { maxLength: 40 }), (steps) => {
        let state = meetingAt(northside, 'check-in');
        const present = new Set<string>();
        for (const { by, command } of steps) {
          const before = state;
          state = tried(state, command, by, 0);
          if (state === before) continue;
          if (command.type === 'join-meeting' || command.type === 'check-in') present.add(by);
          if (command.type === 'mark-present' && 'personId' in command) present.add(command.personId);
          if (command.type === 'mark-absent' && 'personId' in command) present.delete(command.personId);
        }
        const meeting = meetingOf(state);
        expect([...meeting.speakingOrder].sort()).toEqual([...present].sort());
        expect(new Set(meeting.speakingOrder).size).toBe(meeting.speakingOrder.length);
        expect(present.has('ben')).toBe(false);
        const turn = currentTurn(meeting);
        if (turn) expect(meeting.speakingOrder.includes(turn.personId) && !meeting.round?.spoken.includes(turn.personId)).toBe(true);
        else expect(meeting.speakingOrder.every((personId) => meeting.round?.spoken.includes(personId))).toBe(true);
      }),
    );
  });
});
