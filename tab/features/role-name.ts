import { isStandardRole, standardRoleDescription } from '../../shared';
import type { Texts } from '../../texts/translate';
import { roleNameIn, type ListedCircle } from '../api/circles';

/** A role's name for the reader: a standard role's from the catalogue, a circle's own role as the circle named it. */
export const roleNameFor = (texts: Texts, circle: Pick<ListedCircle, 'roles'>, roleId: string): string =>
  isStandardRole(roleId) ? texts.t('circles', 'roleName', { role: roleId }) : roleNameIn(circle, roleId);

/** What a selected role is for: the description the selection keeps, or a standard role's from the catalogue (none is kept for it). */
export const roleDescriptionFor = (texts: Texts, roleId: string, kept: string): string =>
  kept || (isStandardRole(roleId) ? texts.say('core', standardRoleDescription(roleId)) : '');
