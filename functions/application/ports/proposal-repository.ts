import type { Answer, Circle, Objection, Proposal, ProposalEvent, Result } from '../../../shared';
import type { TeamsUser } from './conversation-repository';

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
  /** Set while a facilitator's step fences the round's answers; see storage/closing-fence.ts. */
  readonly closingSince: string | null;
  /** Recent operation ids, so a retried request is recognised and not applied twice. */
  readonly operations: readonly string[];
}

export interface LoadedProposal {
  readonly tenantId: string;
  readonly circle: Circle | null;
  readonly header: (StoredHeader & { readonly etag: string; readonly eventCount: number }) | null;
  readonly rows: ReadonlyMap<
    string,
    { readonly row: MemberRow & { readonly operations: readonly string[] }; readonly etag: string; readonly eventCount: number }
  >;
}

/** What a step decided: the proposal after it and the events that say so. */
export interface DecidedProposal {
  readonly proposal: Proposal;
  readonly events: readonly ProposalEvent[];
}

/** A step to store: decided on what was loaded, and how to decide it again on what is stored behind the closing fence. */
export interface ProposalStep {
  readonly circleId: string;
  readonly proposalId: string;
  /** Kept with the rows written, so a retried request is recognised. */
  readonly operationId?: string;
  readonly now: string;
  /** An answer writes only the member's own row (never the header), so members answering at once never contend. */
  readonly answer: boolean;
  readonly decided: DecidedProposal;
  readonly decideAgain: (circle: Circle, proposal: Proposal | null) => Result<DecidedProposal>;
  /** Kept in the conversation by the write that stores the step (or alone, when the step changes no row). */
  readonly teamsUser?: TeamsUser;
}

/** A step as stored, with the circle it was decided in. */
export interface SavedProposal extends DecidedProposal {
  readonly circle: Circle;
  /** True when it was decided again on the whole proposal as stored (behind the closing fence). */
  readonly reread: boolean;
}

/**
 * Whether a step may be decided on what was loaded: `busy` while another step closes
 * the round (wait, then read again), `changed` when a mark left by a closer that died
 * was broken (read again).
 */
export type Readiness = 'ready' | 'busy' | 'changed';

/** Proposals with their circle; how their rows are keyed, fenced and written is storage's. */
export interface ProposalRepository {
  /** The circle and the proposal in one read; with `onlyMember`, just the header and that member's rows (all an answer needs). */
  load(tenantId: string, circleId: string, proposalId: string, onlyMember?: string): Promise<LoadedProposal>;
  /** Every proposal of the tenant. */
  loadAll(tenantId: string): Promise<Proposal[]>;
  /** The proposal as its header keeps it, its running round's answers left out: one point read, for what shows a decided proposal. */
  header(tenantId: string, proposalId: string): Promise<Proposal | null>;
  /** The proposal as the core knows it, from what was loaded (none when it has no header yet). */
  proposalOf(loaded: LoadedProposal): Proposal | null;
  /** Whether a request with this operation id was stored already (a retry, answered without writing). */
  applied(loaded: LoadedProposal, operationId: string | undefined): boolean;
  readiness(loaded: LoadedProposal, proposalId: string, now: string): Promise<Readiness>;
  /**
   * Stores a step with its events under the ETags read: the step as stored (decided
   * again on what is stored when it changes a running round), a refusal decided
   * there, or `conflict` when another writer came first (read and decide again).
   */
  save(loaded: LoadedProposal, step: ProposalStep): Promise<Result<SavedProposal> | 'conflict'>;
}
