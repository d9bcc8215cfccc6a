import type { NextMeeting } from '../../shared';

/** Every sentence of a meeting's minutes as the circle's conversation shows them, in one place for translation. */
export const minutesTexts = {
  heading: (circle: string, day: string) => `Minutes: ${circle}, meeting of ${day}`,
  noNotes: 'No minutes were recorded for this item.',
  decided: (titles: readonly string[]) => `Decided: ${titles.join('; ')}`,
  evaluationLabel: 'Evaluation',
  evaluation: (average: number | null, count: number) =>
    (average === null ? 'No one rated the meeting.' : `${average} of 5, from ${count} ${count === 1 ? 'person' : 'people'}`),
  nextLabel: 'Next meeting proposed',
  next: (next: NextMeeting | null) =>
    (next
      ? `${next.localStart.replace('T', ' ')} (${next.timeZone}), ${next.durationMinutes} minutes`
      : 'The circle has no meeting rhythm; plan the next meeting in the tab.'),
  inLogbook: 'The minutes are kept in the logbook.',
  open: 'Open the minutes',
} as const;
