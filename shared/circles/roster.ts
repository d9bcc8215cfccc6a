import { z } from 'zod';
import type { Actor } from '../kernel/actor';
import type { CalendarDate } from '../kernel/ids';
import { PersonId, ShortText } from '../kernel/ids';
import { readsCircleWork } from '../privacy/privacy';
import type { Circle, Member, Structure } from './circle';
import { isMember } from './circle';
import { mayKeepRecords } from './structure-permissions';

/**
 * A person Teams lists in a conversation, as the bot keeps them: their Entra object
 * id (their id in every circle), their name, whether they are a guest of the
 * tenant, and their Teams user id in that conversation (which mentions need).
 */
export const RosterPerson = z.object({
  personId: PersonId,
  displayName: ShortText(200),
  guest: z.boolean(),
  teamsUserId: z.string().min(1).max(256),
});
export type RosterPerson = z.infer<typeof RosterPerson>;

/** A person of the roster as a circle sees them: a member already, or someone it may bring in. */
export interface OfferedPerson {
  readonly personId: PersonId;
  readonly displayName: string;
  readonly guest: boolean;
  readonly member: boolean;
}

/** Who may bring people into a circle: whoever keeps its records (add-member is a change of its records). */
export function mayAddMembers(structure: Structure, circle: Circle, actor: Actor, day: CalendarDate): boolean {
  return !circle.archived && mayKeepRecords(structure, circle, actor, day);
}

/**
 * Who may see who is in a circle's conversation: its members (they are there with
 * them), those who may bring people in, and timers.
 */
export function readsRoster(structure: Structure, circle: Circle, actor: Actor, day: CalendarDate): boolean {
  return readsCircleWork(circle, actor) || mayAddMembers(structure, circle, actor, day);
}

/**
 * The roster as the circle sees it: each person once (Teams may list one person
 * twice across pages), those not yet members first, each part in the roster's order.
 */
export function rosterOffer(circle: Circle, people: readonly RosterPerson[]): OfferedPerson[] {
  const seen = new Set<string>();
  const offered = people.flatMap((person) => {
    if (seen.has(person.personId)) return [];
    seen.add(person.personId);
    return [{ personId: person.personId, displayName: person.displayName, guest: person.guest, member: isMember(circle, person.personId) }];
  });
  return [...offered.filter((person) => !person.member), ...offered.filter((person) => person.member)];
}

/** The member a person of the roster becomes: a guest of the tenant stays marked as one. */
export function memberFrom(person: Pick<RosterPerson, 'personId' | 'displayName' | 'guest'>): Member {
  return { personId: person.personId, displayName: person.displayName, guest: person.guest };
}
