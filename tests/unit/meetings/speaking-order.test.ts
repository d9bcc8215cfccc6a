import type { MeetingState } from '../../../shared';
import { currentTurn, meetingDecider } from '../../../shared';
import { refusal, step } from '../../support/apply';
import { careCoop, circleOf } from '../../support/care-coop';
import { as } from '../../support/people';
import { meetingAt, meetingDay, meetingId, meetingOf } from '../../support/meeting-flow';

const northside = circleOf(careCoop(), 'northside');
const run = (state: MeetingState, command: object, name: string) =>
  step(meetingDecider, state, { meetingId, ...command }, as(name), meetingDay);
const refused = (state: MeetingState, command: object, name: string) =>
  refusal(meetingDecider, state, { meetingId, ...command }, as(name), meetingDay);
const joinedBy = (state: MeetingState, names: readonly string[]) =>
  names.reduce((s, name) => run(s, { type: 'join-meeting' }, name), state);
const turnOf = (state: MeetingState) => currentTurn(meetingOf(state))?.personId ?? null;

describe('those present', () => {
  it('are the members who joined, guests included, in the order they came', () => {
    const state = joinedBy(meetingAt(northside, 'planned'), ['amara', 'farid', 'grace']);
    expect(meetingOf(state).speakingOrder).toEqual(['amara', 'farid', 'grace']);
  });

  it('are unchanged when someone opens the meeting again: joining twice changes nothing', () => {
    const once = joinedBy(meetingAt(northside, 'check-in'), ['amara']);
    const result = meetingDecider.decide({ type: 'join-meeting', meetingId }, once, { actor: as('amara'), now: meetingDay });
    expect(result).toEqual({ ok: true, value: [] });
  });

  it('never include people outside the circle', () => {
    expect(refused(meetingAt(northside, 'planned'), { type: 'join-meeting' }, 'ben')).toMatchObject({ code: 'not-a-member' });
    expect(refused(meetingAt(northside, 'planned'), { type: 'mark-present', personId: 'ben' }, 'hana')).toMatchObject({
      code: 'not-a-member',
      field: 'personId',
    });
  });

  it('are marked present or absent by the facilitator only', () => {
    const planned = meetingAt(northside, 'planned');
    expect(refused(planned, { type: 'mark-present', personId: 'grace' }, 'dev')).toEqual({
      code: 'not-permitted',
      message: 'Only the facilitator marks who is present or absent.',
    });
    const marked = run(
      run(planned, { type: 'mark-present', personId: 'grace' }, 'hana'),
      { type: 'mark-present', personId: 'farid' },
      'hana',
    );
    expect(meetingOf(marked).speakingOrder).toEqual(['grace', 'farid']);
    expect(meetingOf(run(marked, { type: 'mark-absent', personId: 'grace' }, 'hana')).speakingOrder).toEqual(['farid']);
  });

  it('include whoever checks in or evaluates, who are plainly there', () => {
    const state = run(meetingAt(northside, 'check-in'), { type: 'check-in', text: 'Here from the car park.' }, 'farid');
    expect(meetingOf(state).speakingOrder).toEqual(['farid']);
  });

  it('stop changing once the meeting is closed', () => {
    expect(refused(meetingAt(northside, 'closed'), { type: 'join-meeting' }, 'amara')).toEqual({
      code: 'wrong-stage',
      message:
        'The meeting is closed; this step belongs to a meeting planned and not yet opened or in its check-in round or under way on its consented agenda.',
    });
  });
});

describe('the speaking order', () => {
  const present = () => joinedBy(meetingAt(northside, 'check-in'), ['amara', 'dev', 'farid', 'grace']);

  it('is set by the facilitator only', () => {
    expect(refused(present(), { type: 'set-speaking-order', order: ['grace', 'farid', 'dev', 'amara'] }, 'amara')).toEqual({
      code: 'not-permitted',
      message: 'Only the facilitator sets the speaking order.',
    });
  });

  it('orders those present as the facilitator says, and people joining later come at the end', () => {
    let state = run(present(), { type: 'set-speaking-order', order: ['grace', 'farid', 'dev', 'amara'] }, 'hana');
    state = run(state, { type: 'join-meeting' }, 'hana');
    expect(meetingOf(state).speakingOrder).toEqual(['grace', 'farid', 'dev', 'amara', 'hana']);
  });

  it('keeps someone who joined while the order was being set, after those the facilitator named', () => {
    const state = run(present(), { type: 'set-speaking-order', order: ['dev', 'amara'] }, 'hana');
    expect(meetingOf(state).speakingOrder).toEqual(['dev', 'amara', 'farid', 'grace']);
  });

  it('names only those present, each once', () => {
    expect(refused(present(), { type: 'set-speaking-order', order: ['hana', 'dev'] }, 'hana')).toMatchObject({
      code: 'invalid-input',
      field: 'order',
      message: expect.stringContaining('Hana'),
    });
    expect(refused(present(), { type: 'set-speaking-order', order: ['dev', 'amara', 'dev'] }, 'hana')).toMatchObject({
      code: 'invalid-input',
      field: 'order',
      message: expect.stringContaining('twice'),
    });
  });
});

