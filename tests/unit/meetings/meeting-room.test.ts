import type { DomainError } from '../../../shared';
import type { AgendaItem, MeetingState } from '../../../shared';
import { charactersOf, meetingDecider, recordCharacters, transition } from '../../../shared';
import { step } from '../../support/apply';
import { careCoop, circleOf } from '../../support/care-coop';
import { meetingAt, meetingDay, meetingId, meetingOf } from '../../support/meeting-flow';
import { as } from '../../support/people';

const agenda: AgendaItem[] = Array.from({ length: 40 }, (_, n) => ({
  itemId: `item-${n}`,
  type: 'report',
  title: `Report ${n}`,
  timeboxMinutes: 5,
  subjectId: null,
}));

describe('a meeting holds only what its storage row can take', () => {
  it('refuses minutes that would not fit, naming the notes, and still closes', () => {
    let state: MeetingState = meetingAt(circleOf(careCoop(), 'northside'), 'in-progress', agenda);
    let refusal: DomainError | undefined;
    for (const item of agenda) {
      const result = transition(
        meetingDecider,
        state,
        { type: 'record-minutes', meetingId, itemId: item.itemId, notes: 'n'.repeat(20_000) },
        as('dev'),
        meetingDay,
      );
      if (!result.ok) {
        refusal = result.error;
        break;
      }
      state = result.value.state;
    }
    expect(refusal).toMatchObject({ code: 'record-full', field: 'notes' });
    expect(charactersOf(meetingOf(state))).toBeLessThanOrEqual(recordCharacters);
    expect(meetingOf(step(meetingDecider, state, { type: 'close-meeting', meetingId }, as('hana'), meetingDay)).status).toBe('closed');
  });
});
