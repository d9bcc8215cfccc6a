import type { Circle, MeetingRhythm, MeetingState } from '../../../shared';
import { availableMeetingSteps, meetingDecider, minutesOf, nextMeetingOf } from '../../../shared';
import { refusal, step } from '../../support/apply';
import { careCoop, circleOf } from '../../support/care-coop';
import { as } from '../../support/people';
import { meetingAt, meetingDay, meetingId, meetingOf } from '../../support/meeting-flow';

const northside = circleOf(careCoop(), 'northside');
const withRhythm = (circle: Circle, meetingRhythm: MeetingRhythm): Circle => ({ ...circle, policy: { ...circle.policy, meetingRhythm } });
const fortnightly: MeetingRhythm = {
  frequency: 'fortnightly',
  firstMeeting: '2026-10-06T09:30',
  timeZone: 'Europe/London',
  durationMinutes: 90,
};

describe('the next meeting proposed from the circle’s rhythm', () => {
  it('is the rhythm’s first meeting after the close, at the circle’s wall-clock time in UTC', () => {
    // 6 Oct is summer time (UTC+1); from 25 Oct London is on UTC.
    expect(nextMeetingOf(fortnightly, '2026-10-06T08:29:00.000Z')).toMatchObject({
      startsAt: '2026-10-06T08:30:00.000Z',
      localStart: '2026-10-06T09:30',
    });
    expect(nextMeetingOf(fortnightly, '2026-10-06T10:00:00.000Z')).toMatchObject({
      startsAt: '2026-10-20T08:30:00.000Z',
      localStart: '2026-10-20T09:30',
    });
    expect(nextMeetingOf(fortnightly, '2026-11-28T12:00:00.000Z')).toEqual({
      startsAt: '2026-12-01T09:30:00.000Z',
      localStart: '2026-12-01T09:30',
      timeZone: 'Europe/London',
      durationMinutes: 90,
    });
  });

  it('keeps the day of the month monthly, and finds its place years on', () => {
    const monthly: MeetingRhythm = {
      frequency: 'monthly',
      firstMeeting: '2026-01-31T18:00',
      timeZone: 'America/New_York',
      durationMinutes: 60,
    };
    expect(nextMeetingOf(monthly, '2026-02-01T00:00:00.000Z').localStart).toBe('2026-02-28T18:00');
    expect(nextMeetingOf(monthly, '2036-05-01T00:00:00.000Z')).toMatchObject({
      localStart: '2036-05-31T18:00',
      startsAt: '2036-05-31T22:00:00.000Z',
    });
  });

  it('comes with the meeting’s close, and is none for a circle without a rhythm', () => {
    const close = (circle: Circle) =>
      meetingOf(
        step(
          meetingDecider,
          meetingAt(circle, 'in-progress'),
          { type: 'close-meeting', meetingId },
          as('hana'),
          '2026-11-28T11:00:00.000Z',
        ),
      );
    expect(close(northside).nextMeeting).toBeNull();
    expect(close(withRhythm(northside, fortnightly)).nextMeeting).toEqual({
      startsAt: '2026-12-01T09:30:00.000Z',
      localStart: '2026-12-01T09:30',
      timeZone: 'Europe/London',
      durationMinutes: 90,
    });
  });
});

describe('items members add before the agenda is consented', () => {
  const holidays = { itemId: 'holiday-cover', type: 'exploration', title: 'Cover over the holidays', timeboxMinutes: 15 };

  it('are reports or explorations any member adds, guests included, at the end of the agenda', () => {
    const state = step(
      meetingDecider,
      meetingAt(northside, 'check-in'),
      { type: 'add-agenda-item', meetingId, item: holidays },
      as('grace'),
    );
    expect(meetingOf(state).agenda.at(-1)).toEqual({ ...holidays, subjectId: null });
  });

  it('are refused once the agenda is consented, to people outside the circle, with a used id, or as a decision', () => {
    const add = (item: object) => ({ type: 'add-agenda-item', meetingId, item });
    expect(refusal(meetingDecider, meetingAt(northside, 'in-progress'), add(holidays), as('grace'))).toMatchObject({ code: 'wrong-stage' });
    expect(refusal(meetingDecider, meetingAt(northside, 'planned'), add(holidays), as('ben'))).toMatchObject({ code: 'not-a-member' });
    expect(refusal(meetingDecider, meetingAt(northside, 'planned'), add({ ...holidays, itemId: 'families' }), as('amara'))).toMatchObject({
      code: 'already-exists',
      field: 'item.itemId',
    });
    expect(refusal(meetingDecider, meetingAt(northside, 'planned'), add({ ...holidays, type: 'proposal' }), as('amara'))).toMatchObject({
      code: 'invalid-input',
      field: 'item.type',
    });
    expect(refusal(meetingDecider, meetingAt(northside, 'planned'), add({ ...holidays, timeboxMinutes: 0 }), as('amara'))).toMatchObject({
      code: 'invalid-input',
      field: 'item.timeboxMinutes',
    });
  });
});

