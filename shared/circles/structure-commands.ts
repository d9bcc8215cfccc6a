import { z } from 'zod';
import { CalendarDate, CircleId, Id, PersonId } from '../kernel/ids';
import { CustomRole } from '../roles/roles';
import { Aim, CircleName, Domain, Member, TeamsBinding } from './circle';
import { CirclePolicy } from './policy';

const circleCommand = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) =>
  z.object({ type: z.literal(type), circleId: CircleId, ...shape });

/** Everything that changes the organisation's circles, members and roles. */
export const StructureCommand = z.discriminatedUnion('type', [
  circleCommand('create-circle', {
    name: CircleName,
    aim: Aim.default(''),
    domain: Domain.default(''),
    parentId: CircleId.nullable(),
    policy: CirclePolicy.optional(),
  }),
  circleCommand('rename-circle', { name: CircleName }),
  circleCommand('describe-circle', { aim: Aim, domain: Domain }),
  circleCommand('move-circle', { parentId: CircleId }),
  circleCommand('archive-circle', {}),
  circleCommand('bind-circle', { binding: TeamsBinding.nullable() }),
  circleCommand('add-member', { member: Member }),
  circleCommand('remove-member', { personId: PersonId }),
  circleCommand('set-circle-policy', { policy: CirclePolicy }),
  circleCommand('define-role', { role: CustomRole }),
  circleCommand('retire-role', { roleId: Id }),
  circleCommand('assign-role', {
    assignmentId: Id,
    roleId: Id,
    personId: PersonId,
    termStart: CalendarDate,
    termEnd: CalendarDate.optional(),
  }),
  circleCommand('end-term', { assignmentId: Id, lastDay: CalendarDate }),
  z.object({ type: z.literal('set-role-limit'), roleLimit: z.number().int().min(1).max(50) }),
]);
export type StructureCommand = z.infer<typeof StructureCommand>;
