import type { MeetingRhythm } from '../circles/meeting-rhythm';
import type { Instant } from '../kernel/ids';
import { addDays, addMonths } from '../kernel/time';
import { zonedToUtc } from '../kernel/zoned-time';
import type { NextMeeting } from './meeting';

const dayMs = 24 * 60 * 60 * 1000;

/** The rhythm's n-th meeting on the wall clock of its time zone (0 is the first). */
function occurrence(rhythm: MeetingRhythm, n: number): string {
  const [date, time] = rhythm.firstMeeting.split('T') as [string, string];
  const day = rhythm.frequency === 'monthly' ? addMonths(date, n) : addDays(date, n * (rhythm.frequency === 'weekly' ? 7 : 14));
  return `${day}T${time}`;
}

/** The first meeting of the circle's rhythm that starts after `after` (a meeting's close): the next meeting proposed. */
export function nextMeetingOf(rhythm: MeetingRhythm, after: Instant): NextMeeting {
  const periodDays = rhythm.frequency === 'weekly' ? 7 : rhythm.frequency === 'fortnightly' ? 14 : 31;
  const sinceFirst = Date.parse(after) - Date.parse(`${rhythm.firstMeeting}:00Z`);
  // Start a little before where the rhythm must be, so no meeting is skipped whatever the offset.
  let n = Math.max(0, Math.floor(sinceFirst / (periodDays * dayMs)) - 2);
  for (;;) {
    const localStart = occurrence(rhythm, n);
    const startsAt = zonedToUtc(localStart, rhythm.timeZone);
    if (Date.parse(startsAt) > Date.parse(after))
      return { startsAt, localStart, timeZone: rhythm.timeZone, durationMinutes: rhythm.durationMinutes };
    n += 1;
  }
}
