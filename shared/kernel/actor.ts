import { z } from 'zod';
import { PersonId } from './ids';

/**
 * Who asks for a step. A person acts only as themself (no command carries
 * "on behalf of"); the system actor is the timer that closes rounds at their deadline.
 */
export const Actor = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('person'), personId: PersonId, organisationAdmin: z.boolean().default(false) }),
  z.object({ kind: z.literal('system') }),
]);
export type Actor = z.infer<typeof Actor>;

export function personOf(actor: Actor): PersonId | null {
  return actor.kind === 'person' ? actor.personId : null;
}

export function isAdmin(actor: Actor): boolean {
  return actor.kind === 'person' && actor.organisationAdmin;
}
