import type { TableClient, TransactionAction } from '@azure/data-tables';
import { createHash } from 'node:crypto';
import type {
  CalendarDate,
  DecisionRecord,
  HealthTally,
  Id,
  LogbookEntry,
  LogbookPage,
  LogbookQuery,
  LogbookRow,
  NamedReview,
  Proposal,
  Review,
  ReviewingDecision,
  ReviewsPage,
  ReviewsQuery,
} from '../../shared';
import { entriesFound } from '../../shared';
import type { LogbookReader, LogbookRepository, TenantProjection } from '../application/ports/logbook-repository';
import { fromProperties, toProperties } from './entity-codec';
import { governancePartition, pageToken, quoted, resumeKey, rowsUnder } from './keys';
import {
  circleRange,
  decisionRecordKey,
  entryKeys,
  logbookRange,
  memberOfKey,
  projectedMarker,
  projectedMarkers,
  projectionPrefixes,
  reviewedByKey,
  transactionLimit,
} from './logbook-projection';
import { heldKey, noticesKey, reviewKeys } from './review-projection';
import { listedMeeting, listedSelection, listingRows, proposalListingKey } from './circle-listing';
import { inboxKey } from './inbox-projection';
import { circleMapKey } from './circle-map-projection';
import { projectedHealthRows } from './health-projection';
import { readHealthTally } from './health-store';
import { openProjectedMarker, openProposalRows, openProposalsFrom, openRange } from './open-proposal-projection';
import { readNamedReviews, readReviews, readReviewsPage } from './review-store';
import { pointRead, rowsWhere } from './table-storage';
import { structureRows } from './structure-store';
import { removeMarks, unfinishedChanges } from './unfinished-changes';

/** Every row of a record (the structure, proposals, selections, meetings), none kept for reading. */
const recordRows = [structureRows, ...['proposal', 'selection', 'meeting'].map(rowsUnder)].join(' or ');

/**
 * Rows asked for at once while filters pass over some: Table Storage's largest page,
 * so a search that must pass over many rows does it in few requests (on Azurite each
 * request scans the whole table: 100 a request took 1.1 s at 4,000 decisions).
 */
const filteredBatch = 1000;

/**
 * Reads the logbook a page at a time from the rows kept beside the records: a page
 * costs two point reads (the projection marker, the reader's circles) and one range
 * query of its own rows. Filters by kind, status or text, and undecided proposals
 * of circles the reader is not in, pass over rows in storage order until the page
 * is full, reading projection rows only.
 */
export class LogbookStore implements LogbookRepository {
  constructor(private readonly table: TableClient) {}

  private async pointRead(tenantId: string, rowKey: string): Promise<Record<string, unknown> | null> {
    return pointRead(this.table, governancePartition(tenantId), rowKey);
  }

  private async readerCircles(tenantId: string, reader: LogbookReader): Promise<ReadonlySet<string> | 'all'> {
    if (reader === 'everything') return 'all';
    const row = await this.pointRead(tenantId, memberOfKey(reader.personId));
    return new Set(row ? (fromProperties(row) as { circles: string[] }).circles : []);
  }

