import { z } from 'zod';
import { CalendarDate, Id, LongText, PersonId, ShortText } from '../kernel/ids';

export const standardRoles = ['leader', 'delegate', 'facilitator', 'secretary'] as const;
export const StandardRole = z.enum(standardRoles);
export type StandardRole = z.infer<typeof StandardRole>;

/** Which circle chooses the holder: the leader is chosen by the parent, all others by the circle itself. */
export type SelectingCircle = 'parent' | 'circle';

export interface StandardRoleDefinition {
  readonly name: string;
  readonly description: string;
  readonly selectedBy: SelectingCircle;
  /** Leader and delegate form the double link, so they exist only where there is a parent. */
  readonly needsParent: boolean;
}

export const standardRoleDefinitions: Record<StandardRole, StandardRoleDefinition> = {
  leader: {
    name: 'Leader',
    description: 'Operational leader, chosen by the parent circle; member of both circles.',
    selectedBy: 'parent',
    needsParent: true,
  },
  delegate: {
    name: 'Delegate',
    description: 'Represents the circle in its parent, chosen by the circle itself; member of both circles.',
    selectedBy: 'circle',
    needsParent: true,
  },
  facilitator: {
    name: 'Facilitator',
    description: 'Runs the circle’s meetings and rounds.',
    selectedBy: 'circle',
    needsParent: false,
  },
  secretary: {
    name: 'Secretary',
    description: 'Keeps the logbook and schedules meetings.',
    selectedBy: 'circle',
    needsParent: false,
  },
};

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
