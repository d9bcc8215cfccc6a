import type { TableClient, TransactionAction } from '@azure/data-tables';
import type { HealthTally, Meeting, ObjectionTally, Proposal, Selection } from '../../shared';
import { addTallies, emptyTally, evaluationChange, isDecided, objectionTally, proposalHealth, selectionHealth } from '../../shared';
import type { MemberRow } from '../application/ports/proposal-repository';
import { fromProperties, toProperties } from './entity-codec';
import { key, quoted, rowsUnder } from './keys';
import { splitProposal } from './proposal-rows';
import { pointRead } from './table-storage';

/**
 * Governance health is kept beside the records, in the tenant's partition, so a
 * report reads a row per circle instead of every record:
 *
 * - `health-tally|<circleId>`: the tally of the circle's decided proposals and
 *   selections and of its meetings' evaluations, rewritten under its ETag in the
 *   transaction of the write that decides a record or changes an evaluation;
 * - `health|<circleId>|proposal|<id>|header`: an undecided proposal's objections as
 *   its header keeps them (those of earlier revisions) and its running round's revision;
 * - `health|<circleId>|proposal|<id>|member|<personId>`: one member's objections on
 *   the revision they last wrote, written with the member's own row by the answer
 *   that changed them (an answer never writes the header); counted while that
 *   revision's round runs;
 * - `health|<circleId>|selection|<id>|record`: an undecided selection's objections.
 *
 * The write that decides a record adds it to the tally and deletes its rows under
 * `health|`, so those rows grow with what is undecided, not with the history.
 */
export const tallyRange = 'health-tally';
export const tallyKey = (circleId: string) => key(tallyRange, circleId);
/** The rows of undecided records; the tallies are kept apart so they are always written with the record that changes them. */
export const undecidedPrefix = 'health';
export const undecidedRange = (circleId: string) => key(undecidedPrefix, circleId);
const recordRows = (circleId: string, kind: 'proposal' | 'selection', id: string) => key(undecidedPrefix, circleId, kind, id);
/** Present once the tenant's records written before health was kept have been tallied. */
export const healthProjectedMarker = 'health-projected';

/** An undecided proposal's header objections, or one member's: with the revision they belong to. */
export interface KeptObjections {
  readonly revision: number | null;
  readonly objections: ObjectionTally;
}

const upsert = (partitionKey: string, rowKey: string, value: unknown): TransactionAction => [
  'upsert',
  { partitionKey, rowKey, ...toProperties(value) },
  'Replace',
];

/** The rows of an undecided proposal that its header write keeps: the header's objections and the running revision. */
function proposalHeaderRow(proposal: Proposal): [string, KeptObjections] {
  const split = splitProposal(proposal);
  const round = 'round' in split.header && split.header.round ? split.header.round : null;
  const kept: KeptObjections = { revision: round?.revision ?? null, objections: objectionTally(split.header.objections, true) };
  return [`${recordRows(proposal.circleId, 'proposal', proposal.proposalId)}|header`, kept];
}

/** One member's objections on a revision, as their own row holds them. */
function memberObjectionsRow(
  circleId: string,
  proposalId: string,
  row: Pick<MemberRow, 'personId' | 'revision' | 'objections'>,
): [string, KeptObjections] {
  return [
    `${recordRows(circleId, 'proposal', proposalId)}|${key('member', row.personId)}`,
    { revision: row.revision, objections: objectionTally(row.objections, true) },
  ];
}

/** An undecided selection's objections: all of them are in its one row. */
function selectionRow(selection: Selection): [string, KeptObjections] {
  return [
    `${recordRows(selection.selectingCircleId, 'selection', selection.selectionId)}|record`,
    { revision: null, objections: objectionTally(selection.objections, true) },
  ];
}

/** Every health row of an undecided proposal, as a rebuild writes them: its header's, and each member's with objections on the running revision. */
function undecidedProposalRows(proposal: Proposal): [string, KeptObjections][] {
  const members = splitProposal(proposal).rows.filter((row) => row.objections.length > 0);
  return [proposalHeaderRow(proposal), ...members.map((row) => memberObjectionsRow(proposal.circleId, proposal.proposalId, row))];
}

