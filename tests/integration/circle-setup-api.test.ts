import { defaultCirclePolicy } from '../../shared';
import { useApi } from '../support/api-host';

/**
 * The setup routes on the dev host and Azurite: whom the first run is for, and each
 * circle's checklist, read from the circle and its history as the core decides it.
 */
const { call } = useApi();

const undone = (body: Record<string, any>) =>
  body.setup.items.filter((entry: { done: boolean }) => !entry.done).map((entry: { item: string }) => entry.item);

describe('GET /api/setup and /api/circles/{circleId}/setup', () => {
  it('the general circle is for an organisation admin to start; anyone else is told so', async () => {
    expect((await call('GET', 'setup', 'admin')).body).toEqual({ mayCreateGeneralCircle: true });
    expect((await call('GET', 'setup', 'amara')).body).toEqual({ mayCreateGeneralCircle: false });
  });

  it('a circle’s checklist shrinks as its secretary binds a conversation and chooses how it decides', async () => {
    const before = await call('GET', 'circles/northside/setup', 'dev');
    expect(before.status).toBe(200);
    expect(undone(before.body)).toEqual(['conversation', 'policy']);
    expect(before.body).toMatchObject({ mayKeepRecords: true, setup: { unfilledRoles: [], complete: false } });
    // Ben keeps the hub's records, not Northside's: it has its own secretary.
    expect((await call('GET', 'circles/northside/setup', 'ben')).body.mayKeepRecords).toBe(false);

    await call('POST', 'structure/commands', 'dev', {
      type: 'bind-circle',
      circleId: 'northside',
      binding: { kind: 'chat', chatId: '19:northside@thread.v2' },
    });
    expect(undone((await call('GET', 'circles/northside/setup', 'dev')).body)).toEqual(['policy']);
    const chosen = await call('POST', 'structure/commands', 'dev', {
      type: 'set-circle-policy',
      circleId: 'northside',
      policy: { ...defaultCirclePolicy, closing: { ...defaultCirclePolicy.closing, deadlineDays: 5 } },
    });
    expect(chosen.status).toBe(200);
    const after = await call('GET', 'circles/northside/setup', 'dev');
    expect(after.body.setup.complete).toBe(true);
  });

  it('an unknown circle is a refusal naming the circle, not an empty checklist', async () => {
    const missing = await call('GET', 'circles/nowhere/setup', 'dev');
    expect(missing.status).toBe(404);
    expect(missing.body.error).toMatchObject({ code: 'not-found', field: 'circleId' });
  });
});
