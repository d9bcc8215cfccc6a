import type { Actor } from '../../shared';

/**
 * An operation id as stored: scoped to the caller, so an id one person used never
 * makes another person's request look like a replay (and skip their refusal).
 */
export function callerOperation(actor: Actor, operationId: string | undefined): string | undefined {
  if (operationId === undefined) return undefined;
  return `${actor.kind === 'person' ? actor.personId : 'system'}/${operationId}`;
}
