import type { Actor } from '../kernel/actor';
import { transition } from '../kernel/decider';
import type { CalendarDate, Instant } from '../kernel/ids';
import { addDays, dayOf } from '../kernel/time';
import { circleRoles } from '../roles/circle-roles';
import { isCurrent } from '../roles/roles';
import type { Circle, Structure } from './circle';
import { findCircle } from './circle';
import { structureDecider } from './structure-decider';

export const structureStepKinds = [
  'rename-circle',
  'describe-circle',
  'move-circle',
  'archive-circle',
  'add-member',
  'remove-member',
  'set-circle-policy',
  'define-role',
  'retire-role',
  'assign-role',
  'end-term',
] as const;
export type StructureStepKind = (typeof structureStepKinds)[number];

/** Stands in for a person or a role no circle has, so adding or defining one is only asked whether it may be done. */
const newcomer = 'available-steps-sample';

/**
 * Commands of each kind with stand-in content, enough for the decider to say whether
 * this person may take that step on this circle now; several where the answer turns
 * on what the step names (a leader's term is recorded by the parent's secretary too).
 */
function samples(kind: StructureStepKind, structure: Structure, circle: Circle, day: CalendarDate): Record<string, unknown>[] {
  const parent = circle.parentId === null ? undefined : findCircle(structure, circle.parentId);
  switch (kind) {
    case 'rename-circle':
      return [{ name: circle.name }];
    case 'describe-circle':
      return [{ aim: circle.aim, domain: circle.domain }];
    case 'move-circle':
      // Staying where it is asks only whether it may move: where to is checked when it is sent.
      return circle.parentId === null ? [] : [{ parentId: circle.parentId }];
    case 'add-member':
      return [{ member: { personId: newcomer, displayName: 'x' } }];
    case 'remove-member':
      return circle.members.slice(0, 1).map((member) => ({ personId: member.personId }));
    case 'set-circle-policy':
      return [{ policy: circle.policy }];
    case 'define-role':
      return [{ role: { roleId: newcomer, name: 'x' } }];
    case 'retire-role':
      return circle.customRoles.slice(0, 1).map((role) => ({ roleId: role.roleId }));
    case 'assign-role':
      return circleRoles(circle).flatMap((role) => {
        const holder = circle.members[0] ?? (role.roleId === 'leader' ? parent?.members[0] : undefined);
        // A term after every term of the role recorded so far, so only whether this person may record one is asked.
        const lastDay = circle.assignments
          .filter((a) => a.roleId === role.roleId)
          .reduce((last, a) => (a.termEnd > last ? a.termEnd : last), day);
        const termStart = lastDay === day ? day : addDays(lastDay, 1);
        return holder ? [{ assignmentId: newcomer, roleId: role.roleId, personId: holder.personId, termStart }] : [];
      });
    case 'end-term':
      return circle.assignments.filter((a) => isCurrent(a, day)).map((a) => ({ assignmentId: a.assignmentId, lastDay: day }));
    default:
      return [{}];
  }
}

/**
 * The steps on a circle's structure this person may take now, as the decider judges
 * them: the tab offers these and no others. `assign-role` and `end-term` are listed
 * when the person may record some role's term (a parent's secretary only the leader's).
 */
export function availableStructureSteps(structure: Structure, circleId: string, actor: Actor, now: Instant): StructureStepKind[] {
  const circle = findCircle(structure, circleId);
  if (!circle) return [];
  const day = dayOf(now);
  return structureStepKinds.filter((kind) =>
    samples(kind, structure, circle, day).some(
      (fields) => transition(structureDecider, structure, { type: kind, circleId, ...fields }, actor, now).ok,
    ),
  );
}
