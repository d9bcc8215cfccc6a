import type { Context, Decider } from '../kernel/decider';
import type { CircleId } from '../kernel/ids';
import { personOf } from '../kernel/actor';
import { isAdmin } from '../kernel/actor';
import type { Result } from '../kernel/result';
import { fail, ok } from '../kernel/result';
import { charactersOf, roomFor } from '../kernel/room';
import { addDays, addMonths, dayOf, messageDate } from '../kernel/time';
import { isStandardRole } from '../roles/roles';
import type { Circle, Structure } from './circle';
import { findCircle, isMember } from './circle';
import { generalCircle, subCircles, wouldCreateCycle } from './circle-tree';
import { defaultCirclePolicy } from './policy';
import { StructureCommand } from './structure-commands';
import type { StructureEvent } from './structure-events';
import { mayCreateGeneralCircle, mayKeepRecords, mayRecordTerm, maySetRoleLimit } from './structure-permissions';

type Events = Result<readonly StructureEvent[]>;
type Stamp = { at: string; by: string | null };

function activeCircle(structure: Structure, circleId: CircleId, field = 'circleId'): Result<Circle> {
  const circle = findCircle(structure, circleId);
  if (!circle) return fail('not-found', { key: 'noCircle', values: { circleId } }, field);
  if (circle.archived) return fail('circle-archived', { key: 'circleArchived', values: { circle: circle.name } }, field);
  return ok(circle);
}

const notRecordKeeper = (circle: Circle): Events =>
  fail('not-permitted', { key: 'onlySecretaryKeepsRecords', values: { circle: circle.name } });

function decideCreate(
  command: Extract<StructureCommand, { type: 'create-circle' }>,
  structure: Structure,
  context: Context,
  stamp: Stamp,
): Events {
  if (findCircle(structure, command.circleId))
    return fail('already-exists', { key: 'circleExists', values: { circleId: command.circleId } }, 'circleId');
  if (command.parentId === null) {
    if (!mayCreateGeneralCircle(context.actor)) return fail('not-permitted', 'onlyAdminCreatesGeneralCircle');
    const general = generalCircle(structure);
    if (general) return fail('general-circle-exists', { key: 'generalCircleExists', values: { circle: general.name } }, 'parentId');
  } else {
    const parent = activeCircle(structure, command.parentId, 'parentId');
    if (!parent.ok) return parent;
    if (!mayKeepRecords(structure, parent.value, context.actor, dayOf(context.now))) return notRecordKeeper(parent.value);
  }
  const circle: Circle = {
    circleId: command.circleId,
    name: command.name,
    aim: command.aim,
    domain: command.domain,
    parentId: command.parentId,
    archived: false,
    binding: null,
    members: [],
    customRoles: [],
    assignments: [],
    policy: command.policy ?? defaultCirclePolicy,
  };
  return ok([{ type: 'circle-created', ...stamp, circle }]);
}

function decideAssign(
  command: Extract<StructureCommand, { type: 'assign-role' }>,
  structure: Structure,
  circle: Circle,
  stamp: Stamp,
): Events {
  const custom = circle.customRoles.find((role) => role.roleId === command.roleId);
  if (!custom && !isStandardRole(command.roleId))
    return fail('role-unknown', { key: 'noRole', values: { circle: circle.name, roleId: command.roleId } }, 'roleId');
  if (circle.assignments.some((assignment) => assignment.assignmentId === command.assignmentId)) {
    return fail('already-exists', { key: 'assignmentExists', values: { assignmentId: command.assignmentId } }, 'assignmentId');
  }
  const parent = circle.parentId === null ? undefined : findCircle(structure, circle.parentId);
  const fromParent = command.roleId === 'leader' && parent !== undefined && isMember(parent, command.personId);
  if (!isMember(circle, command.personId) && !fromParent) {
    return fail('not-a-member', 'holderNotAMember', 'personId');
  }
  const termEnd = command.termEnd ?? addMonths(command.termStart, custom?.defaultTermMonths ?? circle.policy.defaultTermMonths);
  if (termEnd <= command.termStart) return fail('term-invalid', 'termEndsBeforeStart', 'termEnd');
  const overlapping = circle.assignments.filter((a) => a.roleId === command.roleId && a.termEnd >= command.termStart);
  if (overlapping.some((a) => a.termStart >= command.termStart)) {
    return fail('term-invalid', 'laterTermExists', 'termStart');
  }
  // One holder per role: the new term ends the current holder's term the day before.
  const ended: StructureEvent[] = overlapping.map((a) => ({
    type: 'term-ended',
    ...stamp,
    circleId: circle.circleId,
    assignmentId: a.assignmentId,
    lastDay: addDays(command.termStart, -1),
  }));
  const assignment = {
    assignmentId: command.assignmentId,
    roleId: command.roleId,
    personId: command.personId,
    termStart: command.termStart,
    termEnd,
  };
  return ok([...ended, { type: 'role-assigned', ...stamp, circleId: circle.circleId, assignment }]);
}

