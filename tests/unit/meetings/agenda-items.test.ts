import { AgendaItem, AgendaItemType, meetingDecider } from '../../../shared';
import { refusal, step } from '../../support/apply';
import { careCoop, circleOf } from '../../support/care-coop';
import { as } from '../../support/people';
import { meetingDay, meetingId, meetingOf } from '../../support/meeting-flow';

const northside = circleOf(careCoop(), 'northside');
const item = (fields: object) => ({
  itemId: 'item-1',
  type: 'report',
  title: 'How the new families are settling in',
  timeboxMinutes: 10,
  ...fields,
});
const plan = (agenda: unknown) => ({ type: 'plan-meeting', meetingId, scheduledFor: meetingDay, agenda });
const fresh = { circle: northside, meeting: null };

describe('agenda items have a type and a time box', () => {
  it.each(AgendaItemType.options)('accepts an item of type %s with its time box', (type) => {
    const meeting = meetingOf(step(meetingDecider, fresh, plan([item({ type, timeboxMinutes: 15 })]), as('dev')));
    expect(meeting.agenda).toEqual([
      { itemId: 'item-1', type, title: 'How the new families are settling in', timeboxMinutes: 15, subjectId: null },
    ]);
  });

  it.each([
    [{ type: 'any other business' }, 'agenda.0.type'],
    [{ type: undefined }, 'agenda.0.type'],
    [{ timeboxMinutes: undefined }, 'agenda.0.timeboxMinutes'],
    [{ timeboxMinutes: 0 }, 'agenda.0.timeboxMinutes'],
    [{ timeboxMinutes: 241 }, 'agenda.0.timeboxMinutes'],
    [{ timeboxMinutes: 7.5 }, 'agenda.0.timeboxMinutes'],
    [{ title: '  ' }, 'agenda.0.title'],
    [{ title: 'x'.repeat(201) }, 'agenda.0.title'],
    [{ subjectId: '' }, 'agenda.0.subjectId'],
  ])('refuses an item with %j on %s', (fields, field) => {
    expect(refusal(meetingDecider, fresh, plan([item(fields)]), as('dev'))).toMatchObject({ code: 'invalid-input', field });
  });

  it('accepts time boxes from one minute to four hours', () => {
    for (const timeboxMinutes of [1, 240]) expect(AgendaItem.safeParse(item({ timeboxMinutes })).success).toBe(true);
  });

  it('keeps an agenda to at most 40 items', () => {
    const items = (n: number) => Array.from({ length: n }, (_, i) => item({ itemId: `item-${i}` }));
    expect(meetingOf(step(meetingDecider, fresh, plan(items(40)), as('dev'))).agenda).toHaveLength(40);
    expect(refusal(meetingDecider, fresh, plan(items(41)), as('dev'))).toMatchObject({ code: 'invalid-input', field: 'agenda' });
  });
});
