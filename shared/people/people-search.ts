import { z } from 'zod';
import type { Structure } from '../circles/circle';
import { findsEveryWord, searchWords } from '../logbook/search-text';

/** How many people one search offers: a picker's list, not a directory export. */
export const peopleFoundAtMost = 25;

/** What a person types into the people picker. */
export const PeopleQuery = z.object({
  query: z.string({ error: 'queryRequired' }).trim().min(1).max(100),
});
export type PeopleQuery = z.infer<typeof PeopleQuery>;

/** Someone a search found: in the tenant's directory, or already met by the app in the organisation's circles. */
export interface PersonFound {
  readonly personId: string;
  readonly displayName: string;
  readonly email: string | null;
  readonly guest: boolean;
  readonly source: 'directory' | 'known';
}

/** A person of the directory, as the directory describes them. */
export type DirectoryEntry = Omit<PersonFound, 'source'>;

/** A person the app has already met: a member of a circle, archived ones included. */
export interface KnownPerson {
  readonly personId: string;
  readonly displayName: string;
  readonly guest: boolean;
}

/** Everyone who is or was a member of a circle, once each, by the name the first circle (by id) gives them. */
export function knownPeople(structure: Structure): KnownPerson[] {
  const known = new Map<string, KnownPerson>();
  const circles = Object.values(structure.circles).sort((a, b) => (a.circleId < b.circleId ? -1 : a.circleId > b.circleId ? 1 : 0));
  for (const circle of circles) {
    for (const member of circle.members) {
      if (known.has(member.personId)) continue;
      known.set(member.personId, { personId: member.personId, displayName: member.displayName, guest: member.guest });
    }
  }
  return [...known.values()];
}

/**
 * The known people a query finds, by name: each word of the query begins a word of
 * the name, in any order, case and accents aside ("chloe" finds "Chloé Martin",
 * "martin ch" too); sorted by name so the same query lists them the same way.
 */
export function knownPeopleMatching(query: string, people: readonly KnownPerson[]): KnownPerson[] {
  const words = searchWords(query);
  if (words.length === 0) return [];
  return people
    .filter((person) => findsEveryWord(person.displayName, words))
    .sort((a, b) => a.displayName.localeCompare(b.displayName, 'en') || (a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0));
}

/**
 * What the picker offers: the directory's people first, in the directory's order,
 * then the known people it did not list; each person once, at most
 * `peopleFoundAtMost`.
 */
export function peopleFound(directory: readonly DirectoryEntry[], known: readonly KnownPerson[]): PersonFound[] {
  const found = new Map<string, PersonFound>();
  for (const person of directory) {
    if (!found.has(person.personId)) found.set(person.personId, { ...person, source: 'directory' });
  }
  for (const person of known) {
    if (!found.has(person.personId)) found.set(person.personId, { ...person, email: null, source: 'known' });
  }
  return [...found.values()].slice(0, peopleFoundAtMost);
}
