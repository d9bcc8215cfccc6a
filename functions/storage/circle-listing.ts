import type { TransactionAction } from '@azure/data-tables';
import type { Meeting, Proposal, ProposalListing, Selection } from '../../shared';
import { proposalListing, selectionListedIn } from '../../shared';
import { toProperties } from './entity-codec';
import { key } from './keys';

/**
 * Each circle's lists are kept beside its records, in the tenant's partition,
 * written in the same transaction as the record row they show, so a circle's page
 * reads a range of its own rows instead of every record of the organisation:
 *
 * - `circle-proposal|<circleId>|0|<inverted drafted at>|<id>`: an undecided proposal;
 * - `circle-proposal|<circleId>|1|<inverted decided at>|<id>`: a decided one;
 * - `circle-selection|<circleId>|<inverted started at>|<id>`, once in each circle that lists it;
 * - `circle-meeting|<circleId>|<inverted scheduled for>|<id>`.
 *
 * Undecided proposals sort first, newest drafted first, then decisions, newest first.
 * Each key is made of what never changes once the row exists, so a write upserts the
 * same row again; only a decision moves a proposal, from `0` to `1`.
 *
 * A proposal's row keeps its listing (`proposalListing`: what finds it and guides its
 * stage), rewritten by every write of its header; an answer changes none of it. Whose
 * answer a running round awaits is read from the caller's inbox, which each answer
 * keeps in its own transaction, so a page never reads a proposal whole. A selection
 * or meeting is small and kept whole in one row: its listing row is a copy of it.
 */
export type ListedKind = 'proposal' | 'selection' | 'meeting';
export const listingPrefixes = ['circle-proposal', 'circle-selection', 'circle-meeting'] as const;
export const listingRange = (kind: ListedKind, circleId: string) => key(`circle-${kind}`, circleId);
/** Where a circle's decided proposals begin, after its undecided ones. */
export const decidedPart = '1';
const undecidedPart = '0';
/** Present once the tenant's records written before its lists were kept have been listed. */
export const listingsProjectedMarker = 'listings-projected';

/** Newest first: an instant in one fixed form, each digit d written as 9−d. */
const inverted = (instant: string) => new Date(instant).toISOString().replace(/\d/g, (digit) => String(9 - Number(digit)));

export function proposalListingKey(listing: Pick<ProposalListing, 'circleId' | 'proposalId' | 'createdAt' | 'decidedAt'>): string {
  const order = listing.decidedAt === null ? [undecidedPart, inverted(listing.createdAt)] : [decidedPart, inverted(listing.decidedAt)];
  return `${listingRange('proposal', listing.circleId)}|${key(...order, listing.proposalId)}`;
}

/** A record kept whole, with the circles that list it and when it began (its place in their lists). */
export interface ListedRecord {
  readonly kind: Exclude<ListedKind, 'proposal'>;
  readonly id: string;
  readonly circleIds: readonly string[];
  readonly at: string;
  readonly value: unknown;
}

export const listedSelection = (selection: Selection): ListedRecord => ({
  kind: 'selection',
  id: selection.selectionId,
  circleIds: selectionListedIn(selection),
  at: selection.startedAt,
  value: selection,
});

export const listedMeeting = (meeting: Meeting): ListedRecord => ({
  kind: 'meeting',
  id: meeting.meetingId,
  circleIds: [meeting.circleId],
  at: meeting.scheduledFor,
  value: meeting,
});

/** A record by the kind its store keeps: the store's schema read it as that kind, or its decider made it. */
export function listedRecordOf(kind: ListedRecord['kind'], value: unknown): ListedRecord {
  return kind === 'selection' ? listedSelection(value as Selection) : listedMeeting(value as Meeting);
}

/** Every row a record is listed under, with what it holds. */
export function listingRows(record: ListedRecord): [string, Record<string, unknown>][] {
  return record.circleIds.map((circleId) => [
    `${listingRange(record.kind, circleId)}|${key(inverted(record.at), record.id)}`,
    toProperties(record.value),
  ]);
}

/**
 * The listing a proposal's header write keeps in step: its row under its circle,
 * and, for the write that decides it, the removal of its undecided row.
 */
export function proposalListingActions(partitionKey: string, proposal: Proposal): TransactionAction[] {
  const listing = proposalListing(proposal);
  const upsert: TransactionAction = ['upsert', { partitionKey, rowKey: proposalListingKey(listing), ...toProperties(listing) }, 'Replace'];
  if (listing.decidedAt === null) return [upsert];
  return [upsert, ['delete', { partitionKey, rowKey: proposalListingKey({ ...listing, decidedAt: null }) }]];
}

/** The rows a selection's or meeting's write keeps in step: a copy of it under each circle that lists it. */
export function recordListingActions(partitionKey: string, record: ListedRecord): TransactionAction[] {
  return listingRows(record).map(
    ([rowKey, properties]): TransactionAction => ['upsert', { partitionKey, rowKey, ...properties }, 'Replace'],
  );
}
