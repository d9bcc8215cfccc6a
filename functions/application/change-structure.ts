import type { Actor, Result, Structure, StructureEvent, Transition } from '../../shared';
import { structureDecider, transition } from '../../shared';
import type { StructureStore } from '../storage/structure-store';
import { ContentionError, maxAttempts } from './contention';

/**
 * Applies one structure command for a tenant: read, decide with the core, write
 * guarded by ETags; when another writer got there first, decide again on fresh state.
 */
export async function changeStructure(
  store: StructureStore,
  tenantId: string,
  command: unknown,
  actor: Actor,
  now: string,
): Promise<Result<Transition<Structure, StructureEvent>>> {
  for (let attempt = 1; attempt <= maxAttempts; attempt += 1) {
    const loaded = await store.load(tenantId);
    const result = transition(structureDecider, loaded.structure, command, actor, now);
    if (!result.ok || (await store.save(loaded, result.value.state))) return result;
  }
  throw new ContentionError('The organisation’s circles', maxAttempts);
}
