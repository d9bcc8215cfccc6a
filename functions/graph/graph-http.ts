/** How the Graph clients of this folder talk HTTP: one call, retried through throttling and faults. */

export interface GraphHttpDeps {
  readonly fetch?: typeof fetch;
  /** Every wait goes through here, so tests record waits instead of sleeping. */
  readonly sleep?: (ms: number) => Promise<void>;
  /** The clock Retry-After dates and token lifetimes are read against. */
  readonly now?: () => number;
  /** 0 ≤ value < 1; spreads the back-off of many instances retrying at once. */
  readonly random?: () => number;
  /** Tries of one call in all; the first included. */
  readonly maxAttempts?: number;
  /** The longest wait between tries: short where a person waits, longer for a timer's work. */
  readonly longestWaitMs?: number;
  /** How long one try may take before it counts as lost. */
  readonly requestTimeoutMs?: number;
}

export interface Call {
  readonly method: 'GET' | 'POST' | 'PATCH';
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly body?: string;
}

export interface Reply {
  readonly status: number;
  readonly headers: Headers;
  readonly body: unknown;
}

/** Either Graph's or Entra's answer, or no answer at all after every try (`message` says why, for the log). */
export type Exchanged = { readonly ok: true; readonly reply: Reply } | { readonly ok: false; readonly message: string };

const exchangeError = (message: string): Exchanged => ({ ok: false, message });

const secondMs = 1000;
/** Graph's throttling guidance: wait as long as Retry-After says; when it says nothing, a cautious default. */
const defaultThrottleMs = 10 * secondMs;
/** A person waits on a search; a notification may wait longer, but never minutes. */
const personWaitMs = 30 * secondMs;
const personTimeoutMs = 20 * secondMs;
const retriedStatuses = new Set([429, 500, 502, 503, 504]);

async function read(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

export const trimmed = (url: string) => url.replace(/\/+$/, '');

/** Sends a call, again after a 429 or 5xx (waiting as Retry-After says) or a lost connection, up to `maxAttempts` tries. */
export function graphExchange(deps: GraphHttpDeps = {}): (call: Call) => Promise<Exchanged> {
  const send = deps.fetch ?? fetch;
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const now = deps.now ?? Date.now;
  const random = deps.random ?? Math.random;
  const maxAttempts = Math.max(1, deps.maxAttempts ?? 3);
  const longestWaitMs = deps.longestWaitMs ?? personWaitMs;
  const requestTimeoutMs = deps.requestTimeoutMs ?? personTimeoutMs;

  const retryAfterMs = (reply: Reply): number | undefined => {
    const header = reply.headers.get('retry-after')?.trim();
    if (!header) return undefined;
    const ms = /^\d+$/.test(header) ? Number(header) * secondMs : Date.parse(header) - now();
    return Number.isNaN(ms) ? undefined : Math.min(longestWaitMs, Math.max(0, ms));
  };
  // 1 s, 2 s, 4 s … plus up to a quarter more, so instances that failed together do not return together.
  const backOffMs = (attempt: number) => {
    const base = Math.min(longestWaitMs, secondMs * 2 ** (attempt - 1));
    return Math.round(base + base * 0.25 * random());
  };

  return async (call) => {
    for (let attempt = 1; ; attempt += 1) {
      let reply: Reply;
      try {
        const signal = AbortSignal.timeout(requestTimeoutMs);
        const response = await send(call.url, { method: call.method, headers: call.headers, body: call.body, signal });
        reply = { status: response.status, headers: response.headers, body: await read(response) };
      } catch (error) {
        if (attempt >= maxAttempts) {
          const why = error instanceof Error ? error.message : String(error);
          return exchangeError(`No answer from ${new URL(call.url).host} after ${attempt} tries: ${why}`);
        }
        await sleep(backOffMs(attempt));
        continue;
      }
      if (!retriedStatuses.has(reply.status) || attempt >= maxAttempts) return { ok: true, reply };
      const told = retryAfterMs(reply);
      await sleep(told ?? (reply.status === 429 ? defaultThrottleMs : backOffMs(attempt)));
    }
  };
}
