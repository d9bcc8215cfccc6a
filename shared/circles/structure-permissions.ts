import type { Actor } from '../kernel/actor';
import { isAdmin } from '../kernel/actor';
import type { CalendarDate } from '../kernel/ids';
import { holderOf, holds } from '../roles/holders';
import type { Circle, Structure } from './circle';
import { findCircle } from './circle';

/**
 * Records of a circle are kept by its secretary (the logbook keeper) or by an
 * organisation admin. The leader is chosen by the parent circle, so the parent's
 * secretary may record that assignment too. While a circle has no secretary, its
 * parent's record keeper keeps its records. Timers and selection outcomes act as the
 * system and may record terms only.
 */
export function mayKeepRecords(structure: Structure, circle: Circle, actor: Actor, day: CalendarDate): boolean {
  if (isAdmin(actor)) return true;
  if (actor.kind === 'system') return false;
  if (holds(circle, 'secretary', actor.personId, day)) return true;
  // A circle without a secretary (a new one above all) is set up by its parent's record keeper.
  const parent = circle.parentId === null ? undefined : findCircle(structure, circle.parentId);
  return holderOf(circle, 'secretary', day) === undefined && parent !== undefined && mayKeepRecords(structure, parent, actor, day);
}

/** The general circle is the organisation's own, so an organisation admin starts it. */
export function mayCreateGeneralCircle(actor: Actor): boolean {
  return isAdmin(actor);
}

/** How many roles one person should hold at most is the organisation's, so an organisation admin sets it. */
export function maySetRoleLimit(actor: Actor): boolean {
  return isAdmin(actor);
}

export function mayRecordTerm(structure: Structure, circle: Circle, roleId: string, actor: Actor, day: CalendarDate): boolean {
  if (actor.kind === 'system' || mayKeepRecords(structure, circle, actor, day)) return true;
  const parent = circle.parentId === null ? undefined : findCircle(structure, circle.parentId);
  return roleId === 'leader' && parent !== undefined && mayKeepRecords(structure, parent, actor, day);
}
