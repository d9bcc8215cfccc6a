import type { Circle } from '../circles/circle';
import { isMember } from '../circles/circle';
import type { Actor } from '../kernel/actor';
import type { CalendarDate, PersonId } from '../kernel/ids';
import { holderOf } from '../roles/holders';

/**
 * Who facilitates a circle's process on a day: the facilitator; while that role
 * is vacant, the person who started the process (the vacancy shows in health).
 */
export function facilitatorOf(circle: Circle, starter: PersonId, day: CalendarDate): PersonId {
  return holderOf(circle, 'facilitator', day)?.personId ?? starter;
}

export function facilitates(circle: Circle, starter: PersonId, actor: Actor, day: CalendarDate): boolean {
  return actor.kind === 'person' && facilitatorOf(circle, starter, day) === actor.personId;
}

export function isCircleMember(circle: Circle, actor: Actor): actor is Extract<Actor, { kind: 'person' }> {
  return actor.kind === 'person' && isMember(circle, actor.personId);
}
