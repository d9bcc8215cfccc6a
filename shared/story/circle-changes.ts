import type { Circle } from '../circles/circle';
import type { StructureEvent } from '../circles/structure-events';
import type { Instant } from '../kernel/ids';
import { roleName } from '../reviews/reviews';
import type { Assignment } from '../roles/roles';
import type { NamedPerson } from './names';
import { circleNames, named } from './names';

/** What kind of change to a circle's structure: who came and went, who held which role, and the rest. */
export type CircleChangeKind = 'joined' | 'left' | 'term-began' | 'term-ended' | 'circle' | 'roles' | 'policy';

/** One change to a circle, in a sentence a newcomer reads, with who made it and when. */
export interface CircleChange {
  readonly at: Instant;
  readonly by: NamedPerson | null;
  readonly kind: CircleChangeKind;
  readonly words: string;
}

type Event<T extends StructureEvent['type']> = Extract<StructureEvent, { type: T }>;
interface Telling {
  readonly person: (personId: string) => string;
  /** A role's name, a retired one's from the event that defined it. */
  readonly role: (roleId: string) => string;
  /** Terms as they were assigned in these events or are kept now, to say whose term ended. */
  readonly term: (assignmentId: string) => Assignment | undefined;
}
type Told = { readonly kind: CircleChangeKind; readonly words: string };

/** One sentence per kind of event; the compiler keeps the table complete as events are added. */
const tell: { readonly [T in StructureEvent['type']]: (event: Event<T>, telling: Telling) => Told } = {
  'circle-created': (e) => ({ kind: 'circle', words: `The circle “${e.circle.name}” was created.` }),
  'circle-renamed': (e) => ({ kind: 'circle', words: `The circle was renamed “${e.name}”.` }),
  'circle-described': () => ({ kind: 'circle', words: 'The circle’s aim and domain were described anew.' }),
  'circle-moved': () => ({ kind: 'circle', words: 'The circle was moved under another parent.' }),
  'circle-archived': () => ({ kind: 'circle', words: 'The circle was archived.' }),
  'circle-bound': (e) => ({ kind: 'circle', words: e.binding ? 'The circle was given a home in Teams.' : 'The circle’s home in Teams was removed.' }),
  'member-added': (e) => ({ kind: 'joined', words: `${e.member.displayName} joined${e.member.guest ? ' as a guest' : ''}.` }),
  'member-removed': (e, t) => ({ kind: 'left', words: `${t.person(e.personId)} left.` }),
  'circle-policy-set': () => ({ kind: 'policy', words: 'The circle changed how it decides (its policy).' }),
  'role-defined': (e) => ({ kind: 'roles', words: `The role “${e.role.name}” was defined.` }),
  'role-retired': (e, t) => ({ kind: 'roles', words: `The role “${t.role(e.roleId)}” was retired.` }),
  'role-assigned': (e, t) => ({
    kind: 'term-began',
    words: `${t.person(e.assignment.personId)} holds ${t.role(e.assignment.roleId)} from ${e.assignment.termStart} to ${e.assignment.termEnd}.`,
  }),
  'term-ended': (e, t) => {
    const term = t.term(e.assignmentId);
    const whose = term ? `${t.person(term.personId)}’s term as ${t.role(term.roleId)}` : 'A term';
    return { kind: 'term-ended', words: `${whose} ended on ${e.lastDay}.` };
  },
  'role-limit-set': (e) => ({ kind: 'policy', words: `The organisation now flags more than ${e.roleLimit} roles per person.` }),
};

/**
 * A circle's structure history as sentences, in the order given: who joined and
 * left, who held which role and when their terms ended. People are named as the
 * circle knew them, those who left included.
 */
export function circleChanges(circle: Circle, events: readonly StructureEvent[]): CircleChange[] {
  const names = circleNames(circle, events);
  const assigned = new Map(events.flatMap((e) => (e.type === 'role-assigned' ? [[e.assignment.assignmentId, e.assignment] as const] : [])));
  const defined = new Map(events.flatMap((e) => (e.type === 'role-defined' ? [[e.role.roleId, e.role.name] as const] : [])));
  const telling: Telling = {
    role: (roleId) => {
      const name = roleName(circle, roleId);
      return name === roleId ? defined.get(roleId) ?? roleId : name;
    },
    person: (personId) => named(names, personId).displayName,
    term: (assignmentId) => assigned.get(assignmentId) ?? circle.assignments.find((a) => a.assignmentId === assignmentId),
  };
  return events.map((event) => {
    const told = (tell[event.type] as (e: StructureEvent, t: Telling) => Told)(event, telling);
    return { at: event.at, by: event.by === null ? null : named(names, event.by), ...told };
  });
}
