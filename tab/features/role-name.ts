import { isStandardRole } from '../../shared';
import type { Texts } from '../../texts/translate';
import { roleNameIn, type ListedCircle } from '../api/circles';

/** A role's name for the reader: a standard role's from the catalogue, a circle's own role as the circle named it. */
export const roleNameFor = (texts: Texts, circle: Pick<ListedCircle, 'roles'>, roleId: string): string =>
  isStandardRole(roleId) ? texts.t('circles', 'roleName', { role: roleId }) : roleNameIn(circle, roleId);
