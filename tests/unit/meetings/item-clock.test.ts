import type { MeetingState } from '../../../shared';
import { itemClock, meetingDecider } from '../../../shared';
import { refusal, step } from '../../support/apply';
import { careCoop, circleOf } from '../../support/care-coop';
import { as } from '../../support/people';
import { meetingAt, meetingDay, meetingId, meetingOf } from '../../support/meeting-flow';

const northside = circleOf(careCoop(), 'northside');
/** A moment `minutes` after the meeting's start. */
const at = (minutes: number) => new Date(Date.parse(meetingDay) + minutes * 60_000).toISOString();
const run = (state: MeetingState, command: object, minute: number, name = 'hana') =>
  step(meetingDecider, state, { meetingId, ...command }, as(name), at(minute));
const clockAt = (state: MeetingState, itemId: string, minute: number) => itemClock(meetingOf(state), itemId, at(minute));
const min = 60_000;

describe('an item’s time box', () => {
  // The families report has 10 minutes, the weekend rota 20.
  const started = () => run(meetingAt(northside, 'in-progress'), { type: 'start-item', itemId: 'families' }, 0);

  it('has not started before the facilitator starts the item', () => {
    expect(clockAt(meetingAt(northside, 'in-progress'), 'families', 5)).toEqual({
      elapsedMs: 0,
      remainingMs: 10 * min,
      over: false,
      running: false,
    });
  });

  it('counts down from the moment the item starts, the same for everyone at the same moment', () => {
    expect(clockAt(started(), 'families', 4)).toEqual({ elapsedMs: 4 * min, remainingMs: 6 * min, over: false, running: true });
  });

  it('is kept as moments, never as a ticking value', () => {
    expect(meetingOf(started()).clocks).toEqual({ families: { startedAt: at(0), pausedAt: null, pausedMs: 0, endedAt: null } });
  });

  it('does not count the time it stood paused', () => {
    let state = run(started(), { type: 'pause-clock', itemId: 'families' }, 3);
    expect(clockAt(state, 'families', 8)).toEqual({ elapsedMs: 3 * min, remainingMs: 7 * min, over: false, running: false });
    state = run(state, { type: 'resume-clock', itemId: 'families' }, 8);
    expect(clockAt(state, 'families', 10)).toEqual({ elapsedMs: 5 * min, remainingMs: 5 * min, over: false, running: true });
  });

  it('shows over time and keeps running: an item never ends by itself', () => {
    const state = started();
    expect(clockAt(state, 'families', 10)).toMatchObject({ over: false, remainingMs: 0 });
    expect(clockAt(state, 'families', 13)).toEqual({ elapsedMs: 13 * min, remainingMs: -3 * min, over: true, running: true });
    expect(meetingOf(state).currentItemId).toBe('families');
  });

  it('stops when the facilitator moves to the next item, a pause included, and runs on if the item is taken up again', () => {
    let state = run(started(), { type: 'pause-clock', itemId: 'families' }, 6);
    state = run(state, { type: 'start-item', itemId: 'weekend-rota' }, 9);
    expect(clockAt(state, 'families', 30)).toEqual({ elapsedMs: 6 * min, remainingMs: 4 * min, over: false, running: false });
    expect(clockAt(state, 'weekend-rota', 30)).toMatchObject({ elapsedMs: 21 * min, over: true, running: true });
    state = run(state, { type: 'start-item', itemId: 'families' }, 30);
    expect(clockAt(state, 'families', 32)).toEqual({ elapsedMs: 8 * min, remainingMs: 2 * min, over: false, running: true });
    expect(clockAt(state, 'weekend-rota', 40)).toMatchObject({ elapsedMs: 21 * min, running: false });
  });

  it('stops when the closing evaluation opens and when the meeting closes', () => {
    const evaluating = run(started(), { type: 'open-evaluation' }, 7);
    expect(clockAt(evaluating, 'families', 20)).toMatchObject({ elapsedMs: 7 * min, running: false });
    const closed = run(started(), { type: 'close-meeting' }, 12);
    expect(clockAt(closed, 'families', 40)).toEqual({ elapsedMs: 12 * min, remainingMs: -2 * min, over: true, running: false });
  });

  it('is never negative for a client whose clock lags the start', () => {
    expect(itemClock(meetingOf(started()), 'families', at(-1))).toMatchObject({ elapsedMs: 0 });
  });

  it('is kept by the facilitator only, on the item under way, paused once and resumed once', () => {
    const state = started();
    expect(refusal(meetingDecider, state, { type: 'pause-clock', meetingId, itemId: 'families' }, as('dev'), at(1))).toEqual({
      code: 'not-permitted',
      message: 'Only the facilitator starts items and keeps their clocks.',
    });
    expect(refusal(meetingDecider, state, { type: 'pause-clock', meetingId, itemId: 'weekend-rota' }, as('hana'), at(1))).toMatchObject({
      code: 'wrong-stage',
      field: 'itemId',
    });
    expect(refusal(meetingDecider, state, { type: 'resume-clock', meetingId, itemId: 'families' }, as('hana'), at(1))).toMatchObject({
      code: 'wrong-stage',
      field: 'itemId',
    });
    const paused = run(state, { type: 'pause-clock', itemId: 'families' }, 1);
    expect(refusal(meetingDecider, paused, { type: 'pause-clock', meetingId, itemId: 'families' }, as('hana'), at(2))).toMatchObject({
      code: 'wrong-stage',
      message: 'The item’s clock is paused already.',
    });
    expect(refusal(meetingDecider, state, { type: 'start-item', meetingId, itemId: 'families' }, as('hana'), at(1))).toMatchObject({
      code: 'wrong-stage',
      message: 'That item is already under way.',
    });
    expect(refusal(meetingDecider, state, { type: 'start-item', meetingId, itemId: 'holidays' }, as('hana'), at(1))).toMatchObject({
      code: 'not-found',
      field: 'itemId',
    });
  });

  it('starts only once the agenda is consented', () => {
    expect(
      refusal(meetingDecider, meetingAt(northside, 'check-in'), { type: 'start-item', meetingId, itemId: 'families' }, as('hana'), at(0)),
    ).toEqual({
      code: 'wrong-stage',
      message: 'The meeting is in its check-in round; this step belongs to a meeting under way on its consented agenda.',
    });
  });
});
