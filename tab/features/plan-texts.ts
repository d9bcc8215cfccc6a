import type { NextMeeting } from '../../shared';

/** The words of planning a meeting, in one place so they can be catalogued for translation. */
export const planTexts = {
  plan: 'Plan a meeting',
  planProposed: 'Plan the next meeting',
  formLabel: 'Plan a meeting',
  date: 'Date',
  time: 'Start time',
  timeHint: 'In your own time zone.',
  dateMissing: 'Choose the day the circle meets.',
  timeMissing: 'Choose the time the meeting starts.',
  send: 'Plan it',
  cancel: 'Cancel',
  nextHeading: 'Next meeting',
  nextProposed: (next: NextMeeting) =>
    `The circle’s rhythm proposes ${next.localStart.replace('T', ' at ')} (${next.timeZone}), ${next.durationMinutes} minutes.`,
} as const;
