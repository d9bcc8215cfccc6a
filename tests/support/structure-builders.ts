import type { Actor, Assignment, Circle, CustomRole, Member, Structure, StructureEvent } from '../../shared';
import { defaultCirclePolicy, structureDecider, transition } from '../../shared';
import { now as fixedNow } from './clock';
import { wordsOf } from './refusal-words';

/**
 * Builders for structure tests. A `Structure` is a plain value, so tests that
 * examine queries (double links, vacancies, role loads) can lay out exactly the
 * organisation they need without walking it through the decider.
 */

export function memberOf(personId: string, guest = false): Member {
  return { personId, displayName: personId.charAt(0).toUpperCase() + personId.slice(1), guest };
}

export function term(
  roleId: string,
  personId: string,
  termStart: string,
  termEnd: string,
  assignmentId = `${roleId}-${personId}-${termStart}`,
): Assignment {
  return { assignmentId, roleId, personId, termStart, termEnd };
}

export function customRole(roleId: string, name: string, defaultTermMonths?: number): CustomRole {
  const role: CustomRole = { roleId, name, description: '', accountabilities: [] };
  return defaultTermMonths === undefined ? role : { ...role, defaultTermMonths };
}

export interface CircleLayout {
  readonly parentId?: string | null;
  readonly members?: readonly string[];
  readonly terms?: readonly Assignment[];
  readonly customRoles?: readonly CustomRole[];
  readonly archived?: boolean;
}

export function circleValue(circleId: string, layout: CircleLayout = {}): Circle {
  return {
    circleId,
    name: circleId.charAt(0).toUpperCase() + circleId.slice(1),
    aim: '',
    domain: '',
    parentId: layout.parentId ?? null,
    archived: layout.archived ?? false,
    binding: null,
    members: (layout.members ?? []).map((id) => memberOf(id)),
    customRoles: [...(layout.customRoles ?? [])],
    assignments: [...(layout.terms ?? [])],
    policy: defaultCirclePolicy,
  };
}

export function structureValue(circles: readonly Circle[], roleLimit = 3): Structure {
  return { circles: Object.fromEntries(circles.map((circle) => [circle.circleId, circle])), roleLimit };
}

/** The events of a step that must be accepted. */
export function eventsOf(structure: Structure, command: object, actor: Actor, now: string = fixedNow): readonly StructureEvent[] {
  const result = transition(structureDecider, structure, command, actor, now);
  if (!result.ok) throw new Error(`step refused: ${JSON.stringify(command)} → ${result.error.code}: ${wordsOf(result.error)}`);
  return result.value.events;
}

/** The refusal of a step, as the code and field a caller can act on. */
export function codeAndField(
  structure: Structure,
  command: unknown,
  actor: unknown,
  now: unknown = fixedNow,
): { code: string; field?: string } {
  const result = transition(structureDecider, structure, command, actor, now);
  if (result.ok) throw new Error(`step was not refused: ${JSON.stringify(command)}`);
  return result.error.field === undefined ? { code: result.error.code } : { code: result.error.code, field: result.error.field };
}
