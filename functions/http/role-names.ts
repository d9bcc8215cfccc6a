import type { CircleRole } from '../../shared';
import { isStandardRole } from '../../shared';
import type { Texts } from '../../texts/translate';

/** A listed circle with its standard roles named in the reader's language: the core names them by id, each catalogue by its word. */
export function withRoleNames<C extends { readonly roles: readonly CircleRole[] }>(texts: Texts, circle: C): C {
  const roles = circle.roles.map((role) =>
    isStandardRole(role.roleId) ? { ...role, name: texts.t('circles', 'roleName', { role: role.roleId }) } : role,
  );
  return { ...circle, roles };
}
