import type { TransactionAction } from '@azure/data-tables';
import type { Inbox, InboxEntry, PersonId } from '../../shared';
import { toProperties } from './entity-codec';
import { key } from './keys';

/**
 * Each person's inbox is kept beside the records, in the tenant's partition, written
 * in the same transaction as the proposal or selection write that changes whom the
 * record awaits: `awaits|<personId>|<kind>|<id>`, each row holding what the person's
 * list shows, so reading what awaits someone is one range query of their own rows.
 */
export const inboxPrefix = 'awaits';
export const inboxRange = (personId: PersonId) => key(inboxPrefix, personId);
export const inboxKey = (personId: PersonId, entry: Pick<InboxEntry, 'kind' | 'id'>) => key(inboxPrefix, personId, entry.kind, entry.id);
/** Present once the tenant's records written before inboxes were kept have been projected. */
export const inboxProjectedMarker = 'inbox-projected';

/**
 * The rows that take a record's inbox entries from what they were to what they are:
 * an entry new or changed is written, one no longer there is removed. Entries that
 * did not change are left alone, so an answer touches only the answering member's row.
 */
export function inboxActions(partitionKey: string, before: Inbox, after: Inbox): TransactionAction[] {
  const written = [...after]
    .filter(([personId, entry]) => JSON.stringify(before.get(personId)) !== JSON.stringify(entry))
    .map(([personId, entry]): TransactionAction => ['upsert', { partitionKey, rowKey: inboxKey(personId, entry), ...toProperties(entry) }, 'Replace']);
  const removed = [...before]
    .filter(([personId]) => !after.has(personId))
    .map(([personId, entry]): TransactionAction => ['delete', { partitionKey, rowKey: inboxKey(personId, entry) }]);
  return [...written, ...removed];
}
