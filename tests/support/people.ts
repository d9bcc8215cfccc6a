import type { Actor, Member } from '../../shared';

/**
 * The people of Riverside Care Co-op. Farid and Grace receive support and are
 * guests in the tenant; in a care co-operative they decide with the carers.
 */
export const people = {
  amara: { personId: 'amara', displayName: 'Amara Okafor', guest: false },
  ben: { personId: 'ben', displayName: 'Ben Hughes', guest: false },
  chloe: { personId: 'chloe', displayName: 'Chloé Martin', guest: false },
  dev: { personId: 'dev', displayName: 'Dev Patel', guest: false },
  esi: { personId: 'esi', displayName: 'Esi Mensah', guest: false },
  farid: { personId: 'farid', displayName: 'Farid Haddad', guest: true },
  grace: { personId: 'grace', displayName: 'Grace Lin', guest: true },
  hana: { personId: 'hana', displayName: 'Hana Sato', guest: false },
} satisfies Record<string, Member>;

export type PersonName = keyof typeof people;

export function as(name: PersonName | string): Actor {
  return { kind: 'person', personId: name, organisationAdmin: false };
}

export const admin: Actor = { kind: 'person', personId: 'admin', organisationAdmin: true };
export const system: Actor = { kind: 'system' };
