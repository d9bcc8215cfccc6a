import type { CalendarDate, CircleId, PersonId } from '../kernel/ids';
import { isCurrent } from '../roles/roles';
import type { Circle, Structure, TeamsBinding } from './circle';
import { findCircle } from './circle';

/** A role term as the circle map keeps it: the holder by name, so the map names people without reading the circle. */
export interface MappedTerm {
  readonly roleId: string;
  readonly personId: PersonId;
  /** The holder's name in the circle; their id once they have left it. */
  readonly displayName: string;
  readonly termStart: CalendarDate;
  readonly termEnd: CalendarDate;
}

/**
 * What the circle map keeps of a circle, whatever the day: where it sits in the tree,
 * its aim, how many members it has and every role term. Kept without a day, so
 * it changes only when the circle does; who holds a role is read with one.
 */
export interface CircleMapEntry {
  readonly circleId: CircleId;
  readonly name: string;
  readonly aim: string;
  readonly parentId: CircleId | null;
  readonly archived: boolean;
  readonly binding: TeamsBinding | null;
  readonly memberCount: number;
  readonly terms: readonly MappedTerm[];
}

/** Who holds a role on the day the map is read. */
export interface MappedHolder {
  readonly personId: PersonId;
  readonly displayName: string;
}

/** A circle on the map as read on a day: the entry with who holds each role then, instead of every term. */
export interface MappedCircle extends Omit<CircleMapEntry, 'terms'> {
  readonly holders: Readonly<Record<string, MappedHolder>>;
}

/** The circle map's entry of a circle. */
export function circleMapEntry(circle: Circle): CircleMapEntry {
  const names = new Map(circle.members.map((member) => [member.personId, member.displayName]));
  return {
    circleId: circle.circleId,
    name: circle.name,
    aim: circle.aim,
    parentId: circle.parentId,
    archived: circle.archived,
    binding: circle.binding,
    memberCount: circle.members.length,
    terms: circle.assignments.map(({ roleId, personId, termStart, termEnd }) => ({
      roleId,
      personId,
      displayName: names.get(personId) ?? personId,
      termStart,
      termEnd,
    })),
  };
}

/** A circle as the map shows it on `day`: who holds each role that day, as the core's terms say. */
export function mappedCircle(entry: CircleMapEntry, day: CalendarDate): MappedCircle {
  const { terms, ...circle } = entry;
  const holders = terms
    .filter((term) => isCurrent(term, day))
    .map((term) => [term.roleId, { personId: term.personId, displayName: term.displayName }] as const);
  return { ...circle, holders: Object.fromEntries(holders) };
}

/** The organisation's circle map on `day`. */
export function circleMap(structure: Structure, day: CalendarDate): MappedCircle[] {
  return Object.values(structure.circles).map((circle) => mappedCircle(circleMapEntry(circle), day));
}

/**
 * What a change of the structure changes on the map: the entries of the circles that
 * differ (new, renamed, moved, archived, members or terms changed) and the circles gone.
 */
export function circleMapChanges(before: Structure, after: Structure): { readonly changed: CircleMapEntry[]; readonly gone: CircleId[] } {
  const changed = Object.values(after.circles)
    .map(circleMapEntry)
    .filter((entry) => {
      const was = findCircle(before, entry.circleId);
      return was === undefined || JSON.stringify(circleMapEntry(was)) !== JSON.stringify(entry);
    });
  const gone = Object.keys(before.circles).filter((circleId) => findCircle(after, circleId) === undefined);
  return { changed, gone };
}
