import type { MeetingState } from '../../../shared';
import { entriesFound, entryOfRow, logbookRows, meetingDecider, messageDate, minutesRow } from '../../../shared';
import { sayEverywhere, textsFor } from '../../../texts/all';
import { step } from '../../support/apply';
import { careCoop, circleOf } from '../../support/care-coop';
import { as } from '../../support/people';
import { meetingAt, meetingId, meetingOf } from '../../support/meeting-flow';

const coop = careCoop();
const northside = circleOf(coop, 'northside');
const closedAt = '2026-11-28T11:00:00.000Z';

function closedMeeting(): MeetingState {
  let state = meetingAt(northside, 'in-progress');
  state = step(
    meetingDecider,
    state,
    { type: 'record-minutes', meetingId, itemId: 'families', notes: 'The Khans would like earlier visits on Saturdays.' },
    as('dev'),
    closedAt,
  );
  return step(meetingDecider, state, { type: 'close-meeting', meetingId }, as('hana'), closedAt);
}

describe('a meeting’s minutes in the logbook', () => {
  it('are an entry once the meeting is closed, dated the day it was held, for the whole organisation to read', () => {
    expect(minutesRow(meetingOf(meetingAt(northside, 'in-progress')), northside)).toBeNull();
    const row = minutesRow(meetingOf(closedMeeting()), northside);
    expect(row).toMatchObject({
      kind: 'minutes',
      id: meetingId,
      circleId: 'northside',
      title: '',
      stage: 'held',
      date: '2026-11-28',
      decided: true,
    });
    // Its title is the core's words, kept as key and values, so each reader reads it in their language.
    expect(row?.said).toEqual({ key: 'minutesTitle', values: { circle: 'Northside care team', day: messageDate('2026-11-28') } });
    expect(row?.said && textsFor('en').say('core', row.said)).toBe('Minutes: Northside care team, meeting of Nov 28, 2026');
    expect(row?.said && textsFor('de').say('core', row.said)).toBe('Protokoll: Northside care team, Sitzung vom 28. Nov. 2026');
    expect(row && entriesFound({}, new Set(['finance']), '2026-12-01')(row)).toMatchObject({
      kind: 'minutes',
      status: 'held',
      said: row?.said,
    });
  });

  it('keep showing the English title of minutes kept before titles were the core’s words', () => {
    const row = minutesRow(meetingOf(closedMeeting()), northside);
    if (!row) throw new Error('no minutes');
    const { said: _words, ...older } = { ...row, title: 'Minutes: Northside care team, meeting of 2026-11-28' };
    const entry = entryOfRow(older, '2026-12-01');
    expect(entry.title).toBe('Minutes: Northside care team, meeting of 2026-11-28');
    expect(entry).not.toHaveProperty('said');
  });

  it('are found by the words of their items and notes', () => {
    const row = minutesRow(meetingOf(closedMeeting()), northside);
    if (!row) throw new Error('no row');
    expect(entriesFound({ text: 'khans saturdays' }, 'all', '2026-12-01')(row)).not.toBeNull();
    expect(entriesFound({ text: 'weekend rota' }, 'all', '2026-12-01')(row)).not.toBeNull();
    expect(entriesFound({ text: 'holidays' }, 'all', '2026-12-01')(row)).toBeNull();
  });

  it('are kept among the organisation’s rows when the logbook is rebuilt from the records', () => {
    const rows = logbookRows(
      { structure: coop, actor: { kind: 'system' } },
      [],
      [meetingOf(closedMeeting()), meetingOf(meetingAt(northside, 'in-progress'))],
      sayEverywhere,
    );
    expect(rows.filter((row) => row.kind === 'minutes').map((row) => row.id)).toEqual([meetingId]);
  });
});
