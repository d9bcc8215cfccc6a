import type { Circle } from '../circles/circle';
import { isCircleMember } from '../consent/facilitation';
import type { Actor } from '../kernel/actor';

/**
 * Whether this person may plan a meeting of the circle: any member, guests too (the
 * decider's rule for every meeting step). The agenda is consented to when it meets.
 */
export function mayPlanMeeting(circle: Circle, actor: Actor): boolean {
  return isCircleMember(circle, actor);
}
