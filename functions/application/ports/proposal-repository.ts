import type { Answer, Circle, Objection, Proposal } from '../../../shared';

/** One member's answer and objections on one revision of a running round, kept apart so members answering at once never contend. */
export interface MemberRow {
  readonly personId: string;
  readonly revision: number;
  readonly answer: Answer | null;
  /** Every objection the member raised on this revision: one withdrawn, then raised again, is two. */
  readonly objections: readonly Objection[];
}

export interface StoredHeader {
  readonly proposal: Proposal;
  /** Set while a facilitator's step fences the round's answers; see stepBehindFence in application/run-proposal-step.ts. */
  readonly closingSince: string | null;
  /** Recent operation ids, so a retried request is recognised and not applied twice. */
  readonly operations: readonly string[];
}

export interface LoadedProposal {
  readonly tenantId: string;
  readonly circle: Circle | null;
  readonly header: (StoredHeader & { readonly etag: string; readonly eventCount: number }) | null;
  readonly rows: ReadonlyMap<string, { readonly row: MemberRow & { readonly operations: readonly string[] }; readonly etag: string; readonly eventCount: number }>;
}

/**
 * One row of a proposal to write, guarded by the ETag it was read with (created when
 * there is none); `eventCount` (how many event rows this row has appended) is kept
 * beside it, guarded by the same ETag.
 */
export type Write = {
  readonly rowKey: string;
  readonly value: unknown;
  readonly etag: string | undefined;
  readonly eventCount?: number;
  /** The whole proposal a header write stores, whose logbook entry is written with it. */
  readonly logbook?: Proposal;
};

/**
 * The state row a command's events are appended under: the header, or for an answer
 * the member's own row. Each counts its own appends, so answers never contend.
 */
export type EventStream = { readonly kind: 'header' } | { readonly kind: 'member'; readonly personId: string; readonly revision: number };

/** Proposals with their circle: a header and a row per member and revision of the running round. */
export interface ProposalRepository {
  /** The circle and the proposal in one read; with `onlyMember`, just the header and that member's rows (all an answer needs). */
  load(tenantId: string, circleId: string, proposalId: string, onlyMember?: string): Promise<LoadedProposal>;
  /** Every proposal of the tenant. */
  loadAll(tenantId: string): Promise<Proposal[]>;
  /** The proposal as the core knows it, from what was loaded (none when it has no header yet). */
  proposalOf(loaded: LoadedProposal): Proposal | null;
  /** The header; with the whole proposal (`logbook`), its logbook entry in the same transaction. */
  headerWrite(proposalId: string, header: StoredHeader, etag: string | undefined, eventCount: number, logbook?: Proposal): Write;
  memberWrite(proposalId: string, row: MemberRow, operations: readonly string[], etag: string | undefined, eventCount: number): Write;
  /** The row of one command's events, created beside the write of the stream's row (which counts `sequence`). */
  eventWrite(proposalId: string, stream: EventStream, sequence: number, now: string, events: readonly unknown[]): Write;
  /** Writes rows of one proposal at once; the new ETags (of a single row only), or null when another writer came first. */
  write(tenantId: string, writes: readonly Write[]): Promise<Map<string, string> | null>;
}
