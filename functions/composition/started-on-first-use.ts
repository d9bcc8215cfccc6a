/**
 * Starts something on the first call and hands the same start to every later one.
 * A start that failed (storage down when the instance took its first request) is
 * forgotten, so the next call starts again and the instance recovers on its own
 * once storage is back; callers waiting on the failed start all hear its failure.
 */
export function startedOnFirstUse<T>(start: () => Promise<T>): () => Promise<T> {
  let started: Promise<T> | undefined;
  return () => {
    started ??= start().catch((error: unknown) => {
      started = undefined;
      throw error;
    });
    return started;
  };
}