  async page(
    tenantId: string,
    reader: LogbookReader,
    query: LogbookQuery,
    today: CalendarDate,
  ): Promise<LogbookPage | 'unprojected' | null> {
    const prefix = query.circleId === undefined ? logbookRange : circleRange(query.circleId);
    const resumeAt = resumeKey(query.after);
    if (resumeAt === null) return null;
    const [marker, circles] = await Promise.all([this.pointRead(tenantId, projectedMarker), this.readerCircles(tenantId, reader)]);
    if (!marker) return 'unprojected';
    const found = entriesFound(query, circles, today);
    // Only undecided proposals of other circles are passed over without filters: a page and one more row is nearly always enough.
    const filtered = query.kind !== undefined || query.status !== undefined || query.text !== undefined;
    const filter = `PartitionKey eq ${quoted(governancePartition(tenantId))} and RowKey gt ${quoted(`${prefix}|${resumeAt}`)} and RowKey lt ${quoted(`${prefix}}`)}`;
    const pages = this.table
      .listEntities<Record<string, unknown>>({ queryOptions: { filter } })
      .byPage({ maxPageSize: filtered ? filteredBatch : query.pageSize + 1 });
    const kept: { entry: LogbookEntry; rowKey: string }[] = [];
    for await (const page of pages) {
      for (const entity of page) {
        const entry = found(fromProperties(entity) as LogbookRow);
        if (!entry) continue;
        // One entry past the page says whether there is a next one.
        if (kept.length === query.pageSize) {
          const last = kept[kept.length - 1] as { rowKey: string };
          return { entries: kept.map((k) => k.entry), pageSize: query.pageSize, next: pageToken(prefix, last.rowKey) };
        }
        kept.push({ entry, rowKey: entity.rowKey as string });
      }
    }
    return { entries: kept.map((k) => k.entry), pageSize: query.pageSize, next: null };
  }

  async reproject(tenantId: string, projection: TenantProjection): Promise<void> {
    const partitionKey = governancePartition(tenantId);
    const wanted = new Map<string, Record<string, unknown>>();
    for (const row of projection.rows) for (const rowKey of entryKeys(row)) wanted.set(rowKey, toProperties(row));
    for (const [personId, circles] of projection.memberships) wanted.set(memberOfKey(personId), toProperties({ circles }));
    for (const record of projection.records) wanted.set(decisionRecordKey(record.proposalId), toProperties(record));
    for (const [rowKey, value] of projection.open.flatMap(openProposalRows)) wanted.set(rowKey, toProperties(value));
    for (const { circleId, reviewed, by } of projection.reviewedBy) wanted.set(reviewedByKey(circleId, reviewed), toProperties(by));
    for (const review of projection.reviews) for (const rowKey of reviewKeys(review)) wanted.set(rowKey, toProperties(review));
    for (const held of projection.held) wanted.set(heldKey(held), toProperties(held));
    wanted.set(noticesKey, toProperties({ notices: projection.notices }));
    for (const listing of projection.listings.proposals) wanted.set(proposalListingKey(listing), toProperties(listing));
    const records = [...projection.listings.selections.map(listedSelection), ...projection.listings.meetings.map(listedMeeting)];
    for (const record of records) for (const [rowKey, properties] of listingRows(record)) wanted.set(rowKey, properties);
    for (const { personId, entry } of projection.inbox) wanted.set(inboxKey(personId, entry), toProperties(entry));
    for (const [rowKey, value] of projectedHealthRows(projection.health.tallies, projection.health.undecided))
      wanted.set(rowKey, toProperties(value));
    for (const entry of projection.circleMap) wanted.set(circleMapKey(entry.circleId), toProperties(entry));
    const kept = `PartitionKey eq ${quoted(partitionKey)} and (${projectionPrefixes.map(rowsUnder).join(' or ')})`;
    const stale: TransactionAction[] = [];
    for await (const entity of this.table.listEntities({ queryOptions: { filter: kept, select: ['RowKey'] } })) {
      const rowKey = entity.rowKey as string;
      if (!wanted.has(rowKey)) stale.push(['delete', { partitionKey, rowKey }]);
    }
    const writes = [...wanted].map(
      ([rowKey, properties]): TransactionAction => ['upsert', { partitionKey, rowKey, ...properties }, 'Replace'],
    );
    const actions = [...writes, ...stale];
    for (let i = 0; i < actions.length; i += transactionLimit) await this.table.submitTransaction(actions.slice(i, i + transactionLimit));
    await this.table.submitTransaction(
      projectedMarkers.map((rowKey): TransactionAction => ['upsert', { partitionKey, rowKey, projected: true }, 'Replace']),
    );
  }

  async decided(
    tenantId: string,
    pageSize: number,
    after?: string,
  ): Promise<{ records: DecisionRecord[]; next: string | null } | 'unprojected' | null> {
    const resumeAt = resumeKey(after);
    if (resumeAt === null) return null;
    const prefix = 'decision-record';
    const filter = `PartitionKey eq ${quoted(governancePartition(tenantId))} and RowKey gt ${quoted(`${prefix}|${resumeAt}`)} and RowKey lt ${quoted(`${prefix}}`)}`;
    const rows: { rowKey: string; record: DecisionRecord }[] = [];
    const [marker] = await Promise.all([
      this.pointRead(tenantId, projectedMarker),
      (async () => {
        // One record past the page says whether there is a next one.
        const pages = this.table
          .listEntities<Record<string, unknown>>({ queryOptions: { filter } })
          .byPage({ maxPageSize: Math.min(1000, pageSize + 1) });
        for await (const page of pages) {
          for (const entity of page) rows.push({ rowKey: entity.rowKey as string, record: fromProperties(entity) as DecisionRecord });
          if (rows.length > pageSize) break;
        }
      })(),
    ]);
    if (!marker) return 'unprojected';
    const kept = rows.slice(0, pageSize);
    const last = kept.at(-1);
    return { records: kept.map((row) => row.record), next: rows.length > pageSize && last ? pageToken(prefix, last.rowKey) : null };
  }

  unfinished(before: string): Promise<{ tenantId: string; marks: string[] }[]> {
    return unfinishedChanges(this.table, before);
  }

  repaired(marks: readonly string[]): Promise<void> {
    return removeMarks(this.table, marks);
  }

  async recordsVersion(tenantId: string): Promise<string> {
    const hash = createHash('sha256');
    const filter = `PartitionKey eq ${quoted(governancePartition(tenantId))} and (${recordRows})`;
    for await (const entity of this.table.listEntities({ queryOptions: { filter, select: ['RowKey'] } }))
      hash.update(`${entity.rowKey as string} ${entity.etag}\n`);
    return hash.digest('base64url');
  }

  async open(tenantId: string, circleIds: readonly string[] | 'all'): Promise<Proposal[] | 'unprojected'> {
    const ranges = circleIds === 'all' ? [openRange()] : circleIds.map(openRange);
    const [marker, ...lists] = await Promise.all([
      this.pointRead(tenantId, openProjectedMarker),
      ...ranges.map((range) => rowsWhere(this.table, governancePartition(tenantId), rowsUnder(range))),
    ]);
    if (!marker) return 'unprojected';
    return openProposalsFrom((lists as Record<string, unknown>[][]).flat());
  }

  async reviewedBy(tenantId: string, circleId: Id, proposalId: Id): Promise<ReviewingDecision | null> {
    const row = await this.pointRead(tenantId, reviewedByKey(circleId, proposalId));
    return row ? (fromProperties(row) as ReviewingDecision) : null;
  }

  reviews(tenantId: string, circleId: Id | undefined, today: CalendarDate): Promise<Review[] | 'unprojected'> {
    return readReviews(this.table, tenantId, circleId, today);
  }

  reviewsPage(tenantId: string, query: ReviewsQuery, today: CalendarDate): Promise<ReviewsPage | 'unprojected' | null> {
    return readReviewsPage(this.table, tenantId, query, today);
  }

  namedReviews(tenantId: string, named: readonly NamedReview[], today: CalendarDate): Promise<(Review | null)[] | 'unprojected'> {
    return readNamedReviews(this.table, tenantId, named, today);
  }

  health(tenantId: string, circleId: Id | undefined): Promise<HealthTally | 'unprojected'> {
    return readHealthTally(this.table, tenantId, circleId);
  }
}
