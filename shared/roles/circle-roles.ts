import type { Circle } from '../circles/circle';
import { standardRoleDefinitions, standardRoles } from './roles';

export interface CircleRole {
  readonly roleId: string;
  /** A custom role's name; a standard role's id, named by each reader's catalogue (`circles.roleName`). */
  readonly name: string;
}

/**
 * The roles a circle has: the standard ones (leader and delegate only where there is
 * a parent circle to link to) and its own custom roles.
 */
export function circleRoles(circle: Circle): CircleRole[] {
  return [
    ...standardRoles
      .filter((roleId) => circle.parentId !== null || !standardRoleDefinitions[roleId].needsParent)
      .map((roleId) => ({ roleId, name: roleId })),
    ...circle.customRoles.map((role) => ({ roleId: role.roleId, name: role.name })),
  ];
}
