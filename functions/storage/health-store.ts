import type { TableClient } from '@azure/data-tables';
import type { HealthTally } from '../../shared';
import { addObjections, addTallies, emptyTally } from '../../shared';
import { fromProperties } from './entity-codec';
import { governancePartition, quoted, rowsUnder, unescapeKey } from './keys';
import type { KeptObjections } from './health-projection';
import { healthProjectedMarker, tallyKey, tallyRange, undecidedPrefix, undecidedRange } from './health-projection';
import { statusOf } from './table-storage';

async function pointRead(table: TableClient, partitionKey: string, rowKey: string): Promise<Record<string, unknown> | null> {
  try {
    return await table.getEntity<Record<string, unknown>>(partitionKey, rowKey);
  } catch (error) {
    if (statusOf(error) === 404) return null;
    throw error;
  }
}

async function rowsOf(table: TableClient, partitionKey: string, prefix: string): Promise<{ rowKey: string; value: unknown }[]> {
  const filter = `PartitionKey eq ${quoted(partitionKey)} and ${rowsUnder(prefix)}`;
  const rows: { rowKey: string; value: unknown }[] = [];
  for await (const entity of table.listEntities<Record<string, unknown>>({ queryOptions: { filter } })) {
    rows.push({ rowKey: entity.rowKey as string, value: fromProperties(entity) });
  }
  return rows;
}

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
  for (const { proposal, kept } of members) if (running.get(proposal) === kept.revision) objections = addObjections(objections, kept.objections);
  return { ...emptyTally, objections };
}

/**
 * What the health of a circle (or of the organisation, without `circleId`) is read
 * from: the tallies kept of its decided records and meetings, and the objections
 * of what is still undecided. Three requests sent at once: the projection marker,
 * the tally (one point read, or for the organisation the range of every circle's)
 * and the undecided records' rows; each range costs one more per 1,000 rows.
 */
export async function readHealthTally(table: TableClient, tenantId: string, circleId: string | undefined): Promise<HealthTally | 'unprojected'> {
  const partitionKey = governancePartition(tenantId);
  const tallies = async (): Promise<HealthTally[]> => {
    if (circleId === undefined) return (await rowsOf(table, partitionKey, tallyRange)).map((row) => row.value as HealthTally);
    const row = await pointRead(table, partitionKey, tallyKey(circleId));
    return row ? [fromProperties(row) as HealthTally] : [];
  };
  const [marker, decided, undecided] = await Promise.all([
    pointRead(table, partitionKey, healthProjectedMarker),
    tallies(),
    rowsOf(table, partitionKey, circleId === undefined ? undecidedPrefix : undecidedRange(circleId)),
  ]);
  if (!marker) return 'unprojected';
  return [...decided, undecidedTally(undecided)].reduce(addTallies, emptyTally);
}
