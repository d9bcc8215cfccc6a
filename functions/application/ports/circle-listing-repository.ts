import type { Circle, CircleListQuery, Meeting, ProposalListing, Selection } from '../../../shared';

/** One page of a circle's list, in storage order; `next` (none on the last page) asks for the page after it. */
export interface ListingPage<T> {
  readonly items: readonly T[];
  readonly next: string | null;
}

/**
 * A page some of whose items a reader may not see: with the token that resumes after
 * each item, so the page handed on never names an item left out of it.
 */
export interface ResumablePage<T> extends ListingPage<T> {
  readonly resumes: readonly string[];
}

/**
 * Each circle's lists kept beside its records, written with them, so a page costs
 * what it returns. Every page is `unprojected` while the tenant's records have not
 * been listed yet, and null when `after` cannot be a token handed out here.
 */
export interface CircleListingRepository {
  /** The circles asked for that exist, by point reads. */
  circles(tenantId: string, circleIds: readonly string[]): Promise<Circle[]>;
  /** Undecided proposals first (only with `undecided`), newest drafted first, then decisions, newest first. */
  proposals(
    tenantId: string,
    circleId: string,
    query: CircleListQuery,
    undecided: boolean,
  ): Promise<ListingPage<ProposalListing> | 'unprojected' | null>;
  /** The circle's role selections, and those it holds for a sub-circle's leader, newest first. */
  selections(tenantId: string, circleId: string, query: CircleListQuery): Promise<ResumablePage<Selection> | 'unprojected' | null>;
  /** The circle's meetings, the latest scheduled first. */
  meetings(tenantId: string, circleId: string, query: CircleListQuery): Promise<ListingPage<Meeting> | 'unprojected' | null>;
}
