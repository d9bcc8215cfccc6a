import type { MeetingState } from '../../../shared';
import { mayPlanMeeting, meetingDecider } from '../../../shared';
import { refusal, step } from '../../support/apply';
import { careCoop, circleOf } from '../../support/care-coop';
import { admin, as, system } from '../../support/people';
import { changed } from '../../support/review-decisions';
import { meetingAt, meetingDay, meetingId, meetingOf, northsideAgenda } from '../../support/meeting-flow';

const coop = careCoop();
const northside = circleOf(coop, 'northside');
const later = (minutes: number) => new Date(Date.parse(meetingDay) + minutes * 60_000).toISOString();

describe('planning a circle meeting', () => {
  it('is open to any member, with the agenda proposed so far', () => {
    const meeting = meetingOf(meetingAt(northside, 'planned'));
    expect(meeting).toEqual({
      meetingId,
      circleId: 'northside',
      scheduledFor: meetingDay,
      plannedBy: 'dev',
      status: 'planned',
      agenda: northsideAgenda,
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
    });
  });

  it('may start with an empty agenda', () => {
    const state = step(
      meetingDecider,
      { circle: northside, meeting: null },
      { type: 'plan-meeting', meetingId, scheduledFor: meetingDay },
      as('grace'),
    );
    expect(meetingOf(state)).toMatchObject({ agenda: [], plannedBy: 'grace' });
  });

  it('is refused to people outside the circle, admins and the timer included', () => {
    const plan = { type: 'plan-meeting', meetingId, scheduledFor: meetingDay };
    for (const actor of [as('ben'), admin, system]) {
      expect(refusal(meetingDecider, { circle: northside, meeting: null }, plan, actor)).toMatchObject({ code: 'not-a-member' });
    }
  });

  it('is offered (`mayPlanMeeting`) to exactly those the decider lets plan', () => {
    const plan = { type: 'plan-meeting', meetingId, scheduledFor: meetingDay };
    for (const actor of [as('amara'), as('farid'), as('hana'), as('ben'), as('chloe'), admin, system]) {
      const accepted = meetingDecider.decide(plan as never, { circle: northside, meeting: null }, { actor, now: meetingDay }).ok;
      expect(mayPlanMeeting(northside, actor)).toBe(accepted);
    }
  });

  it('refuses a second meeting with the same state, and a moment that is not a UTC date-time', () => {
    const planned = meetingAt(northside, 'planned');
    expect(refusal(meetingDecider, planned, { type: 'plan-meeting', meetingId, scheduledFor: meetingDay }, as('dev'))).toMatchObject({
      code: 'already-exists',
      field: 'meetingId',
    });
    expect(
      refusal(
        meetingDecider,
        { circle: northside, meeting: null },
        { type: 'plan-meeting', meetingId, scheduledFor: '28/11/2026 10:00' },
        as('dev'),
      ),
    ).toMatchObject({
      code: 'invalid-input',
      field: 'scheduledFor',
    });
  });

  it('refuses steps for another meeting, or before any meeting is planned', () => {
    const planned = meetingAt(northside, 'planned');
    expect(refusal(meetingDecider, planned, { type: 'open-check-in', meetingId: 'hub-2026-11-30' }, as('hana'))).toMatchObject({
      code: 'not-found',
      field: 'meetingId',
    });
    expect(refusal(meetingDecider, { circle: northside, meeting: null }, { type: 'open-check-in', meetingId }, as('hana'))).toMatchObject({
      code: 'not-found',
      field: 'meetingId',
    });
  });
});

