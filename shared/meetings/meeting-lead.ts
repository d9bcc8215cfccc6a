import type { Circle } from '../circles/circle';
import type { Actor } from '../kernel/actor';
import type { CalendarDate } from '../kernel/ids';
import { facilitates, isCircleMember } from '../consent/facilitation';
import type { Meeting } from './meeting';

/**
 * Whether this person leads the circle's meeting on a day: its facilitator, or while
 * that role is vacant whoever planned the meeting. Leading is taking the facilitator's
 * steps (opening rounds, the clock, closing) and putting the meeting on the shared stage.
 */
export function mayLead(circle: Circle, meeting: Pick<Meeting, 'plannedBy'>, actor: Actor, day: CalendarDate): boolean {
  return isCircleMember(circle, actor) && facilitates(circle, meeting.plannedBy, actor, day);
}
