import type { Circle } from '../circles/circle';
import type { StructureEvent } from '../circles/structure-events';
import type { Instant } from '../kernel/ids';
import { messageDate } from '../kernel/time';
import { roleWords } from '../reviews/reviews';
import type { Assignment } from '../roles/roles';
import type { core } from '../texts/core';
import type { Said } from '../texts/said';
import type { NamedPerson } from './names';
import { circleNames, named } from './names';

/** What kind of change to a circle's structure: who came and went, who held which role, and the rest. */
export type CircleChangeKind = 'joined' | 'left' | 'term-began' | 'term-ended' | 'circle' | 'roles' | 'policy';

/** One change to a circle, said as a sentence a newcomer reads (a Said of core), with who made it and when. */
export interface CircleChange {
  readonly at: Instant;
  readonly by: NamedPerson | null;
  readonly kind: CircleChangeKind;
  readonly said: Said<CoreKey>;
}

type CoreKey = keyof typeof core;
type Event<T extends StructureEvent['type']> = Extract<StructureEvent, { type: T }>;
interface Telling {
  readonly person: (personId: string) => string;
  /** A role as messages name it (`roleWords`), a retired one by the name from the event that defined it. */
  readonly role: (roleId: string) => { readonly role: string; readonly name: string };
  /** Terms as they were assigned in these events or are kept now, to say whose term ended. */
  readonly term: (assignmentId: string) => Assignment | undefined;
}
type Told = { readonly kind: CircleChangeKind; readonly said: Said<CoreKey> };

/** One sentence per kind of event (`core.change…`); the compiler keeps the table complete as events are added. */
const tell: { readonly [T in StructureEvent['type']]: (event: Event<T>, telling: Telling) => Told } = {
  'circle-created': (e) => ({ kind: 'circle', said: { key: 'changeCircleCreated', values: { name: e.circle.name } } }),
  'circle-renamed': (e) => ({ kind: 'circle', said: { key: 'changeCircleRenamed', values: { name: e.name } } }),
  'circle-described': () => ({ kind: 'circle', said: { key: 'changeCircleDescribed' } }),
  'circle-moved': () => ({ kind: 'circle', said: { key: 'changeCircleMoved' } }),
  'circle-archived': () => ({ kind: 'circle', said: { key: 'changeCircleArchived' } }),
  'circle-bound': (e) => ({ kind: 'circle', said: { key: e.binding ? 'changeCircleBound' : 'changeCircleUnbound' } }),
  'member-added': (e) => ({
    kind: 'joined',
    said: { key: 'changeMemberAdded', values: { person: e.member.displayName, guest: e.member.guest ? 'yes' : 'no' } },
  }),
  'member-removed': (e, t) => ({ kind: 'left', said: { key: 'changeMemberRemoved', values: { person: t.person(e.personId) } } }),
  'circle-policy-set': () => ({ kind: 'policy', said: { key: 'changePolicySet' } }),
  'role-defined': (e) => ({ kind: 'roles', said: { key: 'changeRoleDefined', values: { role: e.role.name } } }),
  'role-retired': (e, t) => ({ kind: 'roles', said: { key: 'changeRoleRetired', values: { role: t.role(e.roleId).name } } }),
  'role-assigned': (e, t): Told => {
    const { personId, roleId, termStart, termEnd } = e.assignment;
    const values = { person: t.person(personId), ...t.role(roleId), termStart: messageDate(termStart), termEnd: messageDate(termEnd) };
    return { kind: 'term-began', said: { key: 'changeTermBegan', values } };
  },
  'term-ended': (e, t): Told => {
    const term = t.term(e.assignmentId);
    const lastDay = messageDate(e.lastDay);
    if (!term) return { kind: 'term-ended', said: { key: 'changeSomeTermEnded', values: { lastDay } } };
    return {
      kind: 'term-ended',
      said: { key: 'changeTermEnded', values: { person: t.person(term.personId), ...t.role(term.roleId), lastDay } },
    };
  },
  'role-limit-set': (e) => ({ kind: 'policy', said: { key: 'changeRoleLimitSet', values: { limit: e.roleLimit } } }),
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
      const words = roleWords(circle, roleId);
      return words.name === roleId && words.role === 'other' ? { ...words, name: defined.get(roleId) ?? roleId } : words;
    },
    person: (personId) => named(names, personId).displayName,
    term: (assignmentId) => assigned.get(assignmentId) ?? circle.assignments.find((a) => a.assignmentId === assignmentId),
  };
  return events.map((event) => {
    const told = (tell[event.type] as (e: StructureEvent, t: Telling) => Told)(event, telling);
    return { at: event.at, by: event.by === null ? null : named(names, event.by), ...told };
  });
}
