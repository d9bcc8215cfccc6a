import type { Structure } from '../circles/circle';
import { activeCircles } from '../circles/circle';
import type { CalendarDate, CircleId, PersonId } from '../kernel/ids';
import { currentAssignments } from './holders';

export interface RoleLoad {
  readonly personId: PersonId;
  readonly roles: readonly { circleId: CircleId; roleId: string }[];
  readonly overLimit: boolean;
}

/**
 * How many roles each person holds across the organisation, flagging anyone over
 * the limit: "always the same people" is the failure this makes visible.
 */
export function roleLoads(structure: Structure, day: CalendarDate): RoleLoad[] {
  const byPerson = new Map<PersonId, { circleId: CircleId; roleId: string }[]>();
  for (const circle of activeCircles(structure)) {
    for (const assignment of currentAssignments(circle, day)) {
      const roles = byPerson.get(assignment.personId) ?? [];
      roles.push({ circleId: circle.circleId, roleId: assignment.roleId });
      byPerson.set(assignment.personId, roles);
    }
  }
  return [...byPerson.entries()]
    .map(([personId, roles]) => ({ personId, roles, overLimit: roles.length > structure.roleLimit }))
    .sort((a, b) => b.roles.length - a.roles.length || a.personId.localeCompare(b.personId));
}
