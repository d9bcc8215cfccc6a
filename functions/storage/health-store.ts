import type { TableClient } from '@azure/data-tables';
import type { HealthTally } from '../../shared';
import { addObjections, addTallies, emptyTally } from '../../shared';
import { fromProperties } from './entity-codec';
import { governancePartition, quoted, rowsUnder, unescapeKey } from './keys';
import type { KeptObjections } from './health-projection';
import { healthProjectedMarker, tallyKey, tallyRange, undecidedPrefix, undecidedRange } from './health-projection';
import { pointRead, rowsWhere } from './table-storage';

/**
 * The objections of undecided records from their rows: a selection's as kept, a
 * proposal's header's, and each member's only while the revision they were written
 * for is the proposal's running round (older ones are in the header by then).
 */
function undecidedTally(rows: readonly { rowKey: string; value: unknown }[]): HealthTally {
  const running = new Map<string, number | null>();
  const members: { proposal: string; kept: KeptObjections }[] = [];
  let objections = emptyTally.objections;
  for (const { rowKey, value } of rows) {
    const [, circleId = '', kind, id = '', part] = rowKey.split('|').map(unescapeKey);
    const kept = value as KeptObjections;
    const proposal = JSON.stringify([circleId, id]);
    if (kind === 'proposal' && part === 'member') members.push({ proposal, kept });
    else {
      if (kind === 'proposal') running.set(proposal, kept.revision);
      objections = addObjections(objections, kept.objections);
    }
  }
  for (const { proposal, kept } of members)
    if (running.get(proposal) === kept.revision) objections = addObjections(objections, kept.objections);
  return { ...emptyTally, objections };
}

/**
 * What the health of a circle (or of the organisation, without `circleId`) is read
 * from: the tallies kept of its decided records and meetings, and the objections
 * of what is still undecided. Two requests sent at once: the projection marker, and
 * one query of the tally (the circle's row, or every circle's) with the undecided
 * records' rows; it costs one more request per 1,000 rows.
 */
export async function readHealthTally(
  table: TableClient,
  tenantId: string,
  circleId: string | undefined,
): Promise<HealthTally | 'unprojected'> {
  const partitionKey = governancePartition(tenantId);
  const kept =
    circleId === undefined
      ? `${rowsUnder(tallyRange)} or ${rowsUnder(undecidedPrefix)}`
      : `RowKey eq ${quoted(tallyKey(circleId))} or ${rowsUnder(undecidedRange(circleId))}`;
  const [marker, entities] = await Promise.all([
    pointRead(table, partitionKey, healthProjectedMarker),
    rowsWhere(table, partitionKey, kept),
  ]);
  if (!marker) return 'unprojected';
  const rows = entities.map((entity) => ({ rowKey: entity.rowKey as string, value: fromProperties(entity) }));
  const isTally = (rowKey: string) => rowKey.startsWith(`${tallyRange}|`);
  const decided = rows.filter((row) => isTally(row.rowKey)).map((row) => row.value as HealthTally);
  return [...decided, undecidedTally(rows.filter((row) => !isTally(row.rowKey)))].reduce(addTallies, emptyTally);
}
