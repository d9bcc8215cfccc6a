import type { Circle, CircleRole } from '../../shared';

/** A circle as GET /api/circles sends it: with its roles and who holds each today, as the core reads them. */
export type ListedCircle = Circle & { readonly roles: readonly CircleRole[]; readonly holders: Readonly<Record<string, string>> };

/** A role's name in its circle, as the API named it. */
export const roleNameIn = (circle: ListedCircle, roleId: string) => circle.roles.find((role) => role.roleId === roleId)?.name ?? roleId;
