import { startedOnFirstUse } from '../../functions/composition/started-on-first-use';

describe('an instance’s services, started on first use', () => {
  it('starts once and hands every later caller the same start', async () => {
    let starts = 0;
    const ready = startedOnFirstUse(async () => ({ start: ++starts }));
    const [first, second] = await Promise.all([ready(), ready()]);
    expect(await ready()).toBe(first);
    expect(second).toBe(first);
    expect(starts).toBe(1);
  });

  it('forgets a start that failed, so the next request starts again and the instance recovers', async () => {
    let storageUp = false;
    let starts = 0;
    const ready = startedOnFirstUse(async () => {
      starts += 1;
      if (!storageUp) throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:10002'), { code: 'ECONNREFUSED' });
      return { start: starts };
    });
    // Callers waiting on the same failed start all hear its failure.
    const waiting = await Promise.allSettled([ready(), ready()]);
    expect(waiting.map((outcome) => outcome.status)).toEqual(['rejected', 'rejected']);
    await expect(ready()).rejects.toThrow('ECONNREFUSED');
    storageUp = true;
    expect(await ready()).toEqual({ start: 3 });
    expect(await ready()).toEqual({ start: 3 });
    expect(starts).toBe(3);
  });
});
