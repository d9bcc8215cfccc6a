import { createHash } from 'node:crypto';
import { HttpResponse, type HttpHandler } from '@azure/functions';

/**
 * The key of a body's server time. A reply that carries the time it was made (a
 * meeting with its running clocks) changes every second while its record does not;
 * its validator is made without that key, so a panel polling an unchanged meeting
 * still gets `304`. Such a validator is weak (`W/`): the bytes of two replies under
 * it differ in `now`, which RFC 9110 calls semantically equivalent, not identical.
 */
export const serverTimeKey = 'now';

/** What a reply's validator is made of: the body, or the body without its server time. */
function validated(body: unknown): { readonly text: string; readonly weak: boolean } {
  if (typeof body === 'object' && body !== null && !Array.isArray(body) && Object.hasOwn(body, serverTimeKey)) {
    const { [serverTimeKey]: _time, ...rest } = body as Record<string, unknown>;
    return { text: JSON.stringify(rest), weak: true };
  }
  return { text: JSON.stringify(body), weak: false };
}

/** The ETag of a JSON body: a hash of its bytes, weak when its server time was left out. */
export function etagOf(body: unknown): string {
  const { text, weak } = validated(body);
  const tag = `"${createHash('sha256').update(text).digest('base64url')}"`;
  return weak ? `W/${tag}` : tag;
}

/** Whether `If-None-Match` names this tag; GET compares weakly (RFC 9110 §13.1.2), so `W/` is ignored on both sides. */
export function matches(ifNoneMatch: string | null, etag: string): boolean {
  if (ifNoneMatch === null) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === opaque(etag));
}

/**
 * A GET whose `200` has a JSON body answers with its ETag, and `304 Not Modified`
 * without a body when `If-None-Match` names it, so a panel can ask every second for
 * the price of a hash. The route runs whole first (authentication, reads): the
 * validator is the caller's own view. A reply with a server time is never stored
 * by the browser, which would hand an old time back on a `304`.
 */
export function conditionalGet(get: HttpHandler): HttpHandler {
  return async (request, context) => {
    const response = await get(request, context);
    // A built HttpResponse is a file or a stream, never a JSON body to hash.
    if (response instanceof HttpResponse || (response.status ?? 200) !== 200 || response.jsonBody === undefined) return response;
    const etag = etagOf(response.jsonBody);
    const headers = new Headers(response.headers);
    headers.set('etag', etag);
    if (etag.startsWith('W/')) headers.set('cache-control', 'no-store');
    if (matches(request.headers.get('if-none-match'), etag)) return { status: 304, headers: Object.fromEntries(headers) };
    return { ...response, headers: Object.fromEntries(headers) };
  };
}
