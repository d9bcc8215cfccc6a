import type { RoundTrips } from '../../functions/storage/table-storage';
import { useApi } from '../support/api-host';

const roundTrips: RoundTrips = { count: 0 };
const { call } = useApi({ roundTrips });

type Listed = { circleId: string; archived?: boolean; members: { personId: string }[]; holders: Record<string, string>; roles: unknown[] };

/** The caller's circles as GET /api/circles/{circleId} gives each of the map's: what GET /api/me must give without reading them all. */
async function fromTheMap(person: string): Promise<Listed[]> {
  const { body } = await call('GET', 'circles', person);
  const circles = await Promise.all(
    (body.circles as { circleId: string }[]).map(
      async ({ circleId }) => (await call('GET', `circles/${circleId}`, person)).body.circle as Listed,
    ),
  );
  return circles.filter((circle) => !circle.archived && circle.members.some((member) => member.personId === person));
}

const ids = (circles: readonly Listed[]) => circles.map((circle) => circle.circleId).sort();

describe('a person’s own circles (GET /api/me, real Azurite)', () => {
  it('gives each active circle the caller is in, with roles and holders as the circle map lists them', async () => {
    for (const person of ['amara', 'dev', 'farid', 'admin', 'nobody-here']) {
      const { status, body } = await call('GET', 'me', person);
      expect({ person, status }).toEqual({ person, status: 200 });
      const expected = await fromTheMap(person);
      expect(ids(body.circles)).toEqual(ids(expected));
      for (const circle of body.circles as Listed[]) expect(circle).toEqual(expected.find((c) => c.circleId === circle.circleId));
    }
    expect(ids((await call('GET', 'me', 'dev')).body.circles).length).toBeGreaterThan(1);
  });

  it('reads the membership kept for the person, then only their circles, by point reads and ranges of their own', async () => {
    const circles = (await call('GET', 'me', 'dev')).body.circles as Listed[];
    const before = roundTrips.count;
    await call('GET', 'me', 'dev');
    // Markers, notices, the person's circles and inbox rows; then per circle its row, reviews, held reviews and latest meetings.
    expect(roundTrips.count - before).toBe(6 + 4 * circles.length);
  });

  it('follows the structure: a member removed no longer has the circle, a member added has it', async () => {
    const before = ids((await call('GET', 'me', 'farid')).body.circles);
    expect(before).toContain('northside');
    expect(
      (await call('POST', 'structure/commands', 'admin', { type: 'remove-member', circleId: 'northside', personId: 'farid' })).status,
    ).toBe(200);
    expect(ids((await call('GET', 'me', 'farid')).body.circles)).toEqual(before.filter((id) => id !== 'northside'));
    expect(
      (
        await call('POST', 'structure/commands', 'admin', {
          type: 'add-member',
          circleId: 'northside',
          member: { personId: 'farid', displayName: 'Farid', guest: false },
        })
      ).status,
    ).toBe(200);
    expect(ids((await call('GET', 'me', 'farid')).body.circles)).toEqual(before);
  });

  it('is refused without a caller, and to any method but GET', async () => {
    expect((await call('GET', 'me', '')).status).toBe(401);
    expect((await call('POST', 'me', 'amara', {})).body.error).toMatchObject({ code: 'method-not-allowed' });
  });
});
