import { useEffect, useState } from 'react';
import type { ApiClient } from '../api/client';
import { defaultTiming, poll, type Polled, type PollerTiming } from './poller';

/**
 * The body at `path` below the API, read again every second with `If-None-Match` while
 * the page is shown (see `poll`); a new `path` or client starts afresh, null reads nothing.
 */
export function usePolled<T>(api: ApiClient, path: string | null, timing: PollerTiming = defaultTiming): Polled<T> {
  const [polled, setPolled] = useState<Polled<T>>({ body: null, receivedAt: null, error: null });
  const { intervalMs, longestWaitMs } = timing;
  useEffect(() => {
    setPolled({ body: null, receivedAt: null, error: null });
    if (path === null) return undefined;
    return poll<T>(
      {
        read: (etag) => api.whenChanged<T>(path, etag),
        hidden: () => document.visibilityState === 'hidden',
        onVisibilityChange: (listener) => {
          document.addEventListener('visibilitychange', listener);
          return () => document.removeEventListener('visibilitychange', listener);
        },
        wait: (ms, then) => {
          const timer = window.setTimeout(then, ms);
          return () => window.clearTimeout(timer);
        },
        now: () => Date.now(),
      },
      setPolled,
      { intervalMs, longestWaitMs },
    );
  }, [api, path, intervalMs, longestWaitMs]);
  return polled;
}
