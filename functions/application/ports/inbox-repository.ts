import type { AwaitingSources, CalendarDate, InboxEntry, PersonId } from '../../../shared';

/** What a person's inbox is worked out from, as kept, and the ids of the circles they are a member of. */
export interface KeptAwaiting extends AwaitingSources {
  readonly memberOf: readonly string[];
}

/** Each person's inbox kept beside the records, written in the same transaction as the records that change it. */
export interface InboxRepository {
  /**
   * What awaits the person is read from (their inbox rows, their circles and those
   * the rows are listed under, those circles' reviews with their status on `today`
   * and latest meetings), in two rounds of requests each sent at once;
   * `unprojected` while the tenant's records predate the rows kept for reading.
   */
  awaiting(tenantId: string, personId: PersonId, today: CalendarDate): Promise<KeptAwaiting | 'unprojected'>;
  /**
   * The ids of the records of one kind awaiting the person, from their inbox rows
   * alone (one range query): for a list that shows which await them, where the list
   * itself says which records the person may see.
   */
  awaitedIds(tenantId: string, personId: PersonId, kind: InboxEntry['kind']): Promise<ReadonlySet<string>>;
}
