import type { Structure } from '../circles/circle';
import { activeCircles } from '../circles/circle';
import type { CalendarDate, CircleId } from '../kernel/ids';
import { holderOf } from './holders';
import { standardRoleDefinitions, standardRoles } from './roles';

export interface Vacancy {
  readonly circleId: CircleId;
  readonly roleId: string;
}

/** Roles nobody holds today; leader and delegate count only where there is a parent to link to. */
export function vacantRoles(structure: Structure, day: CalendarDate): Vacancy[] {
  return activeCircles(structure).flatMap((circle) => {
    const standard = standardRoles.filter((role) => circle.parentId !== null || !standardRoleDefinitions[role].needsParent);
    const roleIds = [...standard, ...circle.customRoles.map((role) => role.roleId)];
    return roleIds.filter((roleId) => !holderOf(circle, roleId, day)).map((roleId) => ({ circleId: circle.circleId, roleId }));
  });
}
