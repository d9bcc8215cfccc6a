import { z } from 'zod';
import { Instant, CircleId, CalendarDate, Id, PersonId } from '../kernel/ids';
import { Assignment, CustomRole } from '../roles/roles';
import { Aim, Circle, CircleName, Domain, Member, TeamsBinding } from './circle';
import { CirclePolicy } from './policy';

const event = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) =>
  z.object({ type: z.literal(type), at: Instant, by: PersonId.nullable(), ...shape });

/** What happened to the organisation's circles; the logbook reads these. */
export const StructureEvent = z.discriminatedUnion('type', [
  event('circle-created', { circle: Circle }),
  event('circle-renamed', { circleId: CircleId, name: CircleName }),
  event('circle-described', { circleId: CircleId, aim: Aim, domain: Domain }),
  event('circle-moved', { circleId: CircleId, parentId: CircleId }),
  event('circle-archived', { circleId: CircleId }),
  event('circle-bound', { circleId: CircleId, binding: TeamsBinding.nullable() }),
  event('member-added', { circleId: CircleId, member: Member }),
  event('member-removed', { circleId: CircleId, personId: PersonId }),
  event('circle-policy-set', { circleId: CircleId, policy: CirclePolicy }),
  event('role-defined', { circleId: CircleId, role: CustomRole }),
  event('role-retired', { circleId: CircleId, roleId: Id }),
  event('role-assigned', { circleId: CircleId, assignment: Assignment }),
  event('term-ended', { circleId: CircleId, assignmentId: Id, lastDay: CalendarDate }),
  event('role-limit-set', { roleLimit: z.number().int() }),
]);
export type StructureEvent = z.infer<typeof StructureEvent>;
