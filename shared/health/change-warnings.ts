import { z } from 'zod';
import type { Circle, Structure } from '../circles/circle';
import { activeCircles, findCircle } from '../circles/circle';
import type { StructureEvent } from '../circles/structure-events';
import type { CalendarDate, PersonId } from '../kernel/ids';
import { CircleId, PersonId as PersonIdSchema } from '../kernel/ids';
import { addDays } from '../kernel/time';
import { doubleLinkViolations } from '../roles/double-links';
import { holderOf } from '../roles/holders';
import { roleLoads } from '../roles/power-balance';
import { isCurrent } from '../roles/roles';

export const changeWarningCodes = ['leader-is-delegate', 'delegate-not-in-parent', 'over-role-limit', 'no-facilitator'] as const;
export type ChangeWarningCode = (typeof changeWarningCodes)[number];

/**
 * Something a change to the circles caused or left in place that the double-link
 * and power-balance rules name. It never refuses the step: a circle may consciously
 * accept it, but should not learn of it only from the health report.
 */
export const ChangeWarning = z.object({
  code: z.enum(changeWarningCodes),
  circleId: CircleId,
  personId: PersonIdSchema.optional(),
  message: z.string(),
});
export type ChangeWarning = z.infer<typeof ChangeWarning>;

/** The sentences people read, in one place so they can be catalogued for translation. */
export const changeWarningMessages = {
  'leader-is-delegate': (person: string, circle: string) =>
    `${person} is both leader and delegate of “${circle}”; the double link needs two different people, so the circle should choose another delegate.`,
  'delegate-not-in-parent': (person: string, circle: string, parent: string) =>
    `${person}, the delegate of “${circle}”, is not a member of “${parent}”; a delegate takes part in the parent circle, so add them there or choose another delegate.`,
  'over-role-limit': (person: string, roles: number, limit: number) =>
    `${person} holds ${roles} roles, more than the organisation’s limit of ${limit}; roles held by the same few people are what the limit guards against.`,
  'no-facilitator-created': (circle: string) =>
    `“${circle}” has no facilitator yet; until it selects one, each author facilitates their own proposal.`,
  'no-facilitator-ended': (circle: string, from: CalendarDate) =>
    `“${circle}” has no facilitator from ${from}; until it selects one, each author facilitates their own proposal.`,
} as const;

/** The events that change who is in a circle, who holds its roles or where it hangs, and so may change its links. */
function linkedCircles(structure: Structure, event: StructureEvent): string[] {
  switch (event.type) {
    case 'circle-created':
      return [event.circle.circleId];
    case 'member-added':
    case 'member-removed':
      // A sub-circle's leader and delegate must be members of this circle too.
      return [event.circleId, ...activeCircles(structure).filter((c) => c.parentId === event.circleId).map((c) => c.circleId)];
    case 'circle-moved':
    case 'role-assigned':
    case 'term-ended':
    case 'role-retired':
      return [event.circleId];
    default:
      return [];
  }
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

/** The active circles a change touched, in the state after it. */
export function touchedCircles(after: Structure, events: readonly StructureEvent[]): Circle[] {
  const ids = new Set(events.flatMap((event) => linkedCircles(after, event)));
  return activeCircles(after).filter((circle) => ids.has(circle.circleId));
}

const nameIn = (structure: Structure) => {
  const names = new Map<PersonId, string>();
  for (const circle of Object.values(structure.circles)) for (const member of circle.members) names.set(member.personId, member.displayName);
  return (personId: PersonId) => names.get(personId) ?? personId;
};

/**
 * A circle created by the change, or one whose facilitator's term the change ended
 * with no term to follow it, has no facilitator. Other changes to a circle that
 * never had one say nothing: the health report already lists the vacancy.
 */
function facilitatorWarnings(before: Structure, after: Structure, events: readonly StructureEvent[], day: CalendarDate): ChangeWarning[] {
  const found = new Map<string, ChangeWarning>();
  for (const event of events) {
    if (event.type === 'circle-created') {
      const circle = findCircle(after, event.circle.circleId);
      if (circle && !circle.archived && !holderOf(circle, 'facilitator', day)) {
        found.set(circle.circleId, { code: 'no-facilitator', circleId: circle.circleId, message: changeWarningMessages['no-facilitator-created'](circle.name) });
      }
    } else if (event.type === 'term-ended') {
      const ended = findCircle(before, event.circleId)?.assignments.find((a) => a.assignmentId === event.assignmentId);
      const circle = findCircle(after, event.circleId);
      if (!ended || ended.roleId !== 'facilitator' || !circle || circle.archived) continue;
      const from = addDays(event.lastDay, 1) > day ? addDays(event.lastDay, 1) : day;
      if (from > ended.termEnd) continue;
      const followed = circle.assignments.some((a) => a.roleId === 'facilitator' && isCurrent(a, from));
      if (!followed) found.set(circle.circleId, { code: 'no-facilitator', circleId: circle.circleId, message: changeWarningMessages['no-facilitator-ended'](circle.name, from) });
    }
  }
  return [...found.values()];
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
export function changeWarnings(before: Structure, events: readonly StructureEvent[], after: Structure, today: CalendarDate): ChangeWarning[] {
  const day = changeDay(events, today);
  const touched = touchedCircles(after, events);
  const touchedIds = new Set(touched.map((circle) => circle.circleId));
  const nameOf = nameIn(after);
  const links = doubleLinkViolations(after, day)
    .filter((violation) => touchedIds.has(violation.circleId))
    .flatMap((violation): ChangeWarning[] => {
      const circle = findCircle(after, violation.circleId) as Circle;
      const parent = circle.parentId === null ? undefined : findCircle(after, circle.parentId);
      const delegate = holderOf(circle, 'delegate', day)?.personId;
      if (delegate === undefined || parent === undefined) return [];
      if (violation.rule === 'leader-is-delegate') {
        return [{ code: 'leader-is-delegate', circleId: circle.circleId, personId: delegate, message: changeWarningMessages['leader-is-delegate'](nameOf(delegate), circle.name) }];
      }
      if (violation.rule === 'delegate-not-in-parent') {
        return [{ code: 'delegate-not-in-parent', circleId: circle.circleId, personId: delegate, message: changeWarningMessages['delegate-not-in-parent'](nameOf(delegate), circle.name, parent.name) }];
      }
      return [];
    });
  const limitSet = events.some((event) => event.type === 'role-limit-set');
  const loads = roleLoads(after, day)
    .filter((load) => load.overLimit)
    .flatMap((load): ChangeWarning[] => {
      const where = load.roles.find((role) => limitSet || touchedIds.has(role.circleId));
      if (!where) return [];
      return [{ code: 'over-role-limit', circleId: where.circleId, personId: load.personId, message: changeWarningMessages['over-role-limit'](nameOf(load.personId), load.roles.length, after.roleLimit) }];
    });
  return [...links, ...loads, ...facilitatorWarnings(before, after, events, today)];
}
