import type { PersonId, Structure, StructureEvent } from '../../../shared';
import type { TeamsUser } from './conversation-repository';
import type { LoadedStructure } from './structure-repository';

export interface StoredRecord<T> {
  readonly value: T;
  /** Recent operation ids, so a retried request is recognised and not applied twice. */
  readonly operations: readonly string[];
  readonly etag: string;
  /** How many event rows the record has appended: the next one's sequence. */
  readonly eventCount: number;
  /** Whose inbox holds the record, as its last write left them (storage's own, so a step removes exactly those rows). */
  readonly inboxed?: readonly PersonId[];
}

export interface LoadedRecord<T> {
  readonly structure: LoadedStructure;
  readonly record: StoredRecord<T> | null;
}

/** The events a step appends: the record's own, and those of the circles it changed. */
export interface AppendedEvents {
  readonly record: readonly unknown[];
  readonly structure: readonly StructureEvent[];
}

/** A record kept whole (a role selection, a meeting), read with the organisation's circles. */
export interface RecordRepository<T> {
  load(tenantId: string, id: string): Promise<LoadedRecord<T>>;
  /** Every record of this kind in the tenant. */
  loadAll(tenantId: string): Promise<T[]>;
  /** Whether a request with this operation id was stored already (a retry, answered without writing). */
  applied(loaded: LoadedRecord<T>, operationId: string | undefined): boolean;
  /**
   * Writes the record (remembering the operation id), the circles that changed and
   * the acting person's Teams user id in their conversation at once; false when
   * another writer came first.
   */
  save(
    loaded: LoadedRecord<T>,
    id: string,
    value: T,
    operationId: string | undefined,
    structure: Structure,
    appended?: AppendedEvents,
    teamsUser?: TeamsUser,
  ): Promise<boolean>;
}
