import { z } from 'zod';
import type { Circle, Structure } from '../circles/circle';
import { activeCircles, findCircle } from '../circles/circle';
import { subCircles } from '../circles/circle-tree';
import type { StructureEvent } from '../circles/structure-events';
import type { CalendarDate, PersonId } from '../kernel/ids';
import { CircleId, PersonId as PersonIdSchema } from '../kernel/ids';
import { addDays, messageDate } from '../kernel/time';
import { doubleLinkViolations } from '../roles/double-links';
import { holderOf } from '../roles/holders';
import { roleLoads } from '../roles/power-balance';
import { isCurrent } from '../roles/roles';
import type { core } from '../texts/core';
import type { Said } from '../texts/said';

export const changeWarningCodes = ['leader-is-delegate', 'delegate-not-in-parent', 'over-role-limit', 'no-facilitator'] as const;
export type ChangeWarningCode = (typeof changeWarningCodes)[number];

/** The words a warning may say: each is a key of the `core` catalogue. */
const warningKeys = [
  'warnLeaderIsDelegate',
  'warnDelegateNotInParent',
  'warnOverRoleLimit',
  'warnNoFacilitatorCreated',
  'warnNoFacilitatorFrom',
] as const;
type WarningKey = (typeof warningKeys)[number] & keyof typeof core;
const said = (key: WarningKey, values: Said['values']): Said<WarningKey> => ({ key, values });

/**
 * Something a change to the circles caused or left in place that the double-link
 * and power-balance rules name. It never refuses the step: a circle may consciously
 * accept it, but should not learn of it only from the health report.
 */
export const ChangeWarning = z.object({
  code: z.enum(changeWarningCodes),
  circleId: CircleId,
  personId: PersonIdSchema.optional(),
  /** What it warns of and what to do, in words of the `core` catalogue (`core.warn…`), for each reader to read in theirs. */
  said: z.object({ key: z.enum(warningKeys), values: z.record(z.string(), z.union([z.string(), z.number()])).optional() }),
});
export type ChangeWarning = z.infer<typeof ChangeWarning>;

/** The circles an event touches: it changes who is in them, who holds their roles or where they hang. */
function circlesTouchedBy(structure: Structure, event: StructureEvent): string[] {
  switch (event.type) {
    case 'circle-created':
      return [event.circle.circleId];
    case 'member-added':
    case 'member-removed':
      // A sub-circle's leader and delegate must be members of this circle too.
      return [event.circleId, ...subCircles(structure, event.circleId).map((c) => c.circleId)];
    case 'circle-moved':
    case 'role-assigned':
    case 'term-ended':
    case 'role-retired':
      return [event.circleId];
    default:
      return [];
  }
}

/** The active circles a change touched, in the state after it. */
export function touchedCircles(after: Structure, events: readonly StructureEvent[]): Circle[] {
  const ids = new Set(events.flatMap((event) => circlesTouchedBy(after, event)));
  return activeCircles(after).filter((circle) => ids.has(circle.circleId));
}

/**
 * The day a change takes effect: a term recorded to start later (as a selection's
 * does, the day after the current one ends) or a term ended on a later day is
 * judged as it will stand then, not as today still shows it.
 */
export function changeDay(events: readonly StructureEvent[], today: CalendarDate): CalendarDate {
  const days = events.flatMap((event) =>
    event.type === 'role-assigned' ? [event.assignment.termStart] : event.type === 'term-ended' ? [addDays(event.lastDay, 1)] : [],
  );
  return days.reduce((latest, day) => (day > latest ? day : latest), today);
}

function namesIn(structure: Structure): (personId: PersonId) => string {
  const names = new Map<PersonId, string>();
  for (const circle of Object.values(structure.circles)) {
    for (const member of circle.members) names.set(member.personId, member.displayName);
  }
  return (personId) => names.get(personId) ?? personId;
}

/**
 * A circle created by the change, or one whose facilitator's term the change ended
 * with no term to follow it, has no facilitator. Other changes to a circle that
 * never had one say nothing: the health report already lists the vacancy.
 */
