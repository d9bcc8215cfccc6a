import { availableStructureSteps } from '../../shared';
import { useApi } from '../support/api-host';
import { careCoop } from '../support/care-coop';
import { as } from '../support/people';

const { call, api } = useApi();

describe('the steps on a circle’s structure the caller may take, over HTTP (GET /api/circles/{circleId} `steps.change`, real Azurite)', () => {
  it('gives the core’s answer: its secretary keeps its records, the admin moves and archives it, a plain member nothing', async () => {
    const now = api().services.now();
    const change = async (circleId: string, person: string) => (await call('GET', `circles/${circleId}`, person)).body.steps.change;
    const { status, body } = await call('GET', 'circles/northside', 'dev');
    expect(status).toBe(200);
    expect(body.steps.change).toEqual(availableStructureSteps(careCoop(), 'northside', as('dev'), now));
    expect(body.steps.change).toContain('remove-member');
    expect(body.steps.change).not.toContain('archive-circle');
    expect(await change('finance', 'admin')).toEqual(expect.arrayContaining(['archive-circle', 'move-circle']));
    expect(await change('northside', 'farid')).toEqual([]);
    // Ben keeps the parent's records: of Northside's, only its leader's term.
    expect(await change('northside', 'ben')).toEqual(['assign-role', 'end-term']);
  });

  it('answers 404 on the circle id for a circle that is not there, 400 for an id no circle can have, 401 without a caller', async () => {
    const missing = await call('GET', 'circles/nowhere', 'ben');
    expect([missing.status, missing.body.error.code, missing.body.error.field]).toEqual([404, 'not-found', 'circleId']);
    expect((await call('GET', 'circles/constructor', 'ben')).status).toBe(400);
    expect((await call('GET', 'circles/northside', '')).status).toBe(401);
  });
});
