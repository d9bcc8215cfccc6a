import type { TableClient, TransactionAction } from '@azure/data-tables';
import type { Proposal } from '../../shared';
import { isDecided, Proposal as ProposalSchema } from '../../shared';
import type { MemberRow } from '../application/ports/proposal-repository';
import { fromProperties, toProperties } from './entity-codec';
import { key, quoted, rowsUnder, unescapeKey } from './keys';
import { joinProposal, splitProposal } from './proposal-rows';

/**
 * Each undecided proposal is kept again beside its circle, so the research export
 * reads a circle's open proposals with one range instead of a query per proposal:
 *
 * - `open-proposal|<circleId>|<proposalId>|header`: its header, written with it;
 * - `open-proposal|<circleId>|<proposalId>|member|<personId>`: one member's row on
 *   the revision they last wrote, written with that row by their answer (an answer
 *   never writes the header). Rows of an earlier revision are left out when joined.
 *
 * The write that decides a proposal deletes all its rows, listed first, so these
 * rows grow with what is undecided, not with the history.
 */
export const openPrefix = 'open-proposal';
/** Present once the tenant's open proposals written before they were kept beside their circles have been projected. */
export const openProjectedMarker = 'open-proposals-projected';

const rowsOf = (circleId: string, proposalId: string) => key(openPrefix, circleId, proposalId);
const headerKey = (circleId: string, proposalId: string) => `${rowsOf(circleId, proposalId)}|header`;
const memberKey = (circleId: string, proposalId: string, personId: string) => `${rowsOf(circleId, proposalId)}|${key('member', personId)}`;
/** The rows of a circle's open proposals (every circle's without one). */
export const openRange = (circleId?: string) => (circleId === undefined ? openPrefix : key(openPrefix, circleId));

const upsert = (partitionKey: string, rowKey: string, value: unknown): TransactionAction => [
  'upsert',
  { partitionKey, rowKey, ...toProperties(value) },
  'Replace',
];
const stored = ({ personId, revision, answer, objections }: MemberRow): MemberRow => ({ personId, revision, answer, objections });

/** Every row of an undecided proposal, as a rebuild writes them. */
export function openProposalRows(proposal: Proposal): [string, unknown][] {
  const { header, rows } = splitProposal(proposal);
  const { circleId, proposalId } = proposal;
  return [
    [headerKey(circleId, proposalId), header],
    ...rows.map((row): [string, unknown] => [memberKey(circleId, proposalId, row.personId), stored(row)]),
  ];
}

/** A member row a step wrote, with the proposal it belongs to. */
export interface WrittenMemberRow {
  readonly circleId: string;
  readonly proposalId: string;
  readonly row: MemberRow;
}

/**
 * The rows a proposal's write keeps in step. `whole` is the proposal a header write
 * carries: undecided, its header is kept; the write that decides it deletes every
 * row it has here instead (and keeps none of the member rows it writes).
 */
export async function openProposalActions(
  table: TableClient,
  partitionKey: string,
  whole: Proposal | undefined,
  members: readonly WrittenMemberRow[],
): Promise<TransactionAction[]> {
  if (whole && isDecided(whole)) {
    const filter = `PartitionKey eq ${quoted(partitionKey)} and ${rowsUnder(rowsOf(whole.circleId, whole.proposalId))}`;
    const deletes: TransactionAction[] = [];
    for await (const entity of table.listEntities({ queryOptions: { filter, select: ['RowKey'] } }))
      deletes.push(['delete', { partitionKey, rowKey: entity.rowKey as string }]);
    return deletes;
  }
  const header = whole ? [upsert(partitionKey, headerKey(whole.circleId, whole.proposalId), splitProposal(whole).header)] : [];
  return [
    ...header,
    ...members.map(({ circleId, proposalId, row }) => upsert(partitionKey, memberKey(circleId, proposalId, row.personId), stored(row))),
  ];
}

/** The open proposals that rows kept here hold, each joined from its header and its members' rows. */
export function openProposalsFrom(entities: readonly Record<string, unknown>[]): Proposal[] {
  const headers = new Map<string, Proposal>();
  const members = new Map<string, MemberRow[]>();
  for (const entity of entities) {
    const [, , proposalId = '', kind] = (entity.rowKey as string).split('|').map(unescapeKey);
    const value = fromProperties(entity);
    if (kind === 'header') headers.set(proposalId, ProposalSchema.parse(value));
    else members.set(proposalId, [...(members.get(proposalId) ?? []), value as MemberRow]);
  }
  return [...headers].map(([proposalId, header]) => joinProposal(header, members.get(proposalId) ?? []));
}
