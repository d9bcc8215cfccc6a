import type { Result } from '../../../shared';
import { fail, ok } from '../../../shared';
import { CloseUnderWay, ContentionError, maxAttempts } from '../../../functions/application/contention';
import type { Aggregate } from '../../../functions/application/handle-command';
import { handleCommand } from '../../../functions/application/handle-command';
import type { Readiness } from '../../../functions/application/ports/proposal-repository';

/** A rota of weekend shifts kept in one counter: each read sees what the writers before it left. */
function rota(options: { conflicts?: number; readiness?: Readiness[]; settled?: Result<string> | null; refuse?: boolean } = {}) {
  const seen = { loads: 0, decidedOn: [] as number[], saves: 0 };
  let conflicts = options.conflicts ?? 0;
  const readiness = [...(options.readiness ?? [])];
  const aggregate: Aggregate<number, number, string> = {
    what: 'The weekend rota',
    load: async () => {
      seen.loads += 1;
      return seen.loads * 10;
    },
    settled: () => options.settled ?? null,
    readiness: async () => readiness.shift() ?? 'ready',
    decide: (version) => {
      seen.decidedOn.push(version);
      return options.refuse ? fail('not-eligible', 'onlyEligibleAnswer') : ok(version + 1);
    },
    save: async (_version, next) => {
      seen.saves += 1;
      if (conflicts > 0) {
        conflicts -= 1;
        return 'conflict';
      }
      return ok(`shift ${next}`);
    },
    changeOf: () => ({ events: [] }),
  };
  return { aggregate, seen };
}

describe('the one command handler', () => {
  it('decides again on fresh state when another writer saved first', async () => {
    const { aggregate, seen } = rota({ conflicts: 2 });
    expect(await handleCommand(aggregate)).toEqual(ok('shift 31'));
    expect(seen.decidedOn).toEqual([10, 20, 30]);
  }, 30_000);

  it('gives up with a retryable contention naming the aggregate after a bounded number of attempts', async () => {
    const { aggregate, seen } = rota({ conflicts: maxAttempts });
    await expect(handleCommand(aggregate)).rejects.toThrow(new ContentionError('The weekend rota', maxAttempts).message);
    expect(seen.saves).toBe(maxAttempts);
  }, 30_000);

  it('answers what is settled (a retried operation, a stale view) without deciding or saving', async () => {
    const { aggregate, seen } = rota({ settled: ok('shift 7, stored before') });
    expect(await handleCommand(aggregate)).toEqual(ok('shift 7, stored before'));
    expect(seen).toEqual({ loads: 1, decidedOn: [], saves: 0 });
  });

  it('saves nothing the core refused', async () => {
    const { aggregate, seen } = rota({ refuse: true });
    const result = await handleCommand(aggregate);
    expect(result.ok ? null : result.error.code).toBe('not-eligible');
    expect(seen.saves).toBe(0);
  });

  it('waits while a close is under way and reads again after a stale mark was broken, deciding only on a ready state', async () => {
    const { aggregate, seen } = rota({ readiness: ['busy', 'changed'] });
    expect(await handleCommand(aggregate)).toEqual(ok('shift 31'));
    expect(seen.decidedOn).toEqual([30]);
  });

  it('says a close is under way, not that the round closed, when it stays busy for every attempt', async () => {
    const { aggregate, seen } = rota({ readiness: Array.from({ length: maxAttempts }, () => 'busy' as const) });
    await expect(handleCommand(aggregate)).rejects.toBeInstanceOf(CloseUnderWay);
    expect(seen.decidedOn).toEqual([]);
  }, 30_000);
});
