import type { TableClient } from '@azure/data-tables';
import type { CalendarHolder } from '../../functions/application/ports/calendar-repository';
import { CalendarStore } from '../../functions/storage/calendar-store';
import { key, quoted, rowsUnder } from '../../functions/storage/keys';
import { ensureTable, tableClient } from '../../functions/storage/table-storage';
import { startAzurite, type RunningAzurite } from '../support/azurite';

/**
 * A circle of 150 members: a change of every member's row is more than one
 * transaction (a transaction holds 100 rows), so its later transactions must be
 * guarded as the first is. Real Azurite; the store alone, one writer held between
 * its transactions while the other writes.
 */
const circleId = 'care-team';
let azurite: RunningAzurite;
let table: TableClient;
let store: CalendarStore;

beforeAll(async () => {
  azurite = await startAzurite();
  table = tableClient(azurite.connectionString, 'governance');
  await ensureTable(table);
  store = new CalendarStore(table);
}, 30_000);

afterAll(async () => {
  await azurite?.stop();
});

const people = Array.from({ length: 150 }, (_, i) => `carer-${String(i).padStart(3, '0')}`);
const holderNaming = (name: (personId: string) => string): CalendarHolder => ({
  name: 'Care team',
  archived: false,
  members: people.map((personId) => ({ personId, displayName: name(personId) })),
});

/** A table whose transactions after the first wait for (or fail with) what the test says. */
function heldAfterFirstTransaction(between: () => Promise<void>): TableClient {
  let sent = 0;
  const held: Partial<TableClient> = {
    submitTransaction: async (actions) => {
      sent += 1;
      if (sent === 2) await between();
      return table.submitTransaction(actions);
    },
  };
  return Object.assign(Object.create(table) as TableClient, held);
}

/** The circle's calendar as kept: the holder's members and each person's own row. */
async function stored(tenantId: string): Promise<{ holder: CalendarHolder | null; rows: Map<string, string | null> }> {
  const { holder } = await store.circle(tenantId, circleId);
  const rows = new Map<string, string | null>();
  const filter = `PartitionKey eq ${quoted(key(tenantId, 'calendar'))} and ${rowsUnder('person')}`;
  for await (const row of table.listEntities<{ circleId: string; displayName: string; member: boolean }>({ queryOptions: { filter } })) {
    if (row.circleId === circleId) rows.set(String(row.rowKey).split('|')[1] ?? '', row.member ? row.displayName : null);
  }
  return { holder, rows };
}

/** What every person's row says when the calendar is kept as `holder` says. */
const rowsOf = (holder: CalendarHolder) => new Map(holder.members.map((m) => [m.personId, m.displayName]));

async function keptWith(tenantId: string, holder: CalendarHolder): Promise<void> {
  expect(await store.save(tenantId, await store.circle(tenantId, circleId), holder, [])).toBe(true);
  expect(await stored(tenantId)).toEqual({ holder, rows: rowsOf(holder) });
}

describe('a change of a large circle’s calendar', () => {
  it('two changes of 150 members’ rows racing leave the rows of one of them, never a mix', async () => {
    const tenantId = 'racing-dev';
    await keptWith(
      tenantId,
      holderNaming((personId) => `Carer ${personId}`),
    );
    const first = holderNaming((personId) => `First ${personId}`);
    const second = holderNaming((personId) => `Second ${personId}`);
    const overtaken = new CalendarStore(
      heldAfterFirstTransaction(async () => {
        // The second writer reads after the first writer's first transaction, and writes whole.
        expect(await store.save(tenantId, await store.circle(tenantId, circleId), second, [])).toBe(true);
      }),
    );

    const saved = await overtaken.save(tenantId, await store.circle(tenantId, circleId), first, []);

    const kept = await stored(tenantId);
    expect(saved).toBe(false);
    expect(kept).toEqual({ holder: second, rows: rowsOf(second) });
  }, 30_000);

  it('a change cut off after its first transaction is finished by the next save of the same calendar', async () => {
    const tenantId = 'cut-off-dev';
    await keptWith(
      tenantId,
      holderNaming((personId) => `Carer ${personId}`),
    );
    const renamed = holderNaming((personId) => `Renamed ${personId}`);
    const cutOff = new CalendarStore(
      heldAfterFirstTransaction(async () => {
        throw new Error('connection reset');
      }),
    );
    await expect(cutOff.save(tenantId, await store.circle(tenantId, circleId), renamed, [])).rejects.toThrow('connection reset');
    const halfway = await store.circle(tenantId, circleId);
    expect([halfway.holder, halfway.settling.length]).toEqual([renamed, 51]);

    await keptWith(tenantId, renamed);
    expect((await store.circle(tenantId, circleId)).settling).toEqual([]);
  }, 30_000);
});
