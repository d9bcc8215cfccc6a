import type { PersonFound } from '../../shared';
import { knownPeople, knownPeopleMatching, peopleFound } from '../../shared';
import type { ConsentMissing, Directory, DirectoryCaller, DirectoryFault } from './ports/directory';
import type { StructureRepository } from './ports/structure-repository';

/** Whether the directory was searched, and if not, why. */
export type DirectoryState = 'searched' | 'not-configured' | 'consent-required';

export type PeopleSearch =
  | {
      readonly ok: true;
      readonly people: readonly PersonFound[];
      readonly directory: DirectoryState;
      /** Why the directory was not searched, for the person, when only their consent is missing. */
      readonly consent?: ConsentMissing;
    }
  /** The directory did not answer: nothing the caller sent is wrong, and asking again may work. */
  | { readonly ok: false; readonly reason: DirectoryFault };

/**
 * Finds people to bring into a circle: the tenant's directory (when there is one) and
 * the people the organisation's circles already know, read at the same time.
 */
export async function searchPeople(
  services: { readonly structures: StructureRepository; readonly directory: Directory | null },
  caller: DirectoryCaller,
  query: string,
): Promise<PeopleSearch> {
  const [loaded, searched] = await Promise.all([
    services.structures.load(caller.tenantId),
    services.directory?.search(caller, query) ?? null,
  ]);
  const known = knownPeopleMatching(query, knownPeople(loaded.structure));
  if (searched === null) return { ok: true, people: peopleFound([], known), directory: 'not-configured' };
  switch (searched.outcome) {
    case 'searched':
      return { ok: true, people: peopleFound(searched.people, known), directory: 'searched' };
    case 'consent-required':
      return { ok: true, people: peopleFound([], known), directory: 'consent-required', consent: searched.reason };
    case 'unavailable':
      return { ok: false, reason: searched.reason };
    default: {
      const never: never = searched;
      return never;
    }
  }
}
