import type { Texts } from '../../texts/translate';
import type { Session } from '../teams/host';

/** A refusal as the API words it: the rule or field that failed, in plain words. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** The field the refusal names (`name`, `policy.closing.deadlineDays`), so a form shows it there. */
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** What a failed call says to the person: the API's own words for a refusal. */
export const messageOf = (caught: unknown): string => (caught instanceof Error ? caught.message : String(caught));

/**
 * Calls the Functions API as the session's person; refusals become ApiErrors with the API's own message
 * (in the reader's language), or `texts`' words when the answer carries none.
 */
export function apiClient(session: Session, texts: Texts, base = '/api') {
  async function call(method: string, path: string, body?: unknown, conditions: Record<string, string> = {}): Promise<Response> {
    const response = await fetch(`${base}/${path}`, {
      method,
      // Refusals and the core's words come back in the reader's language.
      headers: {
        ...(await session.headers()),
        'accept-language': session.locale,
        ...conditions,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      // A conditional read goes to the API itself: the browser's cache would turn its 304 back into an old body.
      ...(conditions['if-none-match'] ? { cache: 'no-store' as const } : {}),
    });
    if (response.ok || response.status === 304) return response;
    const json = (await response.json().catch(() => ({}))) as { error?: { code?: string; message?: string; field?: string } };
    throw new ApiError(
      response.status,
      json.error?.code ?? 'unexpected',
      json.error?.message ?? texts.t('app', 'apiAnswered', { status: String(response.status) }),
      json.error?.field,
    );
  }
  const send = async <T>(method: string, path: string, body?: unknown): Promise<T> =>
    (await (await call(method, path, body)).json().catch(() => ({}))) as T;
  return {
    get: <T>(path: string) => send<T>('GET', path),
    post: <T>(path: string, body: unknown) => send<T>('POST', path, body),
    /** A GET sent with the ETag of the body already held: null when the API answers `304 Not Modified`. */
    whenChanged: async <T>(path: string, etag: string | null): Promise<{ body: T; etag: string | null } | null> => {
      const response = await call('GET', path, undefined, etag ? { 'if-none-match': etag } : {});
      if (response.status === 304) return null;
      return { body: (await response.json()) as T, etag: response.headers.get('etag') };
    },
    /** A file the API writes (a CSV), byte for byte: `text()` would drop its byte-order mark. */
    file: async (path: string): Promise<Blob> => (await call('GET', path)).blob(),
  };
}

export type ApiClient = ReturnType<typeof apiClient>;
