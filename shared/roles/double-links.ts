import type { Structure } from '../circles/circle';
import { activeCircles, findCircle, isMember } from '../circles/circle';
import type { CalendarDate, CircleId } from '../kernel/ids';
import type { core } from '../texts/core';
import type { Said } from '../texts/said';
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
  /** What is wrong, in words of the `core` catalogue (`core.link…`). */
  readonly said: Said<keyof typeof core>;
}

/** Each rule's words; every one names the circle, and those about the parent name it too. */
const ruleKeys = {
  'leader-missing': 'linkLeaderMissing',
  'delegate-missing': 'linkDelegateMissing',
  'leader-is-delegate': 'linkLeaderIsDelegate',
  'leader-not-member': 'linkLeaderNotMember',
  'leader-not-in-parent': 'linkLeaderNotInParent',
  'delegate-not-member': 'linkDelegateNotMember',
  'delegate-not-in-parent': 'linkDelegateNotInParent',
} as const satisfies Record<DoubleLinkRule, keyof typeof core>;

/**
 * The double-link rule for every circle that has a parent: it has a leader and a
 * delegate, two different people, each a member of the circle and of the parent.
 * Violations are reported, never fixed behind anyone's back.
 */
export function doubleLinkViolations(structure: Structure, day: CalendarDate): DoubleLinkViolation[] {
  return activeCircles(structure).flatMap((circle): DoubleLinkViolation[] => {
    const parent = circle.parentId === null ? undefined : findCircle(structure, circle.parentId);
    if (!parent) return [];
    const values = { circle: circle.name, parent: parent.name };
    const found: DoubleLinkViolation[] = [];
    const violation = (rule: DoubleLinkRule) => found.push({ circleId: circle.circleId, rule, said: { key: ruleKeys[rule], values } });
    const leader = holderOf(circle, 'leader', day)?.personId;
    const delegate = holderOf(circle, 'delegate', day)?.personId;
    if (leader === undefined) violation('leader-missing');
    if (delegate === undefined) violation('delegate-missing');
    if (leader !== undefined && leader === delegate) violation('leader-is-delegate');
    if (leader !== undefined && !isMember(circle, leader)) violation('leader-not-member');
    if (leader !== undefined && !isMember(parent, leader)) violation('leader-not-in-parent');
    if (delegate !== undefined && !isMember(circle, delegate)) violation('delegate-not-member');
    if (delegate !== undefined && !isMember(parent, delegate)) violation('delegate-not-in-parent');
    return found;
  });
}