/** The steps that make a circle's record grow, with the field each adds. */
const growingField: Partial<Record<StructureCommand['type'], string>> = {
  'add-member': 'member',
  'define-role': 'role',
  'assign-role': 'assignmentId',
};

/** Decides the step, then refuses it if the circle it grows would not fit in its storage row. */
function decide(command: StructureCommand, structure: Structure, context: Context): Events {
  const events = decideStep(command, structure, context);
  const field = growingField[command.type];
  if (!events.ok || field === undefined || !('circleId' in command)) return events;
  const room = roomFor('circle', charactersOf(findCircle(events.value.reduce(evolve, structure), command.circleId)), field);
  return room.ok ? events : room;
}

function decideStep(command: StructureCommand, structure: Structure, context: Context): Events {
  const stamp: Stamp = { at: context.now, by: personOf(context.actor) };
  const today = dayOf(context.now);
  if (command.type === 'set-role-limit') {
    if (!maySetRoleLimit(context.actor)) return fail('not-permitted', 'onlyAdminSetsRoleLimit');
    return ok([{ type: 'role-limit-set', ...stamp, roleLimit: command.roleLimit }]);
  }
  if (command.type === 'create-circle') return decideCreate(command, structure, context, stamp);
  const found = activeCircle(structure, command.circleId);
  if (!found.ok) return found;
  const circle = found.value;
  const circleId = circle.circleId;
  if (command.type === 'assign-role' || command.type === 'end-term') {
    const roleId =
      command.type === 'assign-role'
        ? command.roleId
        : (circle.assignments.find((a) => a.assignmentId === command.assignmentId)?.roleId ?? '');
    if (!mayRecordTerm(structure, circle, roleId, context.actor, today)) return notRecordKeeper(circle);
  } else if (command.type === 'move-circle' || command.type === 'archive-circle') {
    if (!isAdmin(context.actor)) return fail('not-permitted', 'onlyAdminMovesCircles');
  } else if (!mayKeepRecords(structure, circle, context.actor, today)) {
    return notRecordKeeper(circle);
  }

  switch (command.type) {
    case 'rename-circle':
      return ok([{ type: 'circle-renamed', ...stamp, circleId, name: command.name }]);
    case 'describe-circle':
      return ok([{ type: 'circle-described', ...stamp, circleId, aim: command.aim, domain: command.domain }]);
    case 'move-circle': {
      if (circle.parentId === null) return fail('not-permitted', 'generalCircleHasNoParent', 'circleId');
      const parent = activeCircle(structure, command.parentId, 'parentId');
      if (!parent.ok) return parent;
      if (wouldCreateCycle(structure, circleId, command.parentId)) {
        return fail('circle-cycle', { key: 'circleCycle', values: { circle: circle.name } }, 'parentId');
      }
      return ok([{ type: 'circle-moved', ...stamp, circleId, parentId: command.parentId }]);
    }
    case 'archive-circle': {
      const children = subCircles(structure, circleId);
      if (children.length > 0) {
        return fail(
          'has-sub-circles',
          { key: 'hasSubCircles', values: { circle: circle.name, subCircles: children.map((c) => c.name).join(', ') } },
          'circleId',
        );
      }
      return ok([{ type: 'circle-archived', ...stamp, circleId }]);
    }
    case 'bind-circle':
      return ok([{ type: 'circle-bound', ...stamp, circleId, binding: command.binding }]);
    case 'add-member':
      if (isMember(circle, command.member.personId)) {
        return fail(
          'already-exists',
          { key: 'alreadyMember', values: { person: command.member.displayName, circle: circle.name } },
          'member.personId',
        );
      }
      return ok([{ type: 'member-added', ...stamp, circleId, member: command.member }]);
    case 'remove-member': {
      if (!isMember(circle, command.personId))
        return fail('not-a-member', { key: 'thatPersonNotAMember', values: { circle: circle.name } }, 'personId');
      // A person who leaves no longer holds roles in the circle; the logbook shows each term ending.
      const ended: StructureEvent[] = circle.assignments
        .filter((a) => a.personId === command.personId && a.termEnd >= today)
        .map((a) => ({ type: 'term-ended', ...stamp, circleId, assignmentId: a.assignmentId, lastDay: addDays(today, -1) }));
      return ok([...ended, { type: 'member-removed', ...stamp, circleId, personId: command.personId }]);
    }
    case 'set-circle-policy':
      return ok([{ type: 'circle-policy-set', ...stamp, circleId, policy: command.policy }]);
    case 'define-role':
      if (circle.customRoles.some((role) => role.roleId === command.role.roleId)) {
        return fail('already-exists', { key: 'roleExists', values: { circle: circle.name, roleId: command.role.roleId } }, 'role.roleId');
      }
      return ok([{ type: 'role-defined', ...stamp, circleId, role: command.role }]);
    case 'retire-role': {
      if (!circle.customRoles.some((role) => role.roleId === command.roleId)) {
        return fail('role-unknown', { key: 'noCustomRole', values: { circle: circle.name, roleId: command.roleId } }, 'roleId');
      }
      const ended: StructureEvent[] = circle.assignments
        .filter((a) => a.roleId === command.roleId && a.termEnd >= today)
        .map((a) => ({ type: 'term-ended', ...stamp, circleId, assignmentId: a.assignmentId, lastDay: addDays(today, -1) }));
      return ok([...ended, { type: 'role-retired', ...stamp, circleId, roleId: command.roleId }]);
    }
    case 'assign-role':
      return decideAssign(command, structure, circle, stamp);
    case 'end-term': {
      const assignment = circle.assignments.find((a) => a.assignmentId === command.assignmentId);
      if (!assignment) return fail('not-found', { key: 'noAssignment', values: { assignmentId: command.assignmentId } }, 'assignmentId');
      if (command.lastDay < assignment.termStart || command.lastDay > assignment.termEnd) {
        return fail(
          'term-invalid',
          { key: 'lastDayOutsideTerm', values: { termStart: messageDate(assignment.termStart), termEnd: messageDate(assignment.termEnd) } },
          'lastDay',
        );
      }
      return ok([{ type: 'term-ended', ...stamp, circleId, assignmentId: command.assignmentId, lastDay: command.lastDay }]);
    }
  }
}