describe('the steps a person may take now', () => {
  const joined = (state: MeetingState, name: string) =>
    step(meetingDecider, state, { type: 'join-meeting', meetingId }, as(name), meetingDay);

  it('offer the facilitator the run and a member only what members do', () => {
    const checkIn = joined(joined(meetingAt(northside, 'check-in'), 'amara'), 'hana');
    expect(availableMeetingSteps(checkIn, as('hana'), meetingDay)).toEqual([
      'add-agenda-item',
      'mark-present',
      'mark-absent',
      'set-speaking-order',
      'pass-turn',
      'check-in',
      'consent-to-agenda',
    ]);
    expect(availableMeetingSteps(checkIn, as('amara'), meetingDay)).toEqual(['add-agenda-item', 'pass-turn', 'check-in']);
    expect(availableMeetingSteps(checkIn, as('farid'), meetingDay)).toEqual(['add-agenda-item', 'join-meeting', 'check-in']);
    expect(availableMeetingSteps(checkIn, as('ben'), meetingDay)).toEqual([]);
  });

  it('offer the secretary the minutes, and nobody anything once the meeting is closed', () => {
    const started = step(
      meetingDecider,
      joined(meetingAt(northside, 'in-progress'), 'dev'),
      { type: 'start-item', meetingId, itemId: 'families' },
      as('hana'),
      meetingDay,
    );
    expect(availableMeetingSteps(started, as('dev'), meetingDay)).toEqual(['pass-turn', 'record-minutes', 'evaluate-meeting']);
    expect(availableMeetingSteps(started, as('hana'), meetingDay)).toEqual([
      'join-meeting',
      'mark-present',
      'mark-absent',
      'set-speaking-order',
      'pass-turn',
      'start-item',
      'start-round',
      'pause-clock',
      'record-minutes',
      'open-evaluation',
      'evaluate-meeting',
      'close-meeting',
    ]);
    expect(availableMeetingSteps(meetingAt(northside, 'closed'), as('hana'), meetingDay)).toEqual([]);
  });
});

describe('the minutes of a closed meeting', () => {
  it('give each item’s notes with the decisions taken by title, the evaluation’s average and the next meeting', () => {
    let state = meetingAt(withRhythm(northside, fortnightly), 'in-progress');
    const take = (command: object, name: string) => {
      state = step(meetingDecider, state, { meetingId, ...command }, as(name), '2026-11-28T10:00:00.000Z');
    };
    take(
      {
        type: 'record-minutes',
        itemId: 'weekend-rota',
        notes: 'Adopted after Grace’s objection was integrated.',
        decisionIds: ['weekend-rota'],
      },
      'dev',
    );
    take({ type: 'evaluate-meeting', rating: 4 }, 'amara');
    take({ type: 'evaluate-meeting', rating: 5 }, 'grace');
    take({ type: 'evaluate-meeting', rating: 4 }, 'farid');
    expect(minutesOf(meetingOf(state))).toBeNull();
    take({ type: 'close-meeting' }, 'hana');
    expect(minutesOf(meetingOf(state))).toEqual({
      meetingId,
      circleId: 'northside',
      heldOn: '2026-11-28',
      items: [
        { itemId: 'families', title: 'How the two new families are settling in', notes: '', decisions: [] },
        {
          itemId: 'weekend-rota',
          title: 'Rotate weekend shifts monthly',
          notes: 'Adopted after Grace’s objection was integrated.',
          decisions: [{ id: 'weekend-rota', title: 'Rotate weekend shifts monthly' }],
        },
        { itemId: 'delegate', title: 'Select: delegate', notes: '', decisions: [] },
      ],
      evaluation: { count: 3, average: 4.3 },
      nextMeeting: { startsAt: '2026-12-01T09:30:00.000Z', localStart: '2026-12-01T09:30', timeZone: 'Europe/London', durationMinutes: 90 },
    });
  });
});
