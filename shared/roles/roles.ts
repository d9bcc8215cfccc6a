import { z } from 'zod';
import { CalendarDate, Id, LongText, PersonId, ShortText } from '../kernel/ids';
import type { core } from '../texts/core';
import type { Said } from '../texts/said';

export const standardRoles = ['leader', 'delegate', 'facilitator', 'secretary'] as const;
export const StandardRole = z.enum(standardRoles);
export type StandardRole = z.infer<typeof StandardRole>;

/** Which circle chooses the holder: the leader is chosen by the parent, all others by the circle itself. */
export type SelectingCircle = 'parent' | 'circle';

/** A standard role's rules; its name is each catalogue's (`circles.roleName`), by its id. */
export interface StandardRoleDefinition {
  readonly selectedBy: SelectingCircle;
  /** Leader and delegate form the double link, so they exist only where there is a parent. */
  readonly needsParent: boolean;
}

export const standardRoleDefinitions: Record<StandardRole, StandardRoleDefinition> = {
  leader: {
    selectedBy: 'parent',
    needsParent: true,
  },
  delegate: {
    selectedBy: 'circle',
    needsParent: true,
  },
  facilitator: {
    selectedBy: 'circle',
    needsParent: false,
  },
  secretary: {
    selectedBy: 'circle',
    needsParent: false,
  },
};

/**
 * What a standard role is for, in words of the `core` catalogue: a selection of it
 * keeps no description of its own, so each reader reads it in their language.
 */
export function standardRoleDescription(roleId: StandardRole): Said<keyof typeof core> {
  return { key: 'roleDescription', values: { role: roleId } };
}

export function isStandardRole(roleId: string): roleId is StandardRole {
  return (standardRoles as readonly string[]).includes(roleId);
}

export const CustomRole = z.object({
  roleId: Id.refine((id) => !isStandardRole(id), 'is the name of a standard role'),
  name: ShortText(80),
  description: LongText(2000).default(''),
  accountabilities: z.array(ShortText(300)).max(30).default([]),
  /** Absent: the circle's own default term applies (`policy.defaultTermMonths`). */
  defaultTermMonths: z.number().int().min(1).max(60).optional(),
});
export type CustomRole = z.infer<typeof CustomRole>;

/** One person holding one role for a term; the term end is the role's review date. */
export const Assignment = z.object({
  assignmentId: Id,
  roleId: Id,
  personId: PersonId,
  termStart: CalendarDate,
  termEnd: CalendarDate,
});
export type Assignment = z.infer<typeof Assignment>;

/** A term is held from its first to its last day, both included. */
export function isCurrent(assignment: Pick<Assignment, 'termStart' | 'termEnd'>, day: CalendarDate): boolean {
  return assignment.termStart <= day && day <= assignment.termEnd;
}
