import { Text } from '@fluentui/react-components';
import type { Circle } from '../../shared';
import { useTexts } from '../texts';

/** How a circle decides, in a few sentences: its rounds, silence, standing aside, terms, reminders, meetings and calendars. */
export function PolicySummary({ policy }: { policy: Circle['policy'] }) {
  const texts = useTexts();
  const t = texts.of('circles');
  const { closing, meetingRhythm: rhythm } = policy;
  const rounds = t('policyRounds', {
    mode: closing.defaultMode,
    days: closing.deadlineDays,
    silence: closing.silence === 'silence-is-consent' ? 'consent' : 'answer',
    standAside: policy.standAsideAllowed ? 'yes' : 'no',
    months: policy.defaultTermMonths,
  });
  const offsets = [...policy.reminderOffsetsDays].sort((a, b) => b - a);
  const when = texts.list(offsets.map((days) => (days === 0 ? t('policyReminderOnTheDay') : t('policyReminderBefore', { days }))));
  // The first meeting is a wall-clock time in the rhythm's own zone: written as it is, the zone named beside it.
  const meets = rhythm
    ? t('policyMeets', { frequency: rhythm.frequency, first: texts.dayAndTime(`${rhythm.firstMeeting}:00Z`), zone: rhythm.timeZone })
    : t('policyNoRhythm');
  const calendars = t(policy.calendarSync ? 'policyCalendarSync' : 'policyNoCalendarSync');
  return <Text>{[rounds, t('policyReminders', { when }), meets, calendars].join(' ')}</Text>;
}
