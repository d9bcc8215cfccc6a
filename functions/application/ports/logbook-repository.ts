import type {
  CalendarDate,
  CircleId,
  CircleMapEntry,
  DecisionRecord,
  HealthTally,
  HeldReview,
  Id,
  InboxEntry,
  KeptReview,
  LogbookPage,
  LogbookQuery,
  LogbookRow,
  Meeting,
  NamedReview,
  PersonId,
  Proposal,
  ProposalListing,
  Review,
  ReviewNotices,
  ReviewingDecision,
  Selection,
  ReviewsPage,
  ReviewsQuery,
} from '../../../shared';

/** Who reads the logbook: a person (undecided proposals of their own circles too) or a timer, which reads everything. */
export type LogbookReader = { readonly personId: PersonId } | 'everything';

/** Everything kept beside a tenant's records for reading, as worked out afresh from them. */
export interface TenantProjection {
  readonly rows: readonly LogbookRow[];
  /** Each member's circles. */
  readonly memberships: ReadonlyMap<PersonId, readonly string[]>;
  /** The research record of each decided proposal, free text included. */
  readonly records: readonly DecisionRecord[];
  /** The proposals still undecided, each kept again under its circle. */
  readonly open: readonly Proposal[];
  /** Each decision reviewed by an adopted decision of its circle, with that decision. */
  readonly reviewedBy: readonly { readonly circleId: Id; readonly reviewed: Id; readonly by: ReviewingDecision }[];
  /** Every adopted decision's review and every role term's, held or not. */
  readonly reviews: readonly KeptReview[];
  /** The reviews adopted decisions held. */
  readonly held: readonly HeldReview[];
  readonly notices: ReviewNotices;
  /** What awaits each person: the running consent rounds they have not answered, the selections awaiting them. */
  readonly inbox: readonly { readonly personId: PersonId; readonly entry: InboxEntry }[];
  /** What each circle's lists show: every proposal's listing, each selection and meeting whole. */
  readonly listings: {
    readonly proposals: readonly ProposalListing[];
    readonly selections: readonly Selection[];
    readonly meetings: readonly Meeting[];
  };
  /** Governance health: each circle's tally of its decided records and its meetings, and the records still undecided. */
  readonly health: {
    readonly tallies: ReadonlyMap<CircleId, HealthTally>;
    readonly undecided: { readonly proposals: readonly Proposal[]; readonly selections: readonly Selection[] };
  };
  /** The circle map: each circle's entry. */
  readonly circleMap: readonly CircleMapEntry[];
}

/**
 * The logbook kept beside the records, written in the same transaction as the
 * records it shows, so a page is read without reading the records.
 */
export interface LogbookRepository {
  /**
   * One page newest first, read in storage; `unprojected` while the tenant's records
   * have not been projected yet, null when `after` cannot be a token handed out here.
   */
  page(tenantId: string, reader: LogbookReader, query: LogbookQuery, today: CalendarDate): Promise<LogbookPage | 'unprojected' | null>;
  /**
   * Projects the tenant again from its records: writes what is given, removes rows
   * kept for reading that are no longer there, then marks the tenant projected.
   */
  reproject(tenantId: string, projection: TenantProjection): Promise<void>;
  /**
   * What the tenant's records are at: it changes with every write of a record (their
   * keys and ETags, hashed), so a rebuild can tell whether a write came meanwhile.
   */
  recordsVersion(tenantId: string): Promise<string>;
  /**
   * The tenants with a change that was sent in several requests and marked before
   * `before` (an ISO instant) but never finished: their kept rows are to be rebuilt.
   */
  unfinished(before: string): Promise<{ readonly tenantId: string; readonly marks: readonly string[] }[]>;
  /** Removes the marks of unfinished changes once their tenant is rebuilt. */
  repaired(marks: readonly string[]): Promise<void>;
  /** The research records of decided proposals, free text included; `unprojected` as for a page. */
  /**
   * A page of the research records of decided proposals, free text included, in key
   * order from the page token; `unprojected` as for a page, null when `after` was not handed out here.
   */
  decided(
    tenantId: string,
    pageSize: number,
    after?: string,
  ): Promise<{ records: DecisionRecord[]; next: string | null } | 'unprojected' | null>;
  /**
   * The proposals still undecided in these circles (in every circle for `all`), as
   * kept beside their circles: a range per circle, none read whole; `unprojected` as for a page.
   */
  open(tenantId: string, circleIds: readonly string[] | 'all'): Promise<Proposal[] | 'unprojected'>;
  /** The adopted decision that reviewed a decision, with one point read; null while none has. */
  reviewedBy(tenantId: string, circleId: Id, proposalId: Id): Promise<ReviewingDecision | null>;
  /** The reviews still to be held, of the organisation or one circle, soonest first, with their status on `today`; `unprojected` as for a page. */
  reviews(tenantId: string, circleId: Id | undefined, today: CalendarDate): Promise<Review[] | 'unprojected'>;
  /** One page of the reviews still to be held, soonest first, read in storage; `unprojected` as for a page, null when `after` was not handed out here. */
  reviewsPage(tenantId: string, query: ReviewsQuery, today: CalendarDate): Promise<ReviewsPage | 'unprojected' | null>;
  /**
   * The tally of a circle's records (the organisation's without `circleId`): its
   * decided proposals and selections, its meetings' evaluations and the objections
   * of what is still undecided, read without the records; `unprojected` as for a page.
   */
  health(tenantId: string, circleId: Id | undefined): Promise<HealthTally | 'unprojected'>;
  /**
   * Each named review with its status on `today`, or null when it is no longer to be
   * held (gone, moved, held, its circle archived): point reads, whatever the tenant
   * holds; `unprojected` as for a page.
   */
  namedReviews(tenantId: string, named: readonly NamedReview[], today: CalendarDate): Promise<(Review | null)[] | 'unprojected'>;
}
