import type { Actor, Result, Structure, StructureEvent, Transition } from '../../shared';
import { ok, structureDecider, transition } from '../../shared';
import type { StructureRepository } from './ports/structure-repository';
import { ContentionError, maxAttempts } from './contention';

/** Applies commands one after another on one state: all of them, or none. */
function decideAll(structure: Structure, commands: readonly unknown[], actor: Actor, now: string): Result<Transition<Structure, StructureEvent>> {
  let state = structure;
  const events: StructureEvent[] = [];
  for (const command of commands) {
    const result = transition(structureDecider, state, command, actor, now);
    if (!result.ok) return result;
    state = result.value.state;
    events.push(...result.value.events);
  }
  return ok({ state, events });
}

/**
 * Applies structure commands for a tenant as one change: read, decide each with the
 * core, write guarded by ETags; when another writer got there first, decide again
 * on fresh state. A command refused refuses them all, so nothing is half done
 * (a circle created but not bound to its conversation).
 */
export async function changeStructure(
  store: StructureRepository,
  tenantId: string,
  command: unknown | readonly unknown[],
  actor: Actor,
  now: string,
): Promise<Result<Transition<Structure, StructureEvent>>> {
  const commands = Array.isArray(command) ? command : [command];
  for (let attempt = 1; attempt <= maxAttempts; attempt += 1) {
    const loaded = await store.load(tenantId);
    const result = decideAll(loaded.structure, commands, actor, now);
    if (!result.ok || (await store.save(loaded, result.value.state, result.value.events))) return result;
  }
  throw new ContentionError('The organisation’s circles', maxAttempts);
}
