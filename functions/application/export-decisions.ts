import type { Actor, DecisionRecord, Result } from '../../shared';
import { circlesOf, decisionRecords, fail, ok, sharedRecord } from '../../shared';
import type { LogbookPorts } from './read-logbook';
import { keptRead } from './read-logbook';

/** A page of the research export; `next` (none on the last page) asks for the page after it. */
export interface ExportPage {
  readonly decisions: readonly DecisionRecord[];
  readonly next: string | null;
}

const byId = (a: DecisionRecord, b: DecisionRecord) => (a.proposalId < b.proposalId ? -1 : a.proposalId > b.proposalId ? 1 : 0);

/**
 * The decisions the caller may read, for research, a page at a time: decided ones
 * from the records kept when they were decided, paged in storage; the first page
 * also holds the proposals still open in the caller's circles, as kept beside each
 * circle (a range per circle, none read whole). Free text only where the circle, as it stands, shares it.
 */
export async function exportDecisions(
  ports: LogbookPorts,
  tenantId: string,
  actor: Actor,
  page: { readonly pageSize: number; readonly after?: string },
): Promise<Result<ExportPage>> {
  const [{ structure }, decided] = await Promise.all([
    ports.structures.load(tenantId),
    keptRead(ports, tenantId, () => ports.logbook.decided(tenantId, page.pageSize, page.after)),
  ]);
  if (decided === null) return fail('invalid-input', 'pageTokenRefused', 'query.after');
  const circles = actor.kind === 'system' ? 'all' : circlesOf(structure, actor.personId);
  const open = page.after !== undefined ? [] : await keptRead(ports, tenantId, () => ports.logbook.open(tenantId, circles));
  const undecided = decisionRecords({ structure, actor }, open).sort(byId);
  return ok({ decisions: [...undecided, ...decided.records.map((record) => sharedRecord(record, structure))], next: decided.next });
}