describe('check-in round', () => {
  const checkIn = (text?: string) => ({ type: 'check-in', meetingId, ...(text === undefined ? {} : { text }) });

  it('is opened by the facilitator only', () => {
    const planned = meetingAt(northside, 'planned');
    for (const name of ['dev', 'amara']) {
      expect(refusal(meetingDecider, planned, { type: 'open-check-in', meetingId }, as(name))).toMatchObject({ code: 'not-permitted' });
    }
    expect(meetingOf(step(meetingDecider, planned, { type: 'open-check-in', meetingId }, as('hana'))).status).toBe('check-in');
  });

  it('hears each member once, in their own words, and keeps their latest check-in', () => {
    let state = meetingAt(northside, 'check-in');
    state = step(meetingDecider, state, checkIn('  Tired after the night shift, but glad to be here.  '), as('amara'));
    state = step(meetingDecider, state, checkIn('A bit anxious about the new rota.'), as('farid'));
    state = step(meetingDecider, state, checkIn('Better now we have started.'), as('farid'));
    state = step(meetingDecider, state, checkIn(), as('grace'));
    expect(meetingOf(state).checkIns).toEqual({
      amara: 'Tired after the night shift, but glad to be here.',
      farid: 'Better now we have started.',
      grace: '',
    });
  });

  it('is only for members of the circle', () => {
    expect(refusal(meetingDecider, meetingAt(northside, 'check-in'), checkIn('Visiting from the hub.'), as('chloe'))).toMatchObject({
      code: 'not-a-member',
    });
  });

  it('happens only between opening the check-in and consenting to the agenda', () => {
    expect(refusal(meetingDecider, meetingAt(northside, 'planned'), checkIn('Early.'), as('amara'))).toMatchObject({ code: 'wrong-stage' });
    expect(refusal(meetingDecider, meetingAt(northside, 'in-progress'), checkIn('Late.'), as('amara'))).toMatchObject({
      code: 'wrong-stage',
    });
    expect(refusal(meetingDecider, meetingAt(northside, 'check-in'), { type: 'open-check-in', meetingId }, as('hana'))).toMatchObject({
      code: 'wrong-stage',
    });
  });

  it('keeps a check-in short', () => {
    expect(refusal(meetingDecider, meetingAt(northside, 'check-in'), checkIn('x'.repeat(1001)), as('amara'))).toMatchObject({
      code: 'invalid-input',
      field: 'text',
    });
  });

  it('is opened by whoever planned the meeting while the circle has no facilitator', () => {
    const withoutFacilitator = circleOf(changed(coop, [{ type: 'remove-member', circleId: 'northside', personId: 'hana' }]), 'northside');
    const planned: MeetingState = step(
      meetingDecider,
      { circle: withoutFacilitator, meeting: null },
      { type: 'plan-meeting', meetingId, scheduledFor: meetingDay },
      as('grace'),
    );
    expect(refusal(meetingDecider, planned, { type: 'open-check-in', meetingId }, as('dev'))).toMatchObject({ code: 'not-permitted' });
    expect(meetingOf(step(meetingDecider, planned, { type: 'open-check-in', meetingId }, as('grace'))).status).toBe('check-in');
  });
});

describe('consent to the agenda', () => {
  const consentTo = (agenda?: unknown) => ({ type: 'consent-to-agenda', meetingId, ...(agenda === undefined ? {} : { agenda }) });

  it('starts the meeting on the agenda as proposed, with the moment of consent', () => {
    const state = step(meetingDecider, meetingAt(northside, 'check-in'), consentTo(), as('hana'), later(10));
    expect(meetingOf(state)).toMatchObject({ status: 'in-progress', agenda: northsideAgenda, agendaConsentedAt: later(10) });
  });

  it('records the agenda as the circle changed it before consenting', () => {
    const changedAgenda = [
      northsideAgenda[1],
      { itemId: 'holiday-cover', type: 'exploration', title: 'Cover over the holidays', timeboxMinutes: 15 },
    ];
    const state = step(meetingDecider, meetingAt(northside, 'check-in'), consentTo(changedAgenda), as('hana'));
    expect(meetingOf(state).agenda).toEqual([
      northsideAgenda[1],
      { itemId: 'holiday-cover', type: 'exploration', title: 'Cover over the holidays', timeboxMinutes: 15, subjectId: null },
    ]);
  });

  it('needs at least one item', () => {
    expect(refusal(meetingDecider, meetingAt(northside, 'check-in', []), consentTo(), as('hana'))).toMatchObject({
      code: 'invalid-input',
      field: 'agenda',
    });
    expect(refusal(meetingDecider, meetingAt(northside, 'check-in'), consentTo([]), as('hana'))).toMatchObject({
      code: 'invalid-input',
      field: 'agenda',
    });
  });

  it('is the facilitator’s step, after the check-in round', () => {
    expect(refusal(meetingDecider, meetingAt(northside, 'check-in'), consentTo(), as('dev'))).toMatchObject({ code: 'not-permitted' });
    expect(refusal(meetingDecider, meetingAt(northside, 'planned'), consentTo(), as('hana'))).toMatchObject({ code: 'wrong-stage' });
    expect(refusal(meetingDecider, meetingAt(northside, 'in-progress'), consentTo(), as('hana'))).toMatchObject({ code: 'wrong-stage' });
  });
});

