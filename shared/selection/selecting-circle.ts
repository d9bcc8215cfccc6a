import type { Circle, Structure } from '../circles/circle';
import { findCircle } from '../circles/circle';
import { isStandardRole, standardRoleDefinitions } from '../roles/roles';

/**
 * The circle that chooses a role's holder: the parent for the leader, the circle
 * itself for every other role; undefined when the parent is not found.
 */
export function selectingCircleOf(structure: Structure, circle: Circle, roleId: string): Circle | undefined {
  const byParent = isStandardRole(roleId) && standardRoleDefinitions[roleId].selectedBy === 'parent';
  return byParent && circle.parentId !== null ? findCircle(structure, circle.parentId) : circle;
}
