import type { Inbox, Proposal, ProposalEvent } from '../../shared';
import { proposalInbox } from '../../shared';
import type { TeamsUser } from '../application/ports/conversation-repository';
import type { LoadedProposal, MemberRow, StoredHeader } from '../application/ports/proposal-repository';
import { canonicalJson } from './canonical-json';
import { memberRowKey } from './proposal-keys';
import { splitProposal } from './proposal-rows';

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
  /** Whom the proposal awaited before the step and awaits after it: their inbox rows are written with it. */
  readonly inbox?: { readonly before: Inbox; readonly after: Inbox };
  /** On a member row whose objections the step changed: the proposal, whose circle's health counts them. */
  readonly objectionsOf?: { readonly circleId: string; readonly proposalId: string };
  /** On a member row: the proposal it belongs to, kept again beside its circle while undecided. */
  readonly memberOf?: { readonly circleId: string; readonly proposalId: string };
};

/**
 * The state row a command's events are appended under: the header, or for an answer
 * the member's own row. Each counts its own appends, so answers never contend.
 */
export type EventStream = { readonly kind: 'header' } | { readonly kind: 'member'; readonly personId: string; readonly revision: number };

/** A proposal's rows as storage keeps them: what the steps' protocol (the closing fence, operation ids) reads and writes. */
export interface ProposalRows {
  load(tenantId: string, circleId: string, proposalId: string, onlyMember?: string): Promise<LoadedProposal>;
  proposalOf(loaded: LoadedProposal): Proposal | null;
  /** The header; with the whole proposal (`logbook`), its logbook entry in the same transaction. */
  headerWrite(proposalId: string, header: StoredHeader, etag: string | undefined, eventCount: number, logbook?: Proposal): Write;
  memberWrite(proposalId: string, row: MemberRow, operations: readonly string[], etag: string | undefined, eventCount: number): Write;
  /** The row of one command's events, created beside the write of the stream's row (which counts `sequence`). */
  eventWrite(proposalId: string, stream: EventStream, sequence: number, now: string, events: readonly unknown[]): Write;
  /**
   * Writes rows of one proposal at once, and keeps `teamsUser` in its conversation in
   * the same transaction; the new ETags (of a single row only), or null when another
   * writer came first.
   */
  write(tenantId: string, writes: readonly Write[], teamsUser?: TeamsUser): Promise<Map<string, string> | null>;
  /**
   * The closing fence's rows (at most 100, no read model beside them) in one
   * transaction: each row's new ETag, or null when another writer came first.
   */
  fence(tenantId: string, writes: readonly Write[]): Promise<Map<string, string> | null>;
}

/** Operation ids kept: the header's for every step, a member row's for that member's answers. */
const keptOperations = { header: 50, row: 5 };

export function alreadyApplied(loaded: LoadedProposal, operationId: string | undefined): boolean {
  if (operationId === undefined) return false;
  return (
    (loaded.header?.operations.includes(operationId) ?? false) ||
    [...loaded.rows.values()].some((stored) => stored.row.operations.includes(operationId))
  );
}

const remember = (operations: readonly string[], operationId: string | undefined, keep: number) =>
  operationId === undefined ? [...operations] : [operationId, ...operations].slice(0, keep);

export const unmarked = (header: StoredHeader): StoredHeader => ({
  proposal: header.proposal,
  closingSince: null,
  operations: header.operations,
});

/** What a step writes: the proposal after it, its events at `now`, and the operation id to remember. */
export interface Stepped {
  readonly proposalId: string;
  readonly next: Proposal;
  readonly events: readonly ProposalEvent[];
  readonly now: string;
  readonly operationId: string | undefined;
  /** False for an answer, which writes only the member's own row. */
  readonly alwaysHeader: boolean;
}

/**
 * The rows a step changes: the header when it changed, each member row that
 * changed, and one row of its events. Every step but an answer rewrites the header
 * under its ETag, even when the header is unchanged, so two such steps racing (two
 * objectors withdrawing in integration) conflict and the second decides again on
 * what the first wrote. The events are counted on the header when it is written,
 * otherwise on the one member row an answer writes, so an answer stays one write
 * of rows no other member touches. The inbox rows of those whom the step starts or
 * stops awaiting ride on the first row written.
 */
export function writesFor(rows: ProposalRows, loaded: LoadedProposal, stepped: Stepped) {
  const { proposalId, operationId, alwaysHeader } = stepped;
  const split = splitProposal(stepped.next);
  const storedRow = (row: MemberRow) => loaded.rows.get(memberRowKey(proposalId, row.revision, row.personId));
  const changedRows = split.rows.filter((row) => {
    const stored = storedRow(row);
    const { operations: _operations, ...before } = stored?.row ?? { operations: [] };
    return !stored || canonicalJson(before) !== canonicalJson(row);
  });
  const headerChanged = !loaded.header || canonicalJson(loaded.header.proposal) !== canonicalJson(split.header);
  const [onlyRow] = changedRows;
  const countedOn: MemberRow | 'header' | null =
    stepped.events.length === 0 ? null : headerChanged || alwaysHeader || changedRows.length !== 1 || !onlyRow ? 'header' : onlyRow;
  const memberWrites: Write[] = changedRows.map((row) => {
    const stored = storedRow(row);
    const eventCount = (stored?.eventCount ?? 0) + (countedOn === row ? 1 : 0);
    const memberOf = { circleId: stepped.next.circleId, proposalId };
    const write = {
      ...rows.memberWrite(
        proposalId,
        row,
        remember(stored?.row.operations ?? [], operationId, keptOperations.row),
        stored?.etag,
        eventCount,
      ),
      memberOf,
    };
    const objectionsChanged = canonicalJson(stored?.row.objections ?? []) !== canonicalJson(row.objections);
    return objectionsChanged ? { ...write, objectionsOf: memberOf } : write;
  });
  const headerCount = (loaded.header?.eventCount ?? 0) + (countedOn === 'header' ? 1 : 0);
  const header =
    headerChanged || alwaysHeader || countedOn === 'header'
      ? [
          rows.headerWrite(
            proposalId,
            {
              proposal: split.header,
              closingSince: null,
              operations: remember(loaded.header?.operations ?? [], operationId, keptOperations.header),
            },
            loaded.header?.etag,
            headerCount,
            stepped.next,
          ),
        ]
      : [];
  const events: Write[] = [];
  if (countedOn === 'header') events.push(rows.eventWrite(proposalId, { kind: 'header' }, headerCount, stepped.now, stepped.events));
  else if (countedOn) {
    const stream = { kind: 'member', personId: countedOn.personId, revision: countedOn.revision } as const;
    events.push(rows.eventWrite(proposalId, stream, (storedRow(countedOn)?.eventCount ?? 0) + 1, stepped.now, stepped.events));
  }
  const [first, ...rest] = [...header, ...memberWrites, ...events];
  const circle = loaded.circle;
  const before = rows.proposalOf(loaded);
  // An answer loads only the member's own rows: the others are unanswered before and after alike, so only the answerer's entry changes.
  const inbox = circle
    ? { before: before ? proposalInbox(before, circle) : new Map(), after: proposalInbox(stepped.next, circle) }
    : undefined;
  return { headerChanged, writes: first ? [{ ...first, ...(inbox ? { inbox } : {}) }, ...rest] : [] };
}
