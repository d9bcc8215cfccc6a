import { listedCircle } from '../../shared';
import type { RoundTrips } from '../../functions/storage/table-storage';
import { useApi } from '../support/api-host';
import { careCoop, circleOf } from '../support/care-coop';

const roundTrips: RoundTrips = { count: 0 };
const { call, api } = useApi({ roundTrips });

/** Storage requests one call sends. */
async function requestsOf(path: string, person = 'farid'): Promise<number> {
  const before = roundTrips.count;
  expect((await call('GET', path, person)).status).toBeLessThan(500);
  return roundTrips.count - before;
}

describe('the circle map and one circle over HTTP (GET /api/circles, GET /api/circles/{circleId}, real Azurite)', () => {
  it('gives the map: each circle without its members, terms or policy, with who holds each role today by name', async () => {
    const { status, body } = await call('GET', 'circles', 'farid');
    expect(status).toBe(200);
    expect(body.roleLimit).toBe(careCoop().roleLimit);
    const northside = body.circles.find((circle: { circleId: string }) => circle.circleId === 'northside');
    expect(Object.keys(northside).sort()).toEqual(['aim', 'archived', 'binding', 'circleId', 'holders', 'memberCount', 'name', 'parentId']);
    expect(northside).toMatchObject({
      name: 'Northside care team',
      parentId: 'hub',
      memberCount: 5,
      holders: { leader: { personId: 'amara', displayName: 'Amara Okafor' } },
    });
  });

  it('reads the map in three requests sent at once, and one circle with one point read', async () => {
    await call('GET', 'circles', 'farid');
    expect(await requestsOf('circles')).toBe(3);
    expect(await requestsOf('circles/northside')).toBe(1);
    expect(await requestsOf('circles/nowhere')).toBe(1);
  });

  it('gives one circle whole, as it is listed: members, terms, roles (the standard ones in the caller’s words) and who holds each today', async () => {
    const { status, body } = await call('GET', 'circles/northside', 'ben');
    expect(status).toBe(200);
    const today = api().services.now().slice(0, 10);
    const listed = JSON.parse(JSON.stringify(listedCircle(circleOf(careCoop(), 'northside'), today)));
    const named: Record<string, string> = { leader: 'Leader', delegate: 'Delegate', facilitator: 'Facilitator', secretary: 'Secretary' };
    const roles = listed.roles.map((role: { roleId: string; name: string }) => ({ ...role, name: named[role.roleId] ?? role.name }));
    expect(body.circle).toEqual({ ...listed, roles });
  });

  it('answers 404 on the circle id for a circle that is not there, 400 for an id no circle can have, 401 without a caller', async () => {
    const missing = await call('GET', 'circles/nowhere', 'ben');
    expect([missing.status, missing.body.error.code, missing.body.error.field]).toEqual([404, 'not-found', 'circleId']);
    const hostile = await call('GET', 'circles/constructor', 'ben');
    expect([hostile.status, hostile.body.error.field]).toEqual([400, 'circleId']);
    expect((await call('GET', 'circles/northside', '')).status).toBe(401);
    expect((await call('POST', 'circles/northside', 'ben', {})).body.error).toMatchObject({ code: 'method-not-allowed' });
  });
});
