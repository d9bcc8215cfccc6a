/**
 * Codes of a request that never reached storage or never came back: the connection
 * was refused, reset or dropped, the name did not resolve, or the SDK could not send.
 */
const unreachable = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'ESOCKETTIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'REQUEST_SEND_ERROR',
]);

/** 501 and 505 say the request can never succeed there; retrying would not help. */
const permanent = new Set([501, 505]);

const field = (error: object, name: string): unknown => (name in error ? (error as Record<string, unknown>)[name] : undefined);

/**
 * Whether a failure says storage is down or overloaded rather than that the request
 * was wrong: a connection refused or reset, our deadline (an AbortError), a 408, or a
 * 5xx (503 ServerBusy, 500, 504). Callers answer it with a retryable 503.
 */
export function isStorageUnavailable(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 4) return false;
  const status = field(error, 'statusCode');
  if (typeof status === 'number') return status === 408 || (status >= 500 && !permanent.has(status));
  const name = field(error, 'name');
  if (name === 'AbortError' || name === 'TimeoutError') return true;
  const code = field(error, 'code');
  if (typeof code === 'string' && unreachable.has(code)) return true;
  // Node reports a refused dual-stack connection as an AggregateError of one error per address.
  const errors = field(error, 'errors');
  if (Array.isArray(errors) && errors.some((inner) => isStorageUnavailable(inner, depth + 1))) return true;
  return isStorageUnavailable(field(error, 'cause'), depth + 1);
}

/** A failure in a few words for a log line: its code or status, and its message. */
export function faultOf(error: unknown): string {
  if (typeof error !== 'object' || error === null) return String(error);
  const status = field(error, 'statusCode');
  const label = typeof status === 'number' ? status : (field(error, 'code') ?? field(error, 'name'));
  const message = field(error, 'message');
  return [label, typeof message === 'string' ? message.split('\n')[0] : undefined]
    .filter((part) => part !== undefined && part !== '')
    .join(': ');
}
