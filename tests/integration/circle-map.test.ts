import type { CircleMapEntry } from '../../shared';
import { circleMap, circleMapEntry } from '../../shared';
import { changeStructure } from '../../functions/application/change-structure';
import { readCircleMap } from '../../functions/application/read-circle-map';
import { circleMapKey, circleMapPrefix, circleMapProjectedMarker } from '../../functions/storage/circle-map-projection';
import { CircleMapStore } from '../../functions/storage/circle-map-store';
import { fromProperties } from '../../functions/storage/entity-codec';
import { governancePartition, rowsUnder } from '../../functions/storage/keys';
import { rowsWhere } from '../../functions/storage/table-storage';
import { careCoop } from '../support/care-coop';
import { daysFromNow, now } from '../support/clock';
import { governanceTable } from '../support/governance-table';
import { admin, people } from '../support/people';
import { noteRowsRead } from '../support/rows-read';
import { selectNorthsideDelegate } from '../support/northside-delegate';
import { wordsOf } from '../support/refusal-words';

const governance = governanceTable();
const ports = () => ({ ...governance.ports(), circleMap: new CircleMapStore(governance.table) });

/** Every row key storage answered with: what a read cost. */
const keysRead: string[] = [];
beforeAll(() => noteRowsRead(governance.table, keysRead));

/** The map's rows as stored, by circle, with each row's ETag. */
async function mapRows(tenantId: string): Promise<Map<string, { entry: CircleMapEntry; etag: string }>> {
  const rows = await rowsWhere(governance.table, governancePartition(tenantId), rowsUnder(circleMapPrefix));
  return new Map(
    rows.map((row) => [
      (row.rowKey as string).slice(circleMapPrefix.length + 1),
      { entry: fromProperties(row) as CircleMapEntry, etag: row.etag as string },
    ]),
  );
}

const entries = (rows: Map<string, { entry: CircleMapEntry }>) => new Map([...rows].map(([circleId, { entry }]) => [circleId, entry]));

/** What the core makes of the structure as stored now. */
async function expected(tenantId: string): Promise<Map<string, CircleMapEntry>> {
  const { structure } = await ports().structures.load(tenantId);
  return new Map(Object.values(structure.circles).map((circle) => [circle.circleId, circleMapEntry(circle)]));
}

async function change(tenantId: string, command: object, by = admin) {
  const result = await changeStructure(ports().structures, tenantId, command, by, now);
  if (!result.ok) throw new Error(`${result.error.code}: ${wordsOf(result.error)}`);
}

describe('the circle map kept on write (real Azurite)', () => {
  it('keeps each circle’s entry as the core maps the structure, through a run of structure changes, writing only the circles that changed', async () => {
    const tenantId = 'map-run';
    const structures = ports().structures;
    expect(await structures.save(await structures.load(tenantId), careCoop())).toBe(true);
    expect(entries(await mapRows(tenantId))).toEqual(await expected(tenantId));
    const steps: [object, string[]][] = [
      [{ type: 'add-member', circleId: 'finance', member: people.hana }, ['finance']],
      [{ type: 'remove-member', circleId: 'hub', personId: 'esi' }, ['hub']],
      [{ type: 'rename-circle', circleId: 'finance', name: 'Money and pay' }, ['finance']],
      [{ type: 'describe-circle', circleId: 'hub', aim: 'Good care at home, decided together', domain: 'The co-op' }, ['hub']],
      [{ type: 'create-circle', circleId: 'kitchen', name: 'Kitchen', aim: 'Good food for every shift', parentId: 'hub' }, ['kitchen']],
      [{ type: 'add-member', circleId: 'kitchen', member: people.amara }, ['kitchen']],
      [
        {
          type: 'assign-role',
          circleId: 'kitchen',
          assignmentId: 'kitchen-leader',
          roleId: 'leader',
          personId: 'amara',
          termStart: '2026-11-21',
        },
        ['kitchen'],
      ],
      [{ type: 'end-term', circleId: 'kitchen', assignmentId: 'kitchen-leader', lastDay: '2026-12-31' }, ['kitchen']],
      [{ type: 'bind-circle', circleId: 'kitchen', binding: { kind: 'chat', chatId: 'kitchen-chat' } }, ['kitchen']],
      [{ type: 'archive-circle', circleId: 'kitchen' }, ['kitchen']],
      // The map shows neither policy nor roles: a change of them leaves the map as it was.
      [{ type: 'set-circle-policy', circleId: 'northside', policy: { standAsideAllowed: false } }, []],
      [{ type: 'define-role', circleId: 'northside', role: { roleId: 'cook', name: 'Cook' } }, []],
    ];
    for (const [command, changed] of steps) {
      const before = await mapRows(tenantId);
      await change(tenantId, command);
      const after = await mapRows(tenantId);
      expect(entries(after)).toEqual(await expected(tenantId));
      const rewritten = [...after].filter(([circleId, row]) => before.get(circleId)?.etag !== row.etag).map(([circleId]) => circleId);
      expect({ command, rewritten }).toEqual({ command, rewritten: changed });
    }
    // The selection records the term in the circle's row.
    await selectNorthsideDelegate(ports().selections, tenantId, daysFromNow(10));
    expect(entries(await mapRows(tenantId))).toEqual(await expected(tenantId));
    expect((await mapRows(tenantId)).get('northside')?.entry.terms).toContainEqual(
      expect.objectContaining({ roleId: 'delegate', personId: 'dev', termStart: '2027-01-01' }),
    );
  }, 60_000);

  it('a rebuild writes what the writes kept, puts back a lost entry and removes one no circle backs', async () => {
    const tenantId = 'map-run';
    const kept = entries(await mapRows(tenantId));
    const partitionKey = governancePartition(tenantId);
    await governance.table.deleteEntity(partitionKey, circleMapProjectedMarker);
    await governance.table.deleteEntity(partitionKey, circleMapKey('finance'));
    await governance.table.upsertEntity({ partitionKey, rowKey: circleMapKey('ghost'), name: 'Gone' });
    expect(await ports().circleMap.map(tenantId)).toBe('unprojected');
    // The read finds the map not kept, has it rebuilt, and reads it again.
    const read = await readCircleMap(ports(), tenantId, '2026-11-21');
    expect(entries(await mapRows(tenantId))).toEqual(kept);
    expect(read.circles).toEqual(expect.arrayContaining(circleMap((await ports().structures.load(tenantId)).structure, '2026-11-21')));
    expect(read.circles).toHaveLength(kept.size);
  }, 60_000);

  it('reads the map from its own rows, the settings and the marker: no circle whole, three requests at once', async () => {
    const tenantId = 'map-run';
    const before = governance.roundTrips.count;
    keysRead.length = 0;
    const { circles, roleLimit } = await readCircleMap(ports(), tenantId, '2026-11-21');
    expect(governance.roundTrips.count - before).toBe(3);
    expect(keysRead.filter((rowKey) => rowKey.startsWith('circle|'))).toEqual([]);
    expect(keysRead.filter((rowKey) => !rowKey.startsWith(`${circleMapPrefix}|`)).sort()).toEqual([circleMapProjectedMarker, 'settings']);
    expect(roleLimit).toBe(careCoop().roleLimit);
    expect(circles.find((circle) => circle.circleId === 'northside')).toMatchObject({
      memberCount: 5,
      holders: { leader: { personId: 'amara', displayName: 'Amara Okafor' } },
    });
  });
});
