import type { CalendarDate } from '../kernel/ids';
import { circleRoles } from '../roles/circle-roles';
import { holderOf } from '../roles/holders';
import { isStandardRole } from '../roles/roles';
import type { Circle } from './circle';
import type { StructureEvent } from './structure-events';

/** What a circle needs before it can work on its own; each item is done or still to do. */
export const setupItems = ['aim-and-domain', 'members', 'roles', 'conversation', 'policy'] as const;
export type SetupItem = (typeof setupItems)[number];

/**
 * A consent round needs someone to object: one person alone decides nothing by consent,
 * so a circle is set up from two members on.
 */
export const fewestMembers = 2;

export interface CircleSetup {
  /** Every item in the order a circle is set up, each done or not. */
  readonly items: readonly { readonly item: SetupItem; readonly done: boolean }[];
  /** The standard roles nobody holds on the day (leader and delegate only below the general circle). */
  readonly unfilledRoles: readonly string[];
  readonly complete: boolean;
}

/**
 * Whether the circle chose how it decides: a policy set after its creation. The
 * default policy a circle starts with is nobody's choice yet.
 */
export function policyChosen(circle: Pick<Circle, 'circleId'>, history: readonly StructureEvent[]): boolean {
  return history.some((event) => event.type === 'circle-policy-set' && event.circleId === circle.circleId);
}

/**
 * How far a circle is set up on `day`: an aim and a domain written, at least two
 * members, each of its standard roles held (the general circle has no leader or
 * delegate: it has no parent to link to), a Teams conversation bound, and a policy
 * chosen (read in the circle's history).
 */
export function circleSetup(circle: Circle, history: readonly StructureEvent[], day: CalendarDate): CircleSetup {
  const unfilledRoles = circleRoles(circle)
    .map((role) => role.roleId)
    .filter((roleId) => isStandardRole(roleId) && holderOf(circle, roleId, day) === undefined);
  const done: Record<SetupItem, boolean> = {
    'aim-and-domain': circle.aim.trim() !== '' && circle.domain.trim() !== '',
    members: circle.members.length >= fewestMembers,
    roles: unfilledRoles.length === 0,
    conversation: circle.binding !== null,
    policy: policyChosen(circle, history),
  };
  const items = setupItems.map((item) => ({ item, done: done[item] }));
  return { items, unfilledRoles, complete: items.every((entry) => entry.done) };
}
