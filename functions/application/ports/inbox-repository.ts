import type { InboxEntry, PersonId } from '../../../shared';

/** What a person's inbox holds as kept, and the circles they are a member of, to check that each entry still awaits them. */
export interface KeptInbox {
  readonly entries: readonly InboxEntry[];
  readonly circles: readonly string[];
}

/** Each person's inbox kept beside the records, written in the same transaction as the records that change it. */
export interface InboxRepository {
  /** The person's entries and circles, read at once; `unprojected` while the tenant's records predate the inboxes. */
  awaiting(tenantId: string, personId: PersonId): Promise<KeptInbox | 'unprojected'>;
  /**
   * The ids of the records of one kind awaiting the person, from their inbox rows
   * alone (one range query): for a list that shows which await them, where the list
   * itself says which records the person may see.
   */
  awaitedIds(tenantId: string, personId: PersonId, kind: InboxEntry['kind']): Promise<ReadonlySet<string>>;
  /** The circles the person is a member of, as kept with the logbook; `unprojected` as for `awaiting`. */
  circles(tenantId: string, personId: PersonId): Promise<readonly string[] | 'unprojected'>;
}