function facilitatorWarnings(before: Structure, after: Structure, events: readonly StructureEvent[], today: CalendarDate): ChangeWarning[] {
  const found = new Map<string, ChangeWarning>();
  const warn = (circle: Circle, words: ChangeWarning['said']) => {
    found.set(circle.circleId, { code: 'no-facilitator', circleId: circle.circleId, said: words });
  };
  for (const event of events) {
    if (event.type === 'circle-created') {
      const circle = findCircle(after, event.circle.circleId);
      if (circle && !circle.archived && !holderOf(circle, 'facilitator', today)) {
        warn(circle, said('warnNoFacilitatorCreated', { circle: circle.name }));
      }
    } else if (event.type === 'term-ended') {
      const ended = findCircle(before, event.circleId)?.assignments.find((a) => a.assignmentId === event.assignmentId);
      const circle = findCircle(after, event.circleId);
      if (!ended || ended.roleId !== 'facilitator' || !circle || circle.archived) continue;
      const dayAfter = addDays(event.lastDay, 1);
      const from = dayAfter > today ? dayAfter : today;
      // A term ended where it would have ended anyway, or one already over, leaves nothing new.
      if (from > ended.termEnd) continue;
      const followed = circle.assignments.some((a) => a.roleId === 'facilitator' && isCurrent(a, from));
      if (!followed) warn(circle, said('warnNoFacilitatorFrom', { circle: circle.name, from: messageDate(from) }));
    }
  }
  return [...found.values()];
}

/** Leader = delegate and a delegate outside the parent, among the double-link findings of the touched circles. */
function linkWarnings(after: Structure, touched: ReadonlySet<string>, day: CalendarDate): ChangeWarning[] {
  const nameOf = namesIn(after);
  return doubleLinkViolations(after, day).flatMap((violation): ChangeWarning[] => {
    const circle = touched.has(violation.circleId) ? findCircle(after, violation.circleId) : undefined;
    const parent = circle?.parentId ? findCircle(after, circle.parentId) : undefined;
    const delegate = circle && holderOf(circle, 'delegate', day)?.personId;
    if (!circle || !parent || delegate === undefined) return [];
    const { circleId } = circle;
    if (violation.rule === 'leader-is-delegate') {
      const words = said('warnLeaderIsDelegate', { person: nameOf(delegate), circle: circle.name });
      return [{ code: 'leader-is-delegate', circleId, personId: delegate, said: words }];
    }
    if (violation.rule === 'delegate-not-in-parent') {
      const words = said('warnDelegateNotInParent', { person: nameOf(delegate), circle: circle.name, parent: parent.name });
      return [{ code: 'delegate-not-in-parent', circleId, personId: delegate, said: words }];
    }
    return [];
  });
}

/** Each person over the role limit who holds a role in a touched circle (after a new limit, anyone over it), once. */
function loadWarnings(after: Structure, touched: ReadonlySet<string>, limitSet: boolean, day: CalendarDate): ChangeWarning[] {
  const nameOf = namesIn(after);
  return roleLoads(after, day)
    .filter((load) => load.overLimit)
    .flatMap((load): ChangeWarning[] => {
      const where = load.roles.find((role) => limitSet || touched.has(role.circleId));
      if (!where) return [];
      const words = said('warnOverRoleLimit', { person: nameOf(load.personId), roles: load.roles.length, limit: after.roleLimit });
      return [{ code: 'over-role-limit', circleId: where.circleId, personId: load.personId, said: words }];
    });
}

/**
 * What a change to the circles (a structure command, or the term a role selection
 * records) leaves that the double-link and power-balance rules name, in the circles
 * it touched, as the state will stand on the day the change takes effect:
 * - the leader is also the delegate;
 * - the delegate is not a member of the parent circle;
 * - someone holding a role there holds more roles than the organisation's limit
 *   (after a new limit is set, everyone over it);
 * - the circle has just been left without a facilitator, or was created without one.
 * A circle is touched by a change to its members, its role holders or its parent;
 * a change to a circle's members also touches its sub-circles, whose links go through them.
 */
export function changeWarnings(
  before: Structure,
  events: readonly StructureEvent[],
  after: Structure,
  today: CalendarDate,
): ChangeWarning[] {
  const day = changeDay(events, today);
  const touched = new Set(touchedCircles(after, events).map((circle) => circle.circleId));
  const limitSet = events.some((event) => event.type === 'role-limit-set');
  return [
    ...linkWarnings(after, touched, day),
    ...loadWarnings(after, touched, limitSet, day),
    ...facilitatorWarnings(before, after, events, today),
  ];
}
