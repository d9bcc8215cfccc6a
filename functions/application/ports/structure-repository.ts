import type { Circle, Structure, StructureEvent } from '../../../shared';

/** A tenant's structure as read, with what is needed to write it back under optimistic concurrency. */
export interface LoadedStructure {
  readonly tenantId: string;
  readonly structure: Structure;
  /** ETag of each stored row, for optimistic concurrency. */
  readonly etags: ReadonlyMap<string, string>;
  /** How many event rows each stored row has appended: the next one's sequence. */
  readonly eventCounts: ReadonlyMap<string, number>;
}

/** The organisation's circles and settings, read whole and written under the ETags read. */
export interface StructureRepository {
  load(tenantId: string): Promise<LoadedStructure>;
  /** One circle as stored, with one point read: for what concerns a single circle (a reminder due in it). */
  circle(tenantId: string, circleId: string): Promise<Circle | null>;
  /** Writes what changed since `loaded` at once; false when someone else wrote first (reload and decide again). */
  save(loaded: LoadedStructure, next: Structure, events?: readonly StructureEvent[]): Promise<boolean>;
}
