import type { MeetingEvent, MeetingState } from '../../../shared';
import { MeetingEvent as MeetingEventSchema, meetingDecider, transition } from '../../../shared';
import { unwrap } from '../../support/apply';
import { careCoop, circleOf } from '../../support/care-coop';
import { daysFromNow } from '../../support/clock';
import type { PersonName } from '../../support/people';
import { as } from '../../support/people';
import { meetingDay, meetingId, northsideAgenda } from '../../support/meeting-flow';

const northside = circleOf(careCoop(), 'northside');

function logbook(): { events: MeetingEvent[]; state: MeetingState } {
  let state: MeetingState = { circle: northside, meeting: null };
  const events: MeetingEvent[] = [];
  const run = (command: object, who: PersonName, at: string = meetingDay) => {
    const result = unwrap(transition(meetingDecider, state, { meetingId, ...command }, as(who), at));
    state = result.state;
    events.push(...result.events);
  };
  run({ type: 'plan-meeting', scheduledFor: meetingDay, agenda: northsideAgenda }, 'dev', daysFromNow(0));
  run({ type: 'open-check-in' }, 'hana');
  run({ type: 'check-in', text: 'Rested for once.' }, 'amara');
  run({ type: 'consent-to-agenda' }, 'hana');
  run({ type: 'record-minutes', itemId: 'weekend-rota', notes: 'Adopted.', decisionIds: ['weekend-rota'] }, 'dev');
  run({ type: 'evaluate-meeting', rating: 4 }, 'grace');
  run({ type: 'close-meeting' }, 'hana');
  return { events, state };
}

describe('a meeting’s events are its record', () => {
  it('rebuilds the closed meeting from its events alone, each event in its schema’s shape', () => {
    const { events, state } = logbook();
    expect(events.map((e) => e.type)).toEqual([
      'meeting-planned',
      'check-in-opened',
      'checked-in',
      'agenda-consented',
      'minutes-recorded',
      'meeting-evaluated',
      'meeting-closed',
    ]);
    for (const event of events) expect(MeetingEventSchema.safeParse(event)).toMatchObject({ success: true });
    expect(events.reduce(meetingDecider.evolve, { circle: northside, meeting: null })).toEqual(state);
  });

  it('ignores, on replay, anything that happened before the meeting was planned', () => {
    const { events } = logbook();
    for (const event of events.slice(1))
      expect(meetingDecider.evolve({ circle: northside, meeting: null }, event)).toEqual({ circle: northside, meeting: null });
  });
});
