import type { Actor, Result, Structure, StructureEvent, Transition } from '../../shared';
import { ok, reviewsChangedBetween, structureCircles, structureDecider, transition } from '../../shared';
import type { InStep } from './handle-command';
import { handleCommand } from './handle-command';
import type { LoadedStructure, StructureRepository } from './ports/structure-repository';

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
 * Applies structure commands for a tenant as one change, through the command
 * handler: read the circles, decide each with the core, write guarded by ETags;
 * when another writer got there first, decide again on fresh state. A command
 * refused refuses them all, so nothing is half done (a circle created but not bound
 * to its conversation). With `inStep`, the reminders and calendar follow.
 */
export async function changeStructure(
  store: StructureRepository,
  tenantId: string,
  command: unknown | readonly unknown[],
  actor: Actor,
  now: string,
  inStep?: InStep,
): Promise<Result<Transition<Structure, StructureEvent>>> {
  const commands = Array.isArray(command) ? command : [command];
  return handleCommand<LoadedStructure, Transition<Structure, StructureEvent>, Transition<Structure, StructureEvent>>(
    {
      what: 'The organisation’s circles',
      load: () => store.load(tenantId),
      decide: (loaded) => decideAll(loaded.structure, commands, actor, now),
      save: async (loaded, changed) => ((await store.save(loaded, changed.state, changed.events)) ? ok(changed) : 'conflict'),
      changeOf: (changed, loaded) => ({ events: changed.events, structure: true, reviews: reviewsChangedBetween(loaded.structure, changed.state), circles: structureCircles(changed.events) }),
    },
    inStep,
  );
}
