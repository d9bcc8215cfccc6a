import type { Structure } from '../circles/circle';
import { activeCircles, findCircle, isMember } from '../circles/circle';
import type { CalendarDate, CircleId } from '../kernel/ids';
import { holderOf } from './holders';

export const doubleLinkRules = [
  'leader-missing',
  'delegate-missing',
  'leader-is-delegate',
  'leader-not-member',
  'leader-not-in-parent',
  'delegate-not-member',
  'delegate-not-in-parent',
] as const;
export type DoubleLinkRule = (typeof doubleLinkRules)[number];

export interface DoubleLinkViolation {
  readonly circleId: CircleId;
  readonly rule: DoubleLinkRule;
  readonly message: string;
}

/**
 * The double-link rule for every circle that has a parent: it has a leader and a
 * delegate, two different people, each a member of the circle and of the parent.
 * Violations are reported, never fixed behind anyone's back.
 */
export function doubleLinkViolations(structure: Structure, day: CalendarDate): DoubleLinkViolation[] {
  return activeCircles(structure).flatMap((circle): DoubleLinkViolation[] => {
    const parent = circle.parentId === null ? undefined : findCircle(structure, circle.parentId);
    if (!parent) return [];
    const violation = (rule: DoubleLinkRule, message: string): DoubleLinkViolation => ({ circleId: circle.circleId, rule, message });
    const found: DoubleLinkViolation[] = [];
    const leader = holderOf(circle, 'leader', day)?.personId;
    const delegate = holderOf(circle, 'delegate', day)?.personId;
    if (leader === undefined) found.push(violation('leader-missing', `“${circle.name}” has no leader chosen by “${parent.name}”.`));
    if (delegate === undefined) found.push(violation('delegate-missing', `“${circle.name}” has no delegate to “${parent.name}”.`));
    if (leader !== undefined && leader === delegate) {
      found.push(violation('leader-is-delegate', `In “${circle.name}” the leader and the delegate are the same person; the link needs two.`));
    }
    if (leader !== undefined && !isMember(circle, leader)) found.push(violation('leader-not-member', `The leader of “${circle.name}” is not a member of it.`));
    if (leader !== undefined && !isMember(parent, leader)) {
      found.push(violation('leader-not-in-parent', `The leader of “${circle.name}” is not a member of “${parent.name}”.`));
    }
    if (delegate !== undefined && !isMember(circle, delegate)) found.push(violation('delegate-not-member', `The delegate of “${circle.name}” is not a member of it.`));
    if (delegate !== undefined && !isMember(parent, delegate)) {
      found.push(violation('delegate-not-in-parent', `The delegate of “${circle.name}” is not a member of “${parent.name}”.`));
    }
    return found;
  });
}
