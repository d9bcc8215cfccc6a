import type { InboxEntry, PersonId } from '../../shared';
import { stillAwaits } from '../../shared';
import type { InboxRepository } from './ports/inbox-repository';
import type { LogbookPorts } from './read-logbook';
import { keptRead } from './read-logbook';

export interface InboxPorts extends LogbookPorts {
  readonly inbox: InboxRepository;
}

/**
 * What awaits a person: their consent rounds to answer and nominations to make,
 * read from their inbox kept beside the records, leaving out the circles they have
 * left. A tenant whose records predate the inboxes is projected first.
 */
export async function readInbox(ports: InboxPorts, tenantId: string, personId: PersonId): Promise<InboxEntry[]> {
  const kept = await keptRead(ports, tenantId, () => ports.inbox.awaiting(tenantId, personId));
  const circles = new Set(kept.circles);
  return kept.entries.filter((entry) => stillAwaits(entry, circles));
}
