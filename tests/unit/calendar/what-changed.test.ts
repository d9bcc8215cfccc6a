import { changesCalendar, changesReviews } from '../../../shared';

const events = (...types: string[]) => types.map((type) => ({ type }));

describe('which recorded events change reviews and calendars', () => {
  it('an adoption and a recorded term change what comes back for review, and so the calendars', () => {
    for (const type of ['proposal-adopted', 'role-holder-selected']) {
      expect([type, changesReviews(events(type)), changesCalendar(events(type))]).toEqual([type, true, true]);
    }
  });

  it('a planned meeting and its consented agenda change the calendars only', () => {
    for (const type of ['meeting-planned', 'agenda-consented']) {
      expect([type, changesReviews(events(type)), changesCalendar(events(type))]).toEqual([type, false, true]);
    }
  });

  it('an answer, a question or a nomination changes neither, so the answer path does no more work', () => {
    expect(changesReviews(events('answer-given', 'question-asked', 'nominated'))).toBe(false);
    expect(changesCalendar(events('answer-given', 'question-asked', 'nominated'))).toBe(false);
    expect(changesCalendar(events('answer-given', 'meeting-planned'))).toBe(true);
  });
});
