import type { Actor, DecisionRecord, Proposal } from '../../shared';
import { circlesOf, decisionRecords, sharedRecord } from '../../shared';
import type { LogbookPorts } from './read-logbook';
import { reprojectLogbook } from './read-logbook';

/**
 * The decisions the caller may read, for research: decided ones from the records
 * kept when they were decided, and the proposals still open in the caller's circles
 * read whole, as their answers keep changing. Free text only where the circle, as
 * it stands, shares it.
 */
export async function exportDecisions(ports: LogbookPorts, tenantId: string, actor: Actor): Promise<DecisionRecord[]> {
  const [{ structure }, kept] = await Promise.all([ports.structures.load(tenantId), ports.logbook.decided(tenantId)]);
  const decided = kept === 'unprojected' ? await reprojectLogbook(ports, tenantId).then(() => ports.logbook.decided(tenantId)) : kept;
  if (decided === 'unprojected') throw new Error(`The logbook of tenant ${tenantId} was projected but its marker is missing.`);
  const open = await ports.logbook.open(tenantId, actor.kind === 'system' ? 'all' : circlesOf(structure, actor.personId));
  const loaded = await Promise.all(open.map(async ({ circleId, proposalId }) => ports.proposals.proposalOf(await ports.proposals.load(tenantId, circleId, proposalId))));
  const undecided = decisionRecords({ structure, actor }, loaded.filter((proposal): proposal is Proposal => proposal !== null));
  return [...decided.map((record) => sharedRecord(record, structure)), ...undecided].sort((a, b) => (a.proposalId < b.proposalId ? -1 : a.proposalId > b.proposalId ? 1 : 0));
}
