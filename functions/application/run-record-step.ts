import type { Actor, Decider, Result, Structure, StructureEvent, Transition } from '../../shared';
import { ok, transition } from '../../shared';
import type { LoadedRecord, RecordRepository } from './ports/record-repository';
import { ContentionError, maxAttempts } from './contention';
import { callerOperation } from './operations';

/** How one kind of record kept whole in a row (a selection, a meeting) meets its decider. */
export interface RecordKind<Command, State, Event, T> {
  /** Named in the message when the record kept changing under every attempt. */
  readonly what: string;
  readonly decider: Decider<Command, State, Event>;
  /** The decider's state, or why there is none (the circle in the path does not hold the record); `command` is still unparsed. */
  stateOf(structure: Structure, record: T | null, circleId: string, command: unknown): Result<State>;
  recordOf(state: State): T | null;
  /** What the events change in the circles besides the record (a selection records a term); refused as a whole if that fails. */
  structureAfter?(structure: Structure, events: readonly Event[], now: string): Result<Transition<Structure, StructureEvent>>;
}

export interface RecordStepRequest {
  readonly tenantId: string;
  readonly circleId: string;
  readonly id: string;
  readonly command: unknown;
  readonly actor: Actor;
  readonly now: string;
  readonly operationId?: string;
}

/** What must still hold of the record when the step is decided (a card's revision), checked after a replay is recognised. */
export type RecordGuard<T> = (record: T | null) => Result<true>;

export interface RecordStepOutcome<Event, T> {
  readonly record: T;
  readonly structure: Structure;
  readonly events: readonly Event[];
  /** True when this operation id had been applied before and nothing was written now. */
  readonly replayed: boolean;
}

const keptOperations = 50;

/**
 * Between attempts, a random pause that grows with each one, so writers who
 * collided spread out instead of colliding again in step.
 */
const backOff = (attempt: number) => new Promise((resolve) => setTimeout(resolve, Math.random() * 25 * 2 ** attempt));

/** Load, decide with the core, write under ETags; on a conflict decide again on fresh state. */
export async function runRecordStep<Command, State, Event, T>(
  store: RecordRepository<T>,
  kind: RecordKind<Command, State, Event, T>,
  request: RecordStepRequest,
  guard?: RecordGuard<T>,
  /** The record as the caller has just read it (a card checks it before the step): the first attempt decides on it instead of reading again. */
  read?: LoadedRecord<T>,
): Promise<Result<RecordStepOutcome<Event, T>>> {
  const operationId = callerOperation(request.actor, request.operationId);
  for (let attempt = 1; attempt <= maxAttempts; attempt += 1) {
    if (attempt > 1) await backOff(attempt - 1);
    const loaded = attempt === 1 && read ? read : await store.load(request.tenantId, request.id);
    const structure = loaded.structure.structure;
    const state = kind.stateOf(structure, loaded.record?.value ?? null, request.circleId, request.command);
    if (!state.ok) return state;
    if (loaded.record && operationId !== undefined && loaded.record.operations.includes(operationId)) {
      return ok({ record: loaded.record.value, structure, events: [], replayed: true });
    }
    const holds = guard ? guard(loaded.record?.value ?? null) : ok(true as const);
    if (!holds.ok) return holds;
    const stepped = transition(kind.decider, state.value, request.command, request.actor, request.now);
    if (!stepped.ok) return stepped;
    const record = kind.recordOf(stepped.value.state);
    const nextStructure = kind.structureAfter ? kind.structureAfter(structure, stepped.value.events, request.now) : ok({ state: structure, events: [] });
    if (!nextStructure.ok) return nextStructure;
    if (record === null) throw new Error(`${kind.what}: a step that succeeded left no record`);
    const operations = operationId === undefined ? [...(loaded.record?.operations ?? [])] : [operationId, ...(loaded.record?.operations ?? [])].slice(0, keptOperations);
    const appended = { record: stepped.value.events, structure: nextStructure.value.events };
    if (await store.save(loaded, request.id, record, operations, nextStructure.value.state, appended)) {
      return ok({ record, structure: nextStructure.value.state, events: stepped.value.events, replayed: false });
    }
  }
  throw new ContentionError(kind.what, maxAttempts);
}