describe('turns in a round', () => {
  const ordered = () =>
    run(
      joinedBy(meetingAt(northside, 'check-in'), ['amara', 'dev', 'farid']),
      { type: 'set-speaking-order', order: ['farid', 'amara', 'dev'] },
      'hana',
    );

  it('go around in the speaking order: checking in passes the turn to the next person', () => {
    let state = ordered();
    expect(currentTurn(meetingOf(state))).toEqual({ personId: 'farid', round: 'check-in', itemId: null, position: 1, of: 3 });
    state = run(state, { type: 'check-in', text: 'Good, thanks.' }, 'farid');
    expect(currentTurn(meetingOf(state))).toEqual({ personId: 'amara', round: 'check-in', itemId: null, position: 2, of: 3 });
  });

  it('are passed by the speaker or the facilitator, naming whose turn is passed', () => {
    let state = run(ordered(), { type: 'pass-turn', personId: 'farid' }, 'farid');
    expect(turnOf(state)).toBe('amara');
    state = run(state, { type: 'pass-turn', personId: 'amara' }, 'hana');
    expect(turnOf(state)).toBe('dev');
    expect(refused(state, { type: 'pass-turn', personId: 'dev' }, 'amara')).toEqual({
      code: 'not-permitted',
      message: 'Only the person speaking, or the facilitator, passes the turn.',
    });
  });

  it('are passed once when the speaker and the facilitator pass at the same moment', () => {
    const state = run(ordered(), { type: 'pass-turn', personId: 'farid' }, 'farid');
    expect(refused(state, { type: 'pass-turn', personId: 'farid' }, 'hana')).toEqual({
      code: 'not-their-turn',
      message: 'It is Amara Okafor’s turn now, not Farid Haddad’s.',
      field: 'personId',
    });
    expect(turnOf(state)).toBe('amara');
  });

  it('end when everyone present has spoken, and someone who joins late is heard last', () => {
    let state = ['farid', 'amara', 'dev'].reduce((s, name) => run(s, { type: 'check-in' }, name), ordered());
    expect(currentTurn(meetingOf(state))).toBeNull();
    state = run(state, { type: 'join-meeting' }, 'grace');
    expect(turnOf(state)).toBe('grace');
  });

  it('skip someone marked absent', () => {
    const state = run(ordered(), { type: 'mark-absent', personId: 'farid' }, 'hana');
    expect(turnOf(state)).toBe('amara');
  });

  it('start again for each item’s rounds and for the closing evaluation', () => {
    let state = ['farid', 'amara', 'dev'].reduce((s, name) => run(s, { type: 'check-in' }, name), ordered());
    state = run(state, { type: 'consent-to-agenda' }, 'hana');
    expect(currentTurn(meetingOf(state))).toBeNull();
    state = run(state, { type: 'start-item', itemId: 'families' }, 'hana');
    expect(currentTurn(meetingOf(state))).toMatchObject({ personId: 'farid', round: 'item', itemId: 'families' });
    state = run(state, { type: 'pass-turn', personId: 'farid' }, 'farid');
    state = run(state, { type: 'start-round', itemId: 'families' }, 'hana');
    expect(meetingOf(state).round).toEqual({ kind: 'item', itemId: 'families', number: 2, spoken: [] });
    state = run(state, { type: 'open-evaluation' }, 'hana');
    expect(currentTurn(meetingOf(state))).toMatchObject({ personId: 'farid', round: 'evaluation' });
    state = run(state, { type: 'evaluate-meeting', rating: 4 }, 'farid');
    expect(turnOf(state)).toBe('amara');
  });

  it('are only passed while a round goes around', () => {
    const started = run(joinedBy(meetingAt(northside, 'in-progress'), ['amara']), { type: 'join-meeting' }, 'dev');
    expect(refused(started, { type: 'pass-turn', personId: 'amara' }, 'hana')).toEqual({
      code: 'wrong-stage',
      message: 'No round is going around now; the facilitator opens one first.',
    });
  });
});
