import type { Actor, ChangeWarning, Decider, Result, RoundDeadline, Structure, StructureEvent, Transition } from '../../shared';
import { changeWarnings, dayOf, ok, reviewsChangedBetween, transition } from '../../shared';
import type { InStep } from './handle-command';
import type { DeadlineShift } from './index-deadlines';
import { handleCommand } from './handle-command';
import type { TeamsUser } from './ports/conversation-repository';
import type { LoadedRecord, RecordRepository } from './ports/record-repository';
import { callerOperation } from './operations';
import type { Told } from './tell-people';

/** How one kind of record kept whole in a row (a selection, a meeting) meets its decider. */
export interface RecordKind<Command, State, Event, T> {
  /** The kind of record, named in the log when it kept changing under every attempt (`selection`). */
  readonly what: string;
  readonly decider: Decider<Command, State, Event>;
  /** The decider's state, or why there is none (the circle in the path does not hold the record); `command` is still unparsed. */
  stateOf(structure: Structure, record: T | null, circleId: string, command: unknown): Result<State>;
  recordOf(state: State): T | null;
  /** What the events change in the circles besides the record (a selection records a term); refused as a whole if that fails. */
  structureAfter?(structure: Structure, events: readonly Event[], now: string): Result<Transition<Structure, StructureEvent>>;
  /** The record's running asynchronous round, for the deadlines' index (a kind without consent rounds has none). */
  readonly deadlines?: { readonly kind: 'selection'; deadlineOf(record: T | null): RoundDeadline | null };
  /** The record people are told of after a step, with its events; none for a kind nobody is told of. */
  noticeOf?(record: T, structure: Structure, events: readonly Event[]): Told | null;
}

export interface RecordStepRequest {
  readonly tenantId: string;
  readonly circleId: string;
  readonly id: string;
  readonly command: unknown;
  readonly actor: Actor;
  readonly now: string;
  readonly operationId?: string;
  /** The acting person's Teams user id, kept in their conversation by the step's own write. */
  readonly teamsUser?: TeamsUser;
}

/** What must still hold of the record when the step is decided (a card's revision), checked after a replay is recognised. */
export type RecordGuard<T> = (record: T | null) => Result<true>;

export interface RecordStepOutcome<Event, T> {
  readonly record: T;
  readonly structure: Structure;
  readonly events: readonly Event[];
  /** True when this operation id had been applied before and nothing was written now. */
  readonly replayed: boolean;
  /**
   * What the change it made to the circles (a selection's term) leaves that the
   * double-link and power-balance rules name; none on a replay.
   */
  readonly warnings: readonly ChangeWarning[];
}

/** What a step decided: the record and the circles after it, with the events of each. */
interface DecidedRecord<Event, T> {
  readonly record: T;
  readonly structure: Structure;
  readonly events: readonly Event[];
  readonly structureEvents: readonly StructureEvent[];
  readonly warnings: readonly ChangeWarning[];
}

/** A record kept whole in a row, stepped through the command handler; with `inStep`, what follows the step is kept in step, and people are told of it. */
export async function runRecordStep<Command, State, Event extends { readonly type: string }, T>(
  store: RecordRepository<T>,
  kind: RecordKind<Command, State, Event, T>,
  request: RecordStepRequest,
  guard?: RecordGuard<T>,
  /** The record as the caller has just read it (a card checks it before the step): the first attempt decides on it instead of reading again. */
  read?: LoadedRecord<T>,
  inStep?: InStep,
): Promise<Result<RecordStepOutcome<Event, T>>> {
  const operationId = callerOperation(request.actor, request.operationId);
  const stateOf = (loaded: LoadedRecord<T>) =>
    kind.stateOf(loaded.structure.structure, loaded.record?.value ?? null, request.circleId, request.command);
  return handleCommand<LoadedRecord<T>, DecidedRecord<Event, T>, RecordStepOutcome<Event, T>>(
    {
      what: kind.what,
      load: (attempt) => (attempt === 1 && read ? Promise.resolve(read) : store.load(request.tenantId, request.id)),
      settled: (loaded) => {
        const state = stateOf(loaded);
        if (!state.ok) return state;
        if (loaded.record && store.applied(loaded, operationId)) {
          return ok({ record: loaded.record.value, structure: loaded.structure.structure, events: [], replayed: true, warnings: [] });
        }
        const holds = guard ? guard(loaded.record?.value ?? null) : ok(true as const);
        return holds.ok ? null : holds;
      },
      decide: (loaded) => {
        const state = stateOf(loaded);
        if (!state.ok) return state;
        const stepped = transition(kind.decider, state.value, request.command, request.actor, request.now);
        if (!stepped.ok) return stepped;
        const record = kind.recordOf(stepped.value.state);
        const structure = loaded.structure.structure;
        const nextStructure = kind.structureAfter
          ? kind.structureAfter(structure, stepped.value.events, request.now)
          : ok({ state: structure, events: [] });
        if (!nextStructure.ok) return nextStructure;
        if (record === null) throw new Error(`${kind.what}: a step that succeeded left no record`);
        const warnings = changeWarnings(structure, nextStructure.value.events, nextStructure.value.state, dayOf(request.now));
        const { state: after, events: structureEvents } = nextStructure.value;
        return ok({ record, structure: after, events: stepped.value.events, structureEvents, warnings });
      },
      save: async (loaded, decided) => {
        // A step that changes nothing (joining a meeting one is in, each time the panel
        // opens) writes nothing, so readers polling the record see no change.
        const none = decided.events.length === 0 && decided.structureEvents.length === 0;
        if (none && !request.teamsUser && loaded.record !== null) {
          return ok({ record: decided.record, structure: decided.structure, events: [], replayed: false, warnings: decided.warnings });
        }
        const appended = { record: decided.events, structure: decided.structureEvents };
        if (!(await store.save(loaded, request.id, decided.record, operationId, decided.structure, appended, request.teamsUser)))
          return 'conflict';
        const { record, structure, events, warnings } = decided;
        return ok({ record, structure, events, replayed: false, warnings });
      },
      changeOf: (outcome, loaded) => ({
        events: outcome.events,
        reviews: reviewsChangedBetween(loaded.structure.structure, outcome.structure),
        circles: [request.circleId],
      }),
      ...(kind.deadlines ? { deadlineShift: deadlineShiftOf(kind.deadlines, request) } : {}),
      ...(kind.noticeOf
        ? { noticeOf: (outcome: RecordStepOutcome<Event, T>) => kind.noticeOf?.(outcome.record, outcome.structure, outcome.events) ?? null }
        : {}),
    },
    inStep,
  );
}

/** How a step moves the record's round: from the record as loaded to the record decided. */
function deadlineShiftOf<T, Event>(
  deadlines: NonNullable<RecordKind<unknown, unknown, Event, T>['deadlines']>,
  request: RecordStepRequest,
) {
  return (loaded: LoadedRecord<T>, decided: DecidedRecord<Event, T>): DeadlineShift => ({
    kind: deadlines.kind,
    recordId: request.id,
    circleId: request.circleId,
    before: deadlines.deadlineOf(loaded.record?.value ?? null),
    after: deadlines.deadlineOf(decided.record),
  });
}
