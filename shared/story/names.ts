import type { Circle } from '../circles/circle';
import type { StructureEvent } from '../circles/structure-events';
import type { PersonId } from '../kernel/ids';

/** A person as a reader meets them: by the name the circle knows them by. */
export interface NamedPerson {
  readonly personId: PersonId;
  readonly displayName: string;
}

/** Who is who in a circle's story: its members now, and those who left under the name they had when they joined. */
export type Names = ReadonlyMap<PersonId, string>;

/**
 * The names a circle's records are read with. Someone who has left is named from
 * the event that added them, so a decision they took part in still says who they
 * were; a member's current name wins over an older one.
 */
export function circleNames(circle: Circle, circleEvents: readonly StructureEvent[] = []): Names {
  const names = new Map<PersonId, string>();
  for (const event of circleEvents) {
    if (event.type === 'member-added' && event.circleId === circle.circleId) names.set(event.member.personId, event.member.displayName);
  }
  for (const member of circle.members) names.set(member.personId, member.displayName);
  return names;
}

/** A person by name, or by id when no record of the circle names them. */
export function named(names: Names, personId: PersonId): NamedPerson {
  return { personId, displayName: names.get(personId) ?? personId };
}
