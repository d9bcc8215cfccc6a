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
  it('the general circle and the role limit are an organisation admin’s; a secretary creates circles inside their own', async () => {
    expect((await call('GET', 'setup', 'admin')).body).toMatchObject({ mayCreateGeneralCircle: true, roleLimit: 3, maySetRoleLimit: true });
    const amara = (await call('GET', 'setup', 'amara')).body;
    expect(amara).toEqual({ mayCreateGeneralCircle: false, createCircleIn: [], roleLimit: 3, maySetRoleLimit: false });
    expect((await call('GET', 'setup', 'dev')).body.createCircleIn).toEqual(['northside']);
  });

  it('lets the admin change the role limit, refused to anyone else on the rule that says so', async () => {
    const refused = await call('POST', 'structure/commands', 'amara', { type: 'set-role-limit', roleLimit: 2 });
    expect([refused.status, refused.body.error.code]).toEqual([403, 'not-permitted']);
    const tooMany = await call('POST', 'structure/commands', 'admin', { type: 'set-role-limit', roleLimit: 51 });
    expect([tooMany.status, tooMany.body.error.field]).toEqual([400, 'roleLimit']);
    expect((await call('POST', 'structure/commands', 'admin', { type: 'set-role-limit', roleLimit: 2 })).status).toBe(200);
    expect((await call('GET', 'setup', 'amara')).body.roleLimit).toBe(2);
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
