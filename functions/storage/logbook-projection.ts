import type { TableClient, TransactionAction } from '@azure/data-tables';
import type { CalendarDate, Circle, LogbookRow, Meeting, PersonId, Proposal, Structure } from '../../shared';
import { dayOf, decisionRecord, decisionRow, findCircle, membershipChanges, minutesRow, reviewedBy, termRows } from '../../shared';
import { sayEverywhere } from '../../texts/all';
import { toProperties } from './entity-codec';
import { key } from './keys';
import { decisionReviewActions, reviewPrefixes, reviewsProjectedMarker, structureReviewActions } from './review-projection';
import { listingPrefixes, listingsProjectedMarker, proposalListingActions } from './circle-listing';
import { inboxPrefix, inboxProjectedMarker } from './inbox-projection';
import { healthProjectedMarker, undecidedPrefix } from './health-projection';
import { openPrefix, openProjectedMarker } from './open-proposal-projection';
import { circleMapPrefix, circleMapProjectedMarker } from './circle-map-projection';
import { isConflict, statusOf } from './table-storage';
import { markUnfinished, removeMarks } from './unfinished-changes';
import type { Watch } from './overtaken-changes';
import { watchRecords } from './overtaken-changes';

/**
 * The logbook is kept beside the records, in the tenant's partition, written in the
 * same transaction as the record row it shows. Each entry has two rows:
 *
 * - `logbook|<inverted day>|<kind>|<id>`: the whole organisation's logbook;
 * - `logbook-circle|<circleId>|<inverted day>|<kind>|<id>`: one circle's.
 *
 * Table Storage returns rows in key order, so an inverted day (each digit d as 9−d)
 * puts the newest first and a page is one range query with `top`. Each person's
 * circles are kept in `member-of|<personId>`, so a page checks who may read an
 * undecided proposal with one point read instead of the organisation's circles.
 */

export const logbookRange = 'logbook';
export const circleRange = (circleId: string) => key('logbook-circle', circleId);
/** The key prefixes of every row kept beside the records for reading. */
export const projectionPrefixes = [
  'logbook',
  'logbook-circle',
  'member-of',
  'decision-record',
  openPrefix,
  'reviewed-by',
  ...reviewPrefixes,
  inboxPrefix,
  ...listingPrefixes,
  undecidedPrefix,
  circleMapPrefix,
] as const;
const isLogbookRow = (rowKey: string) => projectionPrefixes.some((prefix) => rowKey.startsWith(`${prefix}|`));
export const memberOfKey = (personId: PersonId) => key('member-of', personId);
/** A decided proposal as the research export gives it, its free text kept until read. */
export const decisionRecordKey = (proposalId: string) => key('decision-record', proposalId);
/** The adopted decision that reviewed a decision of its circle, for the reviewed decision's story. */
export const reviewedByKey = (circleId: string, proposalId: string) => key('reviewed-by', circleId, proposalId);
/** Present once the tenant's records written before the logbook was kept have been projected. */
export const projectedMarker = 'logbook-projected';
/** Every projection's marker: a tenant's first structure write and a rebuild write them all. */
export const projectedMarkers = [
  projectedMarker,
  reviewsProjectedMarker,
  inboxProjectedMarker,
  listingsProjectedMarker,
  healthProjectedMarker,
  openProjectedMarker,
  circleMapProjectedMarker,
];

const invertedDay = (date: CalendarDate) => date.replace(/\d/g, (digit) => String(9 - Number(digit)));
const orderParts = (row: Pick<LogbookRow, 'date' | 'kind' | 'id'>) => key(invertedDay(row.date), row.kind, row.id);

/** Both keys of an entry: in the organisation's range and in its circle's. */
export function entryKeys(row: Pick<LogbookRow, 'date' | 'kind' | 'id' | 'circleId'>): [string, string] {
  return [`${logbookRange}|${orderParts(row)}`, `${circleRange(row.circleId)}|${orderParts(row)}`];
}

const upserts = (partitionKey: string, row: LogbookRow): TransactionAction[] =>
  entryKeys(row).map((rowKey) => ['upsert', { partitionKey, rowKey, ...toProperties(row) }, 'Replace']);

const deletes = (partitionKey: string, row: LogbookRow): TransactionAction[] =>
  entryKeys(row).map((rowKey) => ['delete', { partitionKey, rowKey }]);

/**
 * The rows a proposal's header write keeps in step. While undecided an entry is
 * dated the day it was drafted and the proposal is listed under its circle;
 * decided, the entry is dated the day it was decided and the decision's research
 * record is kept (and, for a review, which decision it reviewed). A decision is final, so a decided proposal's write is the one
 * that decided it: it moves the entry off the day it was drafted and closes the listing.
 */
export function decisionActions(partitionKey: string, proposal: Proposal): TransactionAction[] {
  const row = decisionRow(proposal);
  const listing = proposalListingActions(partitionKey, proposal);
  if (!row.decided) return [...upserts(partitionKey, row), ...listing];
  const drafted = dayOf(proposal.createdAt);
  const moved = drafted !== row.date ? deletes(partitionKey, { ...row, date: drafted }) : [];
  const record: TransactionAction = [
    'upsert',
    { partitionKey, rowKey: decisionRecordKey(proposal.proposalId), ...toProperties(decisionRecord(proposal)) },
    'Replace',
  ];
  const review = reviewedBy(proposal);
  const reviewed: TransactionAction[] = review
    ? [['upsert', { partitionKey, rowKey: reviewedByKey(review.circleId, review.reviewed), ...toProperties(review.by) }, 'Replace']]
    : [];
  return [...upserts(partitionKey, row), record, ...reviewed, ...decisionReviewActions(partitionKey, proposal), ...moved, ...listing];
}

