import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiClient } from '../api/client';
import { defaultTiming, poll, type Polled, type Polling, type PollerTiming } from './poller';

/**
 * The body at `path` below the API, read again every second with `If-None-Match` while
 * the page is shown (see `poll`); a new `path` or client starts afresh, null reads nothing.
 * `readNow` reads at once, so a page shows its own step without waiting for the next tick.
 */
export function usePolled<T>(api: ApiClient, path: string | null, timing: PollerTiming = defaultTiming): Polled<T> & { readNow(): void } {
  const [polled, setPolled] = useState<Polled<T>>({ body: null, receivedAt: null, error: null });
  const polling = useRef<Polling | null>(null);
  const { intervalMs, longestWaitMs } = timing;
  useEffect(() => {
    setPolled({ body: null, receivedAt: null, error: null });
    if (path === null) return undefined;
    const running = poll<T>(
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
    polling.current = running;
    return () => {
      running.stop();
      polling.current = null;
    };
  }, [api, path, intervalMs, longestWaitMs]);
  const readNow = useCallback(() => polling.current?.readNow(), []);
  return { ...polled, readNow };
}
