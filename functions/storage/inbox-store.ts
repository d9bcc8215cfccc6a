import type { TableClient } from '@azure/data-tables';
import type { InboxEntry, PersonId } from '../../shared';
import { InboxEntry as InboxEntrySchema } from '../../shared';
import type { InboxRepository, KeptInbox } from '../application/ports/inbox-repository';
import { fromProperties } from './entity-codec';
import { inboxProjectedMarker, inboxRange } from './inbox-projection';
import { escapeKey, governancePartition, quoted, rowsUnder } from './keys';
import { memberOfKey, projectedMarker } from './logbook-projection';
import { pointRead } from './table-storage';

/**
 * Reads a person's inbox from their own rows: one range query, with two point reads
 * sent at the same time (the projection marker, the person's circles). It costs what
 * the person is asked, not the organisation's history.
 */
export class InboxStore implements InboxRepository {
  constructor(private readonly table: TableClient) {}

  async awaitedIds(tenantId: string, personId: PersonId, kind: InboxEntry['kind']): Promise<ReadonlySet<string>> {
    const filter = `PartitionKey eq ${quoted(governancePartition(tenantId))} and ${rowsUnder(`${inboxRange(personId)}|${escapeKey(kind)}`)}`;
    const ids = new Set<string>();
    for await (const entity of this.table.listEntities<Record<string, unknown>>({ queryOptions: { filter } })) ids.add(InboxEntrySchema.parse(fromProperties(entity)).id);
    return ids;
  }

  async circles(tenantId: string, personId: PersonId): Promise<readonly string[] | 'unprojected'> {
    const partitionKey = governancePartition(tenantId);
    const [marker, memberOf] = await Promise.all([pointRead(this.table, partitionKey, projectedMarker), pointRead(this.table, partitionKey, memberOfKey(personId))]);
    if (!marker) return 'unprojected';
    return memberOf ? (fromProperties(memberOf) as { circles: string[] }).circles : [];
  }

  async awaiting(tenantId: string, personId: PersonId): Promise<KeptInbox | 'unprojected'> {
    const partitionKey = governancePartition(tenantId);
    const filter = `PartitionKey eq ${quoted(partitionKey)} and ${rowsUnder(inboxRange(personId))}`;
    const entries: InboxEntry[] = [];
    const [marker, memberOf] = await Promise.all([
      pointRead(this.table, partitionKey, inboxProjectedMarker),
      pointRead(this.table, partitionKey, memberOfKey(personId)),
      (async () => {
        for await (const entity of this.table.listEntities<Record<string, unknown>>({ queryOptions: { filter } })) entries.push(InboxEntrySchema.parse(fromProperties(entity)));
      })(),
    ]);
    if (!marker) return 'unprojected';
    return { entries, circles: memberOf ? (fromProperties(memberOf) as { circles: string[] }).circles : [] };
  }
}
