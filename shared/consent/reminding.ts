import type { Circle } from '../circles/circle';
import type { CalendarDate, Instant, PersonId } from '../kernel/ids';
import type { Result } from '../kernel/result';
import { fail, ok } from '../kernel/result';
import { dayOf } from '../kernel/time';
import type { ConsentRound } from './consent-round';
import { countedEligible, hasAnswered } from './consent-round';

/**
 * The facilitator reminds those still to answer a running round: those asked who
 * are still members and have not answered. Once a day at most, so a reminder stays
 * a nudge and never becomes pressure; a new round (an amendment) may be reminded
 * the day it opens. A round held in a meeting asks each person in turn, so it has
 * no reminders.
 */
export function decideReminder(round: ConsentRound, circle: Circle, isFacilitator: boolean, now: Instant): Result<PersonId[]> {
  if (!isFacilitator) return fail('not-permitted', 'onlyFacilitatorReminds');
  if (round.mode === 'sync') return fail('wrong-stage', 'noRemindersInMeeting');
  if (round.remindedOn === dayOf(now)) {
    return fail('already-reminded', 'alreadyRemindedToday');
  }
  const awaited = countedEligible(round, circle).filter((personId) => !hasAnswered(round, personId));
  if (awaited.length === 0) return fail('answers-missing', 'nobodyToRemind');
  return ok(awaited);
}

/** The round as it stands after a reminder on that day. */
export function remindedRound(round: ConsentRound, day: CalendarDate): ConsentRound {
  return { ...round, remindedOn: day };
}
