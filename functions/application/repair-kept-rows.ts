import type { LogbookPorts } from './read-logbook';
import { reprojectLogbook } from './read-logbook';

/**
 * How long a change sent in several requests may take before it counts as cut
 * short: far longer than its requests take, even against a storage deadline each.
 */
export const unfinishedAfterMs = 10 * 60_000;

/**
 * Rebuilds the kept rows of every tenant with a change cut short between its
 * requests (a crash, an outage), then removes its marks. A tenant that fails to
 * rebuild keeps its marks for the next run.
 */
export async function repairKeptRows(ports: LogbookPorts, now: string): Promise<{ tenants: number }> {
  const unfinished = await ports.logbook.unfinished(new Date(Date.parse(now) - unfinishedAfterMs).toISOString());
  for (const { tenantId, marks } of unfinished) {
    await reprojectLogbook(ports, tenantId);
    await ports.logbook.repaired(marks);
  }
  return { tenants: unfinished.length };
}
