import pLimit from 'p-limit';

/**
 * The most requests one use case sends to storage at once. A timer with hundreds of
 * reminders due would otherwise send hundreds of point reads together; a busy store
 * then answers the last of them past the storage deadline (1.5 s) and the run fails.
 * Sixteen keep a store's connections busy without a queue behind them.
 */
export const readsAtOnce = 16;

/** Runs every request, at most `readsAtOnce` of them in flight; their answers in the order given. */
export function fewAtOnce<T>(reads: readonly (() => Promise<T>)[]): Promise<T[]> {
  const limit = pLimit(readsAtOnce);
  return Promise.all(reads.map((read) => limit(read)));
}
