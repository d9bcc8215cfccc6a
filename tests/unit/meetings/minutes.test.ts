import { meetingDecider } from '../../../shared';
import { refusal, step } from '../../support/apply';
import { careCoop, circleOf } from '../../support/care-coop';
import { as, system } from '../../support/people';
import { meetingAt, meetingId, meetingOf } from '../../support/meeting-flow';
import { adoptedRota } from '../../support/review-decisions';

const coop = careCoop();
const northside = circleOf(coop, 'northside');
const minutes = (fields: object) => ({
  type: 'record-minutes',
  meetingId,
  itemId: 'weekend-rota',
  notes: 'Consented after Grace’s concern about notice was recorded.',
  ...fields,
});

describe('minutes link to the decisions made', () => {
  const inProgress = meetingAt(northside, 'in-progress');

  it('records the secretary’s notes for an item with the ids of the decisions it made', () => {
    const rota = adoptedRota(coop);
    const state = step(meetingDecider, inProgress, minutes({ decisionIds: [rota.proposalId] }), as('dev'));
    const meeting = meetingOf(state);
    expect(meeting.minutes).toEqual({
      'weekend-rota': { notes: 'Consented after Grace’s concern about notice was recorded.', decisionIds: ['weekend-rota'] },
    });
    expect(meeting.agenda.find((item) => item.itemId === 'weekend-rota')?.subjectId).toBe(rota.proposalId);
  });

  it('records an item that decided nothing with no decision links', () => {
    const state = step(
      meetingDecider,
      inProgress,
      minutes({ itemId: 'families', notes: 'Both families settled; one asks for earlier morning visits.' }),
      as('dev'),
    );
    expect(meetingOf(state).minutes.families).toEqual({
      notes: 'Both families settled; one asks for earlier morning visits.',
      decisionIds: [],
    });
  });

  it('keeps one minute per item: recording again replaces it', () => {
    let state = step(meetingDecider, inProgress, minutes({ notes: 'Draft notes.' }), as('dev'));
    state = step(meetingDecider, state, minutes({ notes: 'Consented.', decisionIds: ['weekend-rota'] }), as('dev'));
    state = step(meetingDecider, state, minutes({ itemId: 'delegate', notes: 'Nominations heard; change round next time.' }), as('dev'));
    expect(meetingOf(state).minutes).toEqual({
      'weekend-rota': { notes: 'Consented.', decisionIds: ['weekend-rota'] },
      delegate: { notes: 'Nominations heard; change round next time.', decisionIds: [] },
    });
  });

  it('lets the facilitator stand in for the secretary, but no one else', () => {
    expect(meetingOf(step(meetingDecider, inProgress, minutes({}), as('hana'))).minutes['weekend-rota']).toBeDefined();
    for (const actor of [as('amara'), as('grace')])
      expect(refusal(meetingDecider, inProgress, minutes({}), actor)).toMatchObject({ code: 'not-permitted' });
    expect(refusal(meetingDecider, inProgress, minutes({}), system)).toMatchObject({ code: 'not-a-member' });
  });

  it('records minutes only for items on the consented agenda', () => {
    expect(refusal(meetingDecider, inProgress, minutes({ itemId: 'budget' }), as('dev'))).toMatchObject({
      code: 'not-found',
      field: 'itemId',
    });
  });

  it('links only the proposals, role selections and reviews on the meeting’s agenda', () => {
    const linked = step(
      meetingDecider,
      inProgress,
      minutes({ itemId: 'delegate', decisionIds: ['northside-delegate-2027', 'weekend-rota'] }),
      as('dev'),
    );
    expect(meetingOf(linked).minutes.delegate?.decisionIds).toEqual(['northside-delegate-2027', 'weekend-rota']);
    for (const stray of ['budget-2027', 'families']) {
      expect(refusal(meetingDecider, inProgress, minutes({ decisionIds: ['weekend-rota', stray] }), as('dev'))).toMatchObject({
        code: 'invalid-input',
        field: 'decisionIds',
        message: expect.stringContaining(`“${stray}”`),
      });
    }
  });

  it('records minutes only while the meeting is under way', () => {
    for (const status of ['planned', 'check-in', 'closed'] as const) {
      expect(refusal(meetingDecider, meetingAt(northside, status), minutes({}), as('dev'))).toMatchObject({ code: 'wrong-stage' });
    }
  });

  it.each([
    [{ decisionIds: [''] }, 'decisionIds.0'],
    [{ decisionIds: 'weekend-rota' }, 'decisionIds'],
    [{ decisionIds: Array.from({ length: 51 }, (_, i) => `d${i}`) }, 'decisionIds'],
    [{ notes: 'x'.repeat(20001) }, 'notes'],
    [{ notes: undefined }, 'notes'],
    [{ itemId: '' }, 'itemId'],
  ])('refuses %j as invalid input on %s', (fields, field) => {
    expect(refusal(meetingDecider, inProgress, minutes(fields), as('dev'))).toMatchObject({ code: 'invalid-input', field });
  });
});
