import type { TableClient } from '@azure/data-tables';
import type { StructureEvent } from '../../shared';
import { StructureEvent as StructureEventSchema } from '../../shared';
import { changeStructure } from '../../functions/application/change-structure';
import { EventHistory } from '../../functions/storage/event-history';
import type { EventAggregate } from '../../functions/storage/event-rows';
import { StructureStore } from '../../functions/storage/structure-store';
import { ensureTable, tableClient } from '../../functions/storage/table-storage';
import { startAzurite, type RunningAzurite } from '../support/azurite';
import { careCoop } from '../support/care-coop';
import { now } from '../support/clock';
import { admin, as } from '../support/people';

let azurite: RunningAzurite;
let table: TableClient;

beforeAll(async () => {
  azurite = await startAzurite();
  table = tableClient(azurite.connectionString, 'structures');
  await ensureTable(table);
}, 30_000);
afterAll(async () => {
  await azurite?.stop();
});

async function seeded(tenantId: string) {
  const store = new StructureStore(table);
  expect(await store.save(await store.load(tenantId), careCoop())).toBe(true);
  return store;
}

async function history(tenantId: string, aggregate: EventAggregate, recordId: string): Promise<StructureEvent[]> {
  return [...((await new EventHistory(table).page(tenantId, aggregate, recordId, StructureEventSchema, 100))?.events ?? [])];
}

const newcomer = (personId: string) => ({
  type: 'add-member',
  circleId: 'northside',
  member: { personId, displayName: `Carer ${personId}`, guest: false },
});

describe('the structure keeps its events (real Azurite)', () => {
  it('keeps each circle’s events under that circle, and the organisation’s settings apart', async () => {
    const store = await seeded('tenant-circles');
    const created = {
      type: 'create-circle',
      circleId: 'southside',
      name: 'Southside care team',
      aim: 'Support people at home in Southside',
      domain: 'Rotas in Southside',
      parentId: 'hub',
    };
    const changed = await changeStructure(
      store,
      'tenant-circles',
      [created, { ...newcomer('ines'), circleId: 'southside' }, { type: 'set-role-limit', roleLimit: 4 }],
      admin,
      now,
    );
    expect(changed.ok).toBe(true);
    expect((await history('tenant-circles', 'circle', 'southside')).map((event) => [event.type, event.by, event.at])).toEqual([
      ['circle-created', 'admin', now],
      ['member-added', 'admin', now],
    ]);
    expect((await history('tenant-circles', 'organisation', 'settings')).map((event) => event.type)).toEqual(['role-limit-set']);
    expect(await history('tenant-circles', 'circle', 'northside')).toEqual([]);
  });

  it('keeps both of two changes to one circle made at once, and nothing of a refused change', async () => {
    const store = await seeded('tenant-race');
    const results = await Promise.all(
      ['ines', 'jo'].map((personId) => changeStructure(store, 'tenant-race', newcomer(personId), admin, now)),
    );
    expect(results.every((result) => result.ok)).toBe(true);
    const refused = await changeStructure(
      store,
      'tenant-race',
      [newcomer('kai'), { type: 'add-member', circleId: 'nowhere', member: { personId: 'kai', displayName: 'Kai', guest: false } }],
      admin,
      now,
    );
    expect(refused.ok).toBe(false);
    const events = await history('tenant-race', 'circle', 'northside');
    expect(events.map((event) => (event.type === 'member-added' ? event.member.personId : event.type)).sort()).toEqual(['ines', 'jo']);
  });

  it('a step by someone who may not change the circle keeps nothing', async () => {
    const store = await seeded('tenant-refused');
    expect((await changeStructure(store, 'tenant-refused', newcomer('ines'), as('farid'), now)).ok).toBe(false);
    expect(await history('tenant-refused', 'circle', 'northside')).toEqual([]);
  });
});
