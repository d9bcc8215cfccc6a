/** What a polled address has given so far. */
export interface Polled<T> {
  /** The last body the API sent (kept through `304`s and errors), or null before the first. */
  readonly body: T | null;
  /** The page's clock (ms) when that body came: its server `now` plus the time since then is the server's time now. */
  readonly receivedAt: number | null;
  /** Why the last read failed, in the API's words; null once a read succeeds again. */
  readonly error: string | null;
}

/** What polling needs from the page, so it can run (and be tested) without a browser. */
export interface PollerPorts<T> {
  /** A conditional read: the new body and its ETag, or null when the API answered `304 Not Modified`. */
  read(etag: string | null): Promise<{ readonly body: T; readonly etag: string | null } | null>;
  /** Whether the page is hidden (another Teams app or tab in front): nobody would see a change. */
  hidden(): boolean;
  /** Calls back when the page is shown or hidden again; returns how to stop listening. */
  onVisibilityChange(listener: () => void): () => void;
  /** Runs `then` after `ms`; returns how to cancel it. */
  wait(ms: number, then: () => void): () => void;
  now(): number;
}

export interface PollerTiming {
  /** Between two reads while all is well: a second, so a change shows on every panel within two. */
  readonly intervalMs: number;
  /** The longest wait after failures, which double the wait each time from `intervalMs`. */
  readonly longestWaitMs: number;
}

export const defaultTiming: PollerTiming = { intervalMs: 1000, longestWaitMs: 30_000 };

/** A running poll. */
export interface Polling {
  stop(): void;
  /** Reads now rather than at the next tick (after the page's own step); a read under way is followed by another, as it may have left before the step. */
  readNow(): void;
}

const wordsOf = (caught: unknown): string => (caught instanceof Error ? caught.message : String(caught));

/**
 * Reads an address again and again, one read at a time, each sending the last ETag so
 * an unchanged record costs a `304` and no body. A hidden page stops reading and reads
 * at once when shown again. Failures keep the last body, say why, and wait twice as
 * long each time up to `longestWaitMs`. `changed` is called only when what it was
 * given would differ. Returns how to stop, and how to read at once.
 */
export function poll<T>(ports: PollerPorts<T>, changed: (polled: Polled<T>) => void, timing: PollerTiming = defaultTiming): Polling {
  let state: Polled<T> = { body: null, receivedAt: null, error: null };
  let etag: string | null = null;
  let failures = 0;
  let stopped = false;
  let reading = false;
  let readAgain = false;
  let cancelWait: (() => void) | null = null;

  const set = (next: Polled<T>) => {
    if (next.body === state.body && next.error === state.error) return;
    state = next;
    changed(state);
  };
  const schedule = () => {
    if (stopped || ports.hidden()) return;
    const waitMs = failures === 0 ? timing.intervalMs : Math.min(timing.intervalMs * 2 ** failures, timing.longestWaitMs);
    cancelWait = ports.wait(waitMs, () => {
      cancelWait = null;
      void read();
    });
  };
  async function read(): Promise<void> {
    if (stopped || ports.hidden()) return;
    if (reading) {
      readAgain = true;
      return;
    }
    reading = true;
    try {
      const answer = await ports.read(etag);
      failures = 0;
      if (answer) {
        etag = answer.etag;
        set({ body: answer.body, receivedAt: ports.now(), error: null });
      } else set({ ...state, error: null });
    } catch (caught) {
      failures += 1;
      set({ ...state, error: wordsOf(caught) });
    } finally {
      reading = false;
    }
    if (readAgain) {
      readAgain = false;
      void read();
    } else schedule();
  }
  const stopListening = ports.onVisibilityChange(() => {
    // Shown again: read now rather than a second late; hidden: the wait already set runs out, and `read` stops there.
    if (!ports.hidden() && !cancelWait) void read();
  });
  void read();
  return {
    stop: () => {
      stopped = true;
      cancelWait?.();
      stopListening();
    },
    readNow: () => {
      cancelWait?.();
      cancelWait = null;
      void read();
    },
  };
}