function updateCircle(structure: Structure, circleId: CircleId, change: (circle: Circle) => Circle): Structure {
  const circle = findCircle(structure, circleId);
  return circle ? { ...structure, circles: { ...structure.circles, [circleId]: change(circle) } } : structure;
}

function evolve(structure: Structure, event: StructureEvent): Structure {
  switch (event.type) {
    case 'circle-created':
      return { ...structure, circles: { ...structure.circles, [event.circle.circleId]: event.circle } };
    case 'circle-renamed':
      return updateCircle(structure, event.circleId, (c) => ({ ...c, name: event.name }));
    case 'circle-described':
      return updateCircle(structure, event.circleId, (c) => ({ ...c, aim: event.aim, domain: event.domain }));
    case 'circle-moved':
      return updateCircle(structure, event.circleId, (c) => ({ ...c, parentId: event.parentId }));
    case 'circle-archived':
      return updateCircle(structure, event.circleId, (c) => ({ ...c, archived: true }));
    case 'circle-bound':
      return updateCircle(structure, event.circleId, (c) => ({ ...c, binding: event.binding }));
    case 'member-added':
      return updateCircle(structure, event.circleId, (c) => ({ ...c, members: [...c.members, event.member] }));
    case 'member-removed':
      return updateCircle(structure, event.circleId, (c) => ({ ...c, members: c.members.filter((m) => m.personId !== event.personId) }));
    case 'circle-policy-set':
      return updateCircle(structure, event.circleId, (c) => ({ ...c, policy: event.policy }));
    case 'role-defined':
      return updateCircle(structure, event.circleId, (c) => ({ ...c, customRoles: [...c.customRoles, event.role] }));
    case 'role-retired':
      return updateCircle(structure, event.circleId, (c) => ({
        ...c,
        customRoles: c.customRoles.filter((r) => r.roleId !== event.roleId),
      }));
    case 'role-assigned':
      return updateCircle(structure, event.circleId, (c) => ({ ...c, assignments: [...c.assignments, event.assignment] }));
    case 'term-ended':
      // A term that had not started yet is cancelled rather than kept with an end before its start.
      return updateCircle(structure, event.circleId, (c) => ({
        ...c,
        assignments: c.assignments
          .map((a) => (a.assignmentId === event.assignmentId ? { ...a, termEnd: event.lastDay } : a))
          .filter((a) => a.termEnd >= a.termStart),
      }));
    case 'role-limit-set':
      return { ...structure, roleLimit: event.roleLimit };
  }
}

/** The organisation's circles, members and role terms. */
export const structureDecider: Decider<StructureCommand, Structure, StructureEvent> = {
  commandSchema: StructureCommand,
  decide,
  evolve,
};
