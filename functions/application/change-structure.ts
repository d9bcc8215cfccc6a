import type { Actor, ChangeWarning, Result, Structure, StructureEvent, Transition } from '../../shared';
import { changeWarnings, dayOf, ok, reviewsChangedBetween, structureCircles, structureDecider, transition } from '../../shared';
import type { InStep } from './handle-command';
import { handleCommand } from './handle-command';
import type { LoadedStructure, StructureRepository } from './ports/structure-repository';

/** A change to the circles as stored: the state after it, its events, and what the double-link and power-balance rules warn of. */
export interface StructureChange extends Transition<Structure, StructureEvent> {
  readonly warnings: readonly ChangeWarning[];
}

/** Applies commands one after another on one state: all of them, or none. */
function decideAll(structure: Structure, commands: readonly unknown[], actor: Actor, now: string): Result<StructureChange> {
  let state = structure;
  const events: StructureEvent[] = [];
  for (const command of commands) {
    const result = transition(structureDecider, state, command, actor, now);
    if (!result.ok) return result;
    state = result.value.state;
    events.push(...result.value.events);
  }
  return ok({ state, events, warnings: changeWarnings(structure, events, state, dayOf(now)) });
}

/**
 * Applies structure commands for a tenant as one change, through the command
 * handler: read the circles, decide each with the core, write guarded by ETags;
 * when another writer got there first, decide again on fresh state. A command
 * refused refuses them all, so nothing is half done (a circle created but not bound
 * to its conversation). With `inStep`, the reminders and calendar follow. The
 * warnings never refuse the change; they are returned so the person who acted sees them.
 */
export async function changeStructure(
  store: StructureRepository,
  tenantId: string,
  command: unknown | readonly unknown[],
  actor: Actor,
  now: string,
  inStep?: InStep,
): Promise<Result<StructureChange>> {
  const commands = Array.isArray(command) ? command : [command];
  return handleCommand<LoadedStructure, StructureChange, StructureChange>(
    {
      what: 'structure',
      load: () => store.load(tenantId),
      decide: (loaded) => decideAll(loaded.structure, commands, actor, now),
      save: async (loaded, changed) => ((await store.save(loaded, changed.state, changed.events)) ? ok(changed) : 'conflict'),
      changeOf: (changed, loaded) => ({
        events: changed.events,
        structure: true,
        reviews: reviewsChangedBetween(loaded.structure, changed.state),
        circles: structureCircles(changed.events),
      }),
    },
    inStep,
  );
}