describe('closing round with a meeting evaluation', () => {
  const evaluate = (rating: unknown, comment?: string) => ({
    type: 'evaluate-meeting',
    meetingId,
    rating,
    ...(comment === undefined ? {} : { comment }),
  });

  it('takes each member’s rating from 1 to 5 with an optional comment, the latest counting', () => {
    let state = meetingAt(northside, 'in-progress');
    state = step(meetingDecider, state, evaluate(4, 'We kept to time.'), as('amara'), later(50));
    state = step(meetingDecider, state, evaluate(2), as('farid'), later(50));
    state = step(meetingDecider, state, evaluate(3, 'On reflection, the rota item ran over.'), as('farid'), later(52));
    expect(meetingOf(state).evaluations).toEqual({
      amara: { rating: 4, comment: 'We kept to time.' },
      farid: { rating: 3, comment: 'On reflection, the rota item ran over.' },
    });
  });

  it.each([0, 6, 3.5, '5', null])('refuses the rating %p', (rating) => {
    expect(refusal(meetingDecider, meetingAt(northside, 'in-progress'), evaluate(rating), as('amara'))).toMatchObject({
      code: 'invalid-input',
      field: 'rating',
    });
  });

  it('is for members, during the meeting', () => {
    expect(refusal(meetingDecider, meetingAt(northside, 'in-progress'), evaluate(5), as('ben'))).toMatchObject({ code: 'not-a-member' });
    expect(refusal(meetingDecider, meetingAt(northside, 'check-in'), evaluate(5), as('amara'))).toMatchObject({ code: 'wrong-stage' });
    expect(refusal(meetingDecider, meetingAt(northside, 'closed'), evaluate(5), as('amara'))).toMatchObject({ code: 'wrong-stage' });
  });

  it('ends when the facilitator closes the meeting, keeping the evaluations', () => {
    let state = step(meetingDecider, meetingAt(northside, 'in-progress'), evaluate(5, 'Calm and clear.'), as('grace'));
    state = step(meetingDecider, state, { type: 'close-meeting', meetingId }, as('hana'), later(60));
    expect(meetingOf(state)).toMatchObject({
      status: 'closed',
      closedAt: later(60),
      evaluations: { grace: { rating: 5, comment: 'Calm and clear.' } },
    });
  });

  it('is closed by the facilitator only, once the meeting is under way, and only once', () => {
    const close = { type: 'close-meeting', meetingId };
    expect(refusal(meetingDecider, meetingAt(northside, 'in-progress'), close, as('dev'))).toMatchObject({ code: 'not-permitted' });
    expect(refusal(meetingDecider, meetingAt(northside, 'check-in'), close, as('hana'))).toMatchObject({ code: 'wrong-stage' });
    expect(refusal(meetingDecider, meetingAt(northside, 'closed'), close, as('hana'))).toMatchObject({ code: 'wrong-stage' });
  });
});