/** The tally of a circle with `added` added, guarded by the ETag it was read with (created when the circle has none). */
async function tallyAction(table: TableClient, partitionKey: string, circleId: string, added: HealthTally): Promise<TransactionAction> {
  const rowKey = tallyKey(circleId);
  const stored = await pointRead(table, partitionKey, rowKey);
  const tally = addTallies(stored ? (fromProperties(stored) as HealthTally) : emptyTally, added);
  const entity = { partitionKey, rowKey, ...toProperties(tally) };
  return stored ? ['update', entity, 'Replace', { etag: stored.etag }] : ['create', entity];
}

/**
 * What deciding a record writes: the record added to its circle's tally, and its
 * rows under `health|` deleted. Those rows are listed first, so only rows that exist
 * are deleted (a record written before health was kept may have none).
 */
async function decidedRecordActions(
  table: TableClient,
  partitionKey: string,
  circleId: string,
  rowsOf: string,
  added: HealthTally,
): Promise<TransactionAction[]> {
  const listed = async () => {
    const rowKeys: string[] = [];
    const filter = `PartitionKey eq ${quoted(partitionKey)} and ${rowsUnder(rowsOf)}`;
    for await (const entity of table.listEntities({ queryOptions: { filter, select: ['RowKey'] } })) rowKeys.push(entity.rowKey as string);
    return rowKeys;
  };
  const [tally, rowKeys] = await Promise.all([tallyAction(table, partitionKey, circleId, added), listed()]);
  return [tally, ...rowKeys.map((rowKey): TransactionAction => ['delete', { partitionKey, rowKey }])];
}

/** A member row whose objections a step changed, with the proposal it belongs to. */
export interface ChangedObjections {
  readonly circleId: string;
  readonly proposalId: string;
  readonly row: MemberRow;
}

/**
 * The health rows a proposal's write keeps in step. `whole` is the proposal a header
 * write carries: undecided, its header's objections are kept; the write that decides
 * it (a decision is final) adds it to the tally instead. `changed` are the member
 * rows whose objections the step changed.
 */
export async function proposalHealthActions(
  table: TableClient,
  partitionKey: string,
  whole: Proposal | undefined,
  changed: readonly ChangedObjections[],
): Promise<TransactionAction[]> {
  if (whole && isDecided(whole))
    return decidedRecordActions(
      table,
      partitionKey,
      whole.circleId,
      recordRows(whole.circleId, 'proposal', whole.proposalId),
      proposalHealth(whole),
    );
  const header = whole ? [upsert(partitionKey, ...proposalHeaderRow(whole))] : [];
  return [
    ...header,
    ...changed.map(({ circleId, proposalId, row }) => upsert(partitionKey, ...memberObjectionsRow(circleId, proposalId, row))),
  ];
}

/**
 * The health rows a selection's or meeting's write keeps in step: an undecided
 * selection's objections, a selection's decision added to the tally once, a
 * meeting's evaluations (the change from what was read) added to its circle's tally.
 */
export async function recordHealthActions(
  table: TableClient,
  partitionKey: string,
  kind: 'selection' | 'meeting',
  before: unknown,
  after: unknown,
): Promise<TransactionAction[]> {
  if (kind === 'meeting') {
    const meeting = after as Meeting;
    const change = evaluationChange(before as Meeting | null, meeting);
    return change ? [await tallyAction(table, partitionKey, meeting.circleId, change)] : [];
  }
  const selection = after as Selection;
  if (!isDecided(selection)) return [upsert(partitionKey, ...selectionRow(selection))];
  if (before !== null && isDecided(before as Selection)) return [];
  const circleId = selection.selectingCircleId;
  return decidedRecordActions(
    table,
    partitionKey,
    circleId,
    recordRows(circleId, 'selection', selection.selectionId),
    selectionHealth(selection),
  );
}

/** Every health row a rebuild writes: each circle's tally, and the rows of each record still undecided. */
export function projectedHealthRows(
  tallies: ReadonlyMap<string, HealthTally>,
  undecided: { readonly proposals: readonly Proposal[]; readonly selections: readonly Selection[] },
): [string, unknown][] {
  return [
    ...[...tallies].map(([circleId, tally]): [string, unknown] => [tallyKey(circleId), tally]),
    ...undecided.proposals.flatMap(undecidedProposalRows),
    ...undecided.selections.map(selectionRow),
  ];
}
