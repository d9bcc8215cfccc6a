import type { TransactionAction } from '@azure/data-tables';
import type { Inbox, PersonId } from '../../shared';
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
export const inboxKey = (personId: PersonId, entry: { readonly kind: string; readonly id: string }) =>
  key(inboxPrefix, personId, entry.kind, entry.id);
/**
 * Present once the tenant's records written before inboxes were kept have been projected.
 * Renamed when the rows gained the candidate's answer and integration, so a tenant
 * projected before is projected again on its first read.
 */
export const inboxProjectedMarker = 'inbox-kinds-projected';

/**
 * The rows that take a record's inbox entries from what they were to what they are:
 * an entry new or changed is written, one no longer there is removed. Entries that
 * did not change are left alone, so an answer touches only the answering member's row.
 */
export function inboxActions(partitionKey: string, before: Inbox, after: Inbox): TransactionAction[] {
  const written = [...after]
    .filter(([personId, entry]) => JSON.stringify(before.get(personId)) !== JSON.stringify(entry))
    .map(
      ([personId, entry]): TransactionAction => [
        'upsert',
        { partitionKey, rowKey: inboxKey(personId, entry), ...toProperties(entry) },
        'Replace',
      ],
    );
  const removed = [...before]
    .filter(([personId]) => !after.has(personId))
    .map(([personId, entry]): TransactionAction => ['delete', { partitionKey, rowKey: inboxKey(personId, entry) }]);
  return [...written, ...removed];
}

/**
 * The inbox rows of a record that remembers whose rows it keeps (`inboxed`), where
 * whom it awaited is worked out on the circles as the step read them: the row of a
 * member who left between two steps is removed all the same, and no row is removed
 * that was never written. A record written before it remembered them keeps the rows
 * of those it awaited as read.
 */
export function keptInboxActions(
  partitionKey: string,
  record: { readonly kind: string; readonly id: string },
  inboxed: readonly PersonId[] | undefined,
  was: Inbox,
  is: Inbox,
): TransactionAction[] {
  const before = inboxed ? new Map([...was].filter(([personId]) => inboxed.includes(personId))) : was;
  const left = (inboxed ?? []).filter((personId) => !was.has(personId) && !is.has(personId));
  const removed = left.map((personId): TransactionAction => ['delete', { partitionKey, rowKey: inboxKey(personId, record) }]);
  return [...inboxActions(partitionKey, before, is), ...removed];
}
