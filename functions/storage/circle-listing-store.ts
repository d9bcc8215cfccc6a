import type { TableClient } from '@azure/data-tables';
import type { z } from 'zod';
import type { Circle, CircleListQuery } from '../../shared';
import { Circle as CircleSchema, Meeting, ProposalListing, Selection } from '../../shared';
import type { CircleListingRepository, ListingPage, ResumablePage } from '../application/ports/circle-listing-repository';
import type { ListedKind } from './circle-listing';
import { decidedPart, listingRange, listingsProjectedMarker } from './circle-listing';
import { fromProperties } from './entity-codec';
import { governancePartition, key, pageToken, quoted, resumeKey } from './keys';
import { pointRead } from './table-storage';

type Row = Record<string, unknown> & { rowKey?: string };

/**
 * Reads a circle's lists from the rows kept beside its records: a page is one range
 * query of the circle's own rows (`top` = the page and one more, to know whether
 * another follows) beside a point read of the tenant's marker, whatever the rest of
 * the organisation holds.
 */
export class CircleListingStore implements CircleListingRepository {
  constructor(private readonly table: TableClient) {}

  private async pointRead(tenantId: string, rowKey: string): Promise<Row | null> {
    return pointRead(this.table, governancePartition(tenantId), rowKey);
  }

  async circles(tenantId: string, circleIds: readonly string[]): Promise<Circle[]> {
    const rows = await Promise.all([...new Set(circleIds)].map((circleId) => this.pointRead(tenantId, key('circle', circleId))));
    return rows.flatMap((row) => (row ? [CircleSchema.parse(fromProperties(row))] : []));
  }

  /**
   * One page of a circle's range, from `from` (a part of the key the range starts at)
   * or after the token `after`, whichever comes later.
   */
  private async page(
    tenantId: string,
    prefix: string,
    query: CircleListQuery,
    from?: string,
  ): Promise<ResumablePage<Row> | 'unprojected' | null> {
    const resumeAt = resumeKey(query.after);
    if (resumeAt === null) return null;
    const partitionKey = governancePartition(tenantId);
    const start = from === undefined ? '' : ` and RowKey ge ${quoted(`${prefix}|${from}`)}`;
    const filter = `PartitionKey eq ${quoted(partitionKey)} and RowKey gt ${quoted(`${prefix}|${resumeAt}`)}${start} and RowKey lt ${quoted(`${prefix}}`)}`;
    const read = async () => {
      const rows: Row[] = [];
      const pages = this.table
        .listEntities<Record<string, unknown>>({ queryOptions: { filter } })
        .byPage({ maxPageSize: query.pageSize + 1 });
      for await (const page of pages) {
        rows.push(...page);
        if (rows.length > query.pageSize) break;
      }
      return rows;
    };
    const [marker, rows] = await Promise.all([this.pointRead(tenantId, listingsProjectedMarker), read()]);
    if (!marker) return 'unprojected';
    const items = rows.slice(0, query.pageSize);
    const resumes = items.map((row) => pageToken(prefix, String(row.rowKey)));
    return { items, resumes, next: rows.length > query.pageSize ? (resumes.at(-1) ?? null) : null };
  }

  private async records<T>(
    kind: Exclude<ListedKind, 'proposal'>,
    schema: z.ZodType<T>,
    tenantId: string,
    circleId: string,
    query: CircleListQuery,
  ) {
    const page = await this.page(tenantId, listingRange(kind, circleId), query);
    if (page === null || page === 'unprojected') return page;
    return { ...page, items: page.items.map((row) => schema.parse(fromProperties(row))) };
  }

  selections(tenantId: string, circleId: string, query: CircleListQuery): Promise<ResumablePage<Selection> | 'unprojected' | null> {
    return this.records('selection', Selection, tenantId, circleId, query);
  }

  meetings(tenantId: string, circleId: string, query: CircleListQuery): Promise<ListingPage<Meeting> | 'unprojected' | null> {
    return this.records('meeting', Meeting, tenantId, circleId, query);
  }

  async proposals(
    tenantId: string,
    circleId: string,
    query: CircleListQuery,
    undecided: boolean,
  ): Promise<ListingPage<ProposalListing> | 'unprojected' | null> {
    const page = await this.page(tenantId, listingRange('proposal', circleId), query, undecided ? undefined : decidedPart);
    if (page === null || page === 'unprojected') return page;
    return { items: page.items.map((row) => ProposalListing.parse(fromProperties(row))), next: page.next };
  }
}
