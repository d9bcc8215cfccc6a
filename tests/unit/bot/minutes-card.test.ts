import { textsFor } from '../../../texts/all';
import type { Circle, MeetingMinutes } from '../../../shared';
import { minutesCard } from '../../../functions/bot/cards/minutes-card';
import { byteSize, cardByteLimit } from '../../../functions/bot/cards/card';
import { allActions, cardProblems, cardTexts, cardValidationProblems } from '../../support/adaptive-cards';
import { careCoop, circleOf } from '../../support/care-coop';

const english = textsFor('en');

const northside: Circle = circleOf(careCoop(), 'northside');

const minutes: MeetingMinutes = {
  meetingId: 'northside-2026-11-28',
  circleId: 'northside',
  heldOn: '2026-11-28',
  items: [
    {
      itemId: 'families',
      title: 'How the two new families are settling in',
      notes: 'Both families feel welcome; the Khans want earlier visits.',
      decisions: [],
    },
    {
      itemId: 'weekend-rota',
      title: 'Rotate weekend shifts monthly',
      notes: 'Adopted with a swap list.',
      decisions: [{ id: 'weekend-rota', title: 'Rotate weekend shifts monthly' }],
    },
    { itemId: 'delegate', title: 'Role selection: Delegate', notes: '', decisions: [] },
  ],
  evaluation: { count: 3, average: 4.3 },
  nextMeeting: { startsAt: '2026-12-12T10:00:00.000Z', localStart: '2026-12-12T10:00', timeZone: 'Europe/London', durationMinutes: 90 },
};
const link =
  'https://teams.microsoft.com/l/entity/app/me?context=%7B%22subEntityId%22%3A%22meeting%2Fnorthside%2Fnorthside-2026-11-28%22%7D';

describe('the minutes card posted to the circle’s conversation', () => {
  it('shows each item with its minutes and the decisions taken by title, the evaluation’s average and the next meeting', () => {
    expect(cardTexts(minutesCard(northside, minutes, link, english))).toEqual([
      'Minutes: Northside care team, meeting of Nov 28, 2026',
      'How the two new families are settling in',
      'Both families feel welcome; the Khans want earlier visits.',
      'Rotate weekend shifts monthly',
      'Adopted with a swap list.',
      'Decided: Rotate weekend shifts monthly',
      'Role selection: Delegate',
      'No minutes were recorded for this item.',
      'Evaluation: 4.3 of 5, from 3 people',
      // Teams writes the day and time in each reader's own language and time zone.
      'Next meeting proposed: {{DATE(2026-12-12T10:00:00Z, SHORT)}} {{TIME(2026-12-12T10:00:00Z)}}, 90 minutes',
      'The minutes are kept in the logbook.',
    ]);
  });

  it('opens the meeting’s page in the tab, where the minutes are kept whole', () => {
    expect(allActions(minutesCard(northside, minutes, link, english))).toEqual([
      { type: 'Action.OpenUrl', title: 'Open the minutes', url: link },
    ]);
  });

  it('says when no one rated the meeting and when the circle has no rhythm', () => {
    const texts = cardTexts(
      minutesCard(northside, { ...minutes, evaluation: { count: 0, average: null }, nextMeeting: null }, link, english),
    );
    expect(texts).toContain('Evaluation: No one rated the meeting.');
    expect(texts).toContain('Next meeting proposed: The circle has no meeting rhythm; plan the next meeting in the tab.');
  });

  it('is a valid Adaptive Card within a Teams message, even with forty items of long minutes', () => {
    const long = {
      ...minutes,
      items: Array.from({ length: 40 }, (_, i) => ({
        itemId: `item-${i}`,
        title: `Item ${i}`,
        notes: 'Long discussion. '.repeat(1000),
        decisions: [],
      })),
    };
    for (const card of [minutesCard(northside, minutes, link, english), minutesCard(northside, long, link, english)]) {
      expect([...cardProblems(card), ...cardValidationProblems(card)]).toEqual([]);
      expect(byteSize(card)).toBeLessThanOrEqual(cardByteLimit);
    }
  });
});
