import type { Circle } from '../circles/circle';
import type { CalendarDate, PersonId } from '../kernel/ids';
import type { Assignment } from './roles';
import { isCurrent } from './roles';
import { circleRoles } from './circle-roles';

/** Who holds a role of a circle on a given day, if anyone. */
export function holderOf(circle: Circle, roleId: string, day: CalendarDate): Assignment | undefined {
  return circle.assignments.find((assignment) => assignment.roleId === roleId && isCurrent(assignment, day));
}

export function holds(circle: Circle, roleId: string, personId: PersonId, day: CalendarDate): boolean {
  return holderOf(circle, roleId, day)?.personId === personId;
}

export function currentAssignments(circle: Circle, day: CalendarDate): Assignment[] {
  return circle.assignments.filter((assignment) => isCurrent(assignment, day));
}

/** A circle as it is listed: with the roles it has and who holds each on `day`, so no client restates the rule. */
export function listedCircle(circle: Circle, day: CalendarDate) {
  return {
    ...circle,
    holders: Object.fromEntries(currentAssignments(circle, day).map((assignment) => [assignment.roleId, assignment.personId])),
    roles: circleRoles(circle),
  };
}
