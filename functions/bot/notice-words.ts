import type { Circle } from '../../shared';
import type { KeyOf } from '../../texts/catalogues/en';
import type { Texts } from '../../texts/translate';
import type { ActivityNotice } from '../application/ports/activity-feed';

/** The activity feed's one line for each kind of notice, on a record. */
export const previewKeys: Record<ActivityNotice['activityType'], KeyOf<'notices'>> = {
  answerAwaited: 'previewAnswerAwaited',
  nominationAwaited: 'previewNominationAwaited',
  integrationAwaited: 'previewIntegrationAwaited',
  closingSoon: 'previewClosingSoon',
  reminder: 'previewReminder',
  roundKeptOpen: 'previewRoundKeptOpen',
};

/**
 * A deadline as a chat message says it: a plain message cannot leave the time to each
 * reader's client as a card does, so it is written in the circle's own time zone
 * (its meeting rhythm's) and names it, or in UTC where the circle has none.
 */
export function deadlineWords(texts: Texts, deadline: string, circle: Circle): string {
  const zone = circle.policy.meetingRhythm?.timeZone;
  return texts.t('notices', 'deadline', { when: texts.dayAndTime(deadline, zone ?? 'UTC'), zone: zone ?? texts.t('notices', 'zoneUtc') });
}
