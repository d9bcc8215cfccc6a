import type { Circle, CircleRole } from '../../shared';
import { isStandardRole, roleWords } from '../../shared';
import type { Texts } from '../../texts/translate';

/** A listed circle with its standard roles named in the reader's language: the core names them by id, each catalogue by its word. */
export function withRoleNames<C extends { readonly roles: readonly CircleRole[] }>(texts: Texts, circle: C): C {
  const roles = circle.roles.map((role) =>
    isStandardRole(role.roleId) ? { ...role, name: texts.t('circles', 'roleName', { role: role.roleId }) } : role,
  );
  return { ...circle, roles };
}

/**
 * A role's name for a reader: a standard role's word from the catalogue, a circle's own
 * role as the circle named it (its id when the circle is gone). `inSentence` gives the
 * word as it stands inside a sentence ("the delegate of Finance").
 */
export function nameOfRole(texts: Texts, circle: Circle | undefined, roleId: string, inSentence = false): string {
  const { role, name } = circle ? roleWords(circle, roleId) : { role: isStandardRole(roleId) ? roleId : 'other', name: roleId };
  return role === 'other' ? name : texts.t('circles', inSentence ? 'roleNameLower' : 'roleName', { role });
}
