import { textsFor } from '../../../texts/all';
import type { Circle } from '../../../shared';
import { meetingUnderWayCard } from '../../../functions/bot/cards/meeting-under-way-card';
import { byteSize, cardByteLimit } from '../../../functions/bot/cards/card';
import { allActions, cardProblems, cardTexts, cardValidationProblems } from '../../support/adaptive-cards';
import { careCoop, circleOf } from '../../support/care-coop';
import { meetingAt, meetingOf } from '../../support/meeting-flow';

const english = textsFor('en');

const northside: Circle = circleOf(careCoop(), 'northside');
const underWay = meetingOf(meetingAt(northside, 'in-progress'));
const link = 'http://127.0.0.1:7071/tab/?open=meeting%2Fnorthside%2Fnorthside-2026-11-28';

describe('the card that tells a circle its meeting is under way', () => {
  it('names the circle and lists the consented agenda, each item with its time box', () => {
    expect(cardTexts(meetingUnderWayCard(northside, underWay, link, english))).toEqual([
      'Northside care team’s meeting is under way',
      'The agenda, consented: 3 items, 55 minutes in all.',
      '1. How the two new families are settling in (10 min)',
      '2. Rotate weekend shifts monthly (20 min)',
      '3. Select: delegate (25 min)',
    ]);
  });

  it('opens the meeting’s page in the tab', () => {
    expect(allActions(meetingUnderWayCard(northside, underWay, link, english))).toEqual([
      { type: 'Action.OpenUrl', title: 'Open the meeting', url: link },
    ]);
  });

  it('counts one item as one', () => {
    expect(cardTexts(meetingUnderWayCard(northside, { ...underWay, agenda: underWay.agenda.slice(0, 1) }, link, english))).toContain(
      'The agenda, consented: 1 item, 10 minutes in all.',
    );
  });

  it('is a valid Adaptive Card within a Teams message, even with the longest agenda the core allows', () => {
    const longest = {
      ...underWay,
      agenda: Array.from({ length: 40 }, (_, i) => ({
        itemId: `item-${i}`,
        type: 'report' as const,
        title: 'Ü'.repeat(200),
        timeboxMinutes: 240,
        subjectId: null,
      })),
    };
    for (const card of [meetingUnderWayCard(northside, underWay, link, english), meetingUnderWayCard(northside, longest, link, english)]) {
      expect([...cardProblems(card), ...cardValidationProblems(card)]).toEqual([]);
      expect(byteSize(card)).toBeLessThanOrEqual(cardByteLimit);
    }
  });
});
