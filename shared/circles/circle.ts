import { z } from 'zod';
import { CircleId, LongText, PersonId, ShortText, TeamsId } from '../kernel/ids';
import { own } from '../kernel/records';
import { Assignment, CustomRole } from '../roles/roles';
import { CirclePolicy } from './policy';

/** Where the circle works in Teams, so reminders and cards reach it. */
export const TeamsBinding = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('team'), teamId: TeamsId }),
  z.object({ kind: z.literal('channel'), teamId: TeamsId, channelId: TeamsId }),
  z.object({ kind: z.literal('chat'), chatId: TeamsId }),
]);
export type TeamsBinding = z.infer<typeof TeamsBinding>;

/** A person in a circle; guests of the tenant are members like anyone else. */
export const Member = z.object({
  personId: PersonId,
  displayName: ShortText(200),
  guest: z.boolean().default(false),
});
export type Member = z.infer<typeof Member>;

export const CircleName = ShortText(120);
export const Aim = LongText(2000);
export const Domain = LongText(2000);

export const Circle = z.object({
  circleId: CircleId,
  name: CircleName,
  aim: Aim,
  domain: Domain,
  parentId: CircleId.nullable(),
  archived: z.boolean(),
  binding: TeamsBinding.nullable(),
  members: z.array(Member),
  customRoles: z.array(CustomRole),
  assignments: z.array(Assignment),
  policy: CirclePolicy,
});
export type Circle = z.infer<typeof Circle>;

/** The organisation's circles and its own settings: the tree that double links hang on. */
export const Structure = z.object({
  circles: z.record(CircleId, Circle),
  /** More roles than this per person is flagged: "always the same people". */
  roleLimit: z.number().int().min(1).max(50),
});
export type Structure = z.infer<typeof Structure>;

export const emptyStructure: Structure = { circles: {}, roleLimit: 3 };

/** The circle stored under the id, never a built-in property of the record ("constructor"). */
export function findCircle(structure: Structure, circleId: string): Circle | undefined {
  return own(structure.circles, circleId);
}

export function isMember(circle: Circle, personId: PersonId): boolean {
  return circle.members.some((member) => member.personId === personId);
}

/** A circle a person works in now: they are a member, and it is not archived. */
export function worksIn(circle: Circle, personId: PersonId): boolean {
  return !circle.archived && isMember(circle, personId);
}

export function memberIds(circle: Circle): PersonId[] {
  return circle.members.map((member) => member.personId);
}

export function activeCircles(structure: Structure): Circle[] {
  return Object.values(structure.circles).filter((circle) => !circle.archived);
}