/** The logbook entry of a meeting's minutes, written by the step that closes it; none before. */
export function minutesActions(partitionKey: string, meeting: Meeting, structure: Structure): TransactionAction[] {
  const circle = findCircle(structure, meeting.circleId);
  const row = circle ? minutesRow(meeting, circle) : null;
  return row ? upserts(partitionKey, row) : [];
}

const termsOf = (circle: Circle | undefined) =>
  new Map((circle ? termRows(circle, sayEverywhere) : []).map((row) => [entryKeys(row)[0], row]));

/**
 * The rows a structure change keeps in step: the role terms of each circle that
 * changed (a renamed circle or member retitles them), the circles of each person
 * who joined or left one, and the reviews of those terms.
 */
export function structureActions(partitionKey: string, before: Structure, after: Structure): TransactionAction[] {
  const circleIds = new Set([...Object.keys(before.circles), ...Object.keys(after.circles)]);
  const terms = [...circleIds].flatMap((circleId): TransactionAction[] => {
    const was = termsOf(before.circles[circleId]);
    const is = termsOf(after.circles[circleId]);
    const changed = [...is].filter(([rowKey, row]) => JSON.stringify(was.get(rowKey)) !== JSON.stringify(row));
    const gone = [...was].filter(([rowKey]) => !is.has(rowKey));
    return [...changed.flatMap(([, row]) => upserts(partitionKey, row)), ...gone.flatMap(([, row]) => deletes(partitionKey, row))];
  });
  const members = [...membershipChanges(before, after)].map(
    ([personId, circles]): TransactionAction => [
      'upsert',
      { partitionKey, rowKey: memberOfKey(personId), ...toProperties({ circles }) },
      'Replace',
    ],
  );
  return [...terms, ...members, ...structureReviewActions(partitionKey, before, after)];
}

/** A transaction holds at most 100 actions. */
export const transactionLimit = 100;

/**
 * Submits a change with the rows it keeps in step, as one transaction when it can.
 * Two cases take more requests: a change too large for one transaction with its
 * kept rows (a round opened for a circle of more than ninety-odd members, a whole
 * organisation saved at once), and a transaction that failed (404) for deleting a
 * kept row that is not there (records that predate it). Then the records go first,
 * with as many kept rows as fit, under their ETags; the other kept rows follow in
 * transactions of their own, deletes that fail one by one (a row that is there must
 * go, one never written is no fault). Kept rows are idempotent, and the change is
 * marked unfinished until its last request (storage/unfinished-changes.ts), so one
 * cut short is rebuilt by the repair timer.
 */
export async function submitWithLogbook(table: TableClient, actions: readonly TransactionAction[]): Promise<void> {
  const kept = actions.filter(([, entity]) => isLogbookRow(entity.rowKey));
  if (actions.length <= transactionLimit || kept.length === 0) {
    try {
      await table.submitTransaction([...actions]);
      return;
    } catch (error) {
      if (statusOf(error) !== 404 || !kept.some(([kind]) => kind === 'delete')) throw error;
    }
  }
  const [first] = actions;
  if (!first) return;
  const partitionKey = first[1].partitionKey;
  const [mark, watch] = await Promise.all([
    markUnfinished(table, partitionKey),
    watchRecords(
      table,
      partitionKey,
      actions.filter(([, entity]) => !isLogbookRow(entity.rowKey)),
    ),
  ]);
  let undisturbed: boolean;
  try {
    undisturbed = await inSeveralRequests(table, actions, watch);
  } catch (error) {
    // A conflict stored nothing: there is nothing to repair.
    if (isConflict(error)) await removeMarks(table, [mark]);
    throw error;
  }
  // Overtaken by another writer of its records, the change stays marked: the repair timer rebuilds what it may have overwritten.
  if (undisturbed) await removeMarks(table, [mark]);
}

/** Sends the change; whether no other writer of its records came between its requests. */
async function inSeveralRequests(table: TableClient, actions: readonly TransactionAction[], watch: Watch): Promise<boolean> {
  const records = actions.filter(([, entity]) => !isLogbookRow(entity.rowKey));
  const kept = actions.filter(([, entity]) => isLogbookRow(entity.rowKey));
  const upserts = kept.filter(([kind]) => kind !== 'delete');
  const deletes = kept.filter(([kind]) => kind === 'delete');
  const withRecords = records.length + upserts.length <= transactionLimit ? upserts : [];
  const sent = [...records, ...withRecords];
  const written = await table.submitTransaction(sent);
  const rest = upserts.filter((action) => !withRecords.includes(action));
  for (let i = 0; i < rest.length; i += transactionLimit) await table.submitTransaction(rest.slice(i, i + transactionLimit));
  for (let i = 0; i < deletes.length; i += transactionLimit) {
    const part = deletes.slice(i, i + transactionLimit);
    try {
      await table.submitTransaction(part);
    } catch (error) {
      if (statusOf(error) !== 404) throw error;
      await Promise.all(part.map(([, entity]) => deleteIfThere(table, entity)));
    }
  }
  return watch.undisturbed(sent, written);
}

async function deleteIfThere(table: TableClient, entity: { partitionKey: string; rowKey: string }): Promise<void> {
  try {
    await table.deleteEntity(entity.partitionKey, entity.rowKey);
  } catch (error) {
    if (statusOf(error) !== 404) throw error;
  }
}
