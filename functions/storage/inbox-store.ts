import type { TableClient } from '@azure/data-tables';
import type { CalendarDate, HeldReview, InboxEntry, KeptReview, PersonId, ReviewNotices } from '../../shared';
import { Circle, InboxEntry as InboxEntrySchema, Meeting, reviewsRead } from '../../shared';
import type { InboxRepository, KeptAwaiting } from '../application/ports/inbox-repository';
import { fewAtOnce } from '../application/reads-at-once';
import { listingRange, listingsProjectedMarker } from './circle-listing';
import { fromProperties } from './entity-codec';
import { inboxProjectedMarker, inboxRange } from './inbox-projection';
import { escapeKey, governancePartition, key, quoted, rowsUnder } from './keys';
import { memberOfKey } from './logbook-projection';
import { circleHeldRange, circleReviewRange, noticesKey, reviewsProjectedMarker } from './review-projection';
import { pointRead, rowsWhere } from './table-storage';

/** The latest meetings read of each circle: the upcoming ones are the latest scheduled, and a circle rarely plans more ahead. */
export const meetingsRead = 3;

/**
 * Reads a person's inbox from their own rows and their own circles' rows, never the
 * organisation's: first their inbox rows, their circles, the circles' notices and the
 * markers, all at once; then each circle (theirs and those an entry is listed under),
 * and each of their circles' reviews, held markers and latest meetings, a few at once.
 * It costs what the person is asked and the circles they work in.
 */
export class InboxStore implements InboxRepository {
  constructor(private readonly table: TableClient) {}

  async awaitedIds(tenantId: string, personId: PersonId, kind: InboxEntry['kind']): Promise<ReadonlySet<string>> {
    const filter = `PartitionKey eq ${quoted(governancePartition(tenantId))} and ${rowsUnder(`${inboxRange(personId)}|${escapeKey(kind)}`)}`;
    const ids = new Set<string>();
    for await (const entity of this.table.listEntities<Record<string, unknown>>({ queryOptions: { filter } }))
      ids.add(InboxEntrySchema.parse(fromProperties(entity)).id);
    return ids;
  }

  async awaiting(tenantId: string, personId: PersonId, today: CalendarDate): Promise<KeptAwaiting | 'unprojected'> {
    const partitionKey = governancePartition(tenantId);
    const rowsOf = async (prefix: string) => (await rowsWhere(this.table, partitionKey, rowsUnder(prefix))).map(fromProperties);
    const [inboxMarker, reviewsMarker, listingsMarker, memberOfRow, noticesRow, entryRows] = await Promise.all([
      pointRead(this.table, partitionKey, inboxProjectedMarker),
      pointRead(this.table, partitionKey, reviewsProjectedMarker),
      pointRead(this.table, partitionKey, listingsProjectedMarker),
      pointRead(this.table, partitionKey, memberOfKey(personId)),
      pointRead(this.table, partitionKey, noticesKey),
      rowsOf(inboxRange(personId)),
    ]);
    if (!inboxMarker || !reviewsMarker || !listingsMarker) return 'unprojected';
    const memberOf = memberOfRow ? (fromProperties(memberOfRow) as { circles: string[] }).circles : [];
    const entries = entryRows.map((row) => InboxEntrySchema.parse(row));
    const read = [...new Set([...memberOf, ...entries.flatMap((entry) => [entry.circleId, entry.askedIn])])];
    const circleReads = read.map((circleId) => async () => {
      const row = await pointRead(this.table, partitionKey, key('circle', circleId));
      return row ? [Circle.parse(fromProperties(row))] : [];
    });
    const reviewReads = memberOf.map((circleId) => async () => {
      const [kept, held] = await Promise.all([rowsOf(circleReviewRange(circleId)), rowsOf(circleHeldRange(circleId))]);
      return { kept: kept as KeptReview[], held: held as HeldReview[] };
    });
    const meetingReads = memberOf.map((circleId) => () => this.latestMeetings(partitionKey, circleId));
    const [circles, reviews, meetings] = await Promise.all([fewAtOnce(circleReads), fewAtOnce(reviewReads), fewAtOnce(meetingReads)]);
    const notices = noticesRow ? (fromProperties(noticesRow) as { notices: ReviewNotices }).notices : {};
    return {
      memberOf,
      entries,
      circles: circles.flat(),
      reviews: reviews.flatMap(({ kept, held }) => reviewsRead(kept, notices, held, today)),
      meetings: meetings.flat(),
    };
  }

  /** The circle's latest scheduled meetings: the first page of its meetings, kept latest first. */
  private async latestMeetings(partitionKey: string, circleId: string): Promise<Meeting[]> {
    const filter = `PartitionKey eq ${quoted(partitionKey)} and ${rowsUnder(listingRange('meeting', circleId))}`;
    const pages = this.table.listEntities<Record<string, unknown>>({ queryOptions: { filter } }).byPage({ maxPageSize: meetingsRead });
    for await (const page of pages) return page.slice(0, meetingsRead).map((row) => Meeting.parse(fromProperties(row)));
    return [];
  }
}
