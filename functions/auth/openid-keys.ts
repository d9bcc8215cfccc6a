import type { JWK } from 'jose';
import { z } from 'zod';

/**
 * An OpenID metadata document, as far as token checks need it: where the keys are
 * and which signing algorithms the issuer uses.
 */
const Metadata = z.object({
  issuer: z.string(),
  jwks_uri: z.string().url(),
  id_token_signing_alg_values_supported: z.array(z.string()).default(['RS256']),
});

/** A published signing key; the Bot Framework adds the channels it vouches for (`endorsements`). */
const PublishedKey = z.object({ kid: z.string(), kty: z.string(), endorsements: z.array(z.string()).optional() }).passthrough();
const KeySet = z.object({ keys: z.array(z.unknown()) });

export interface SigningKey {
  readonly jwk: JWK;
  readonly endorsements: readonly string[] | null;
}

export interface PublishedKeys {
  /** The algorithms the metadata names, for the verifier's allow-list. */
  algorithms(): Promise<readonly string[]>;
  /** The key with this id, fetching the keys again (at most every few minutes) when it is not known yet. */
  key(kid: string): Promise<SigningKey | undefined>;
}

/** The issuer's keys could not be fetched: nothing the caller did, so the request may be retried. */
export class KeysUnavailable extends Error {
  constructor(
    readonly url: string,
    cause: unknown,
  ) {
    super(`The signing keys at ${url} could not be read: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'KeysUnavailable';
  }
}

// The Bot Framework documents its keys as stable for days; a day keeps rotations in reach.
const keepFor = 24 * 60 * 60 * 1000;
const refetchAfter = 5 * 60 * 1000;
const fetchTimeout = 5_000;

async function fetchJson(url: string): Promise<unknown> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(fetchTimeout), headers: { accept: 'application/json' } });
    if (!response.ok) throw new Error(`answered ${response.status}`);
    return await response.json();
  } catch (error) {
    throw new KeysUnavailable(url, error);
  }
}

/** The signing keys an OpenID metadata document points to, read on first use and kept in memory. */
export function publishedKeys(metadataUrl: string, now: () => number = Date.now): PublishedKeys {
  let loaded: { algorithms: readonly string[]; keys: Map<string, SigningKey>; at: number } | undefined;
  let loading: Promise<NonNullable<typeof loaded>> | undefined;
  let askedAt = -Infinity;

  const load = async () => {
    const metadata = Metadata.safeParse(await fetchJson(metadataUrl));
    if (!metadata.success) throw new KeysUnavailable(metadataUrl, new Error('it is not an OpenID metadata document'));
    const published = KeySet.safeParse(await fetchJson(metadata.data.jwks_uri));
    if (!published.success) throw new KeysUnavailable(metadata.data.jwks_uri, new Error('it is not a JSON Web Key Set'));
    const keys = new Map<string, SigningKey>();
    for (const candidate of published.data.keys) {
      const key = PublishedKey.safeParse(candidate);
      if (key.success) keys.set(key.data.kid, { jwk: key.data as JWK, endorsements: key.data.endorsements ?? null });
    }
    return { algorithms: metadata.data.id_token_signing_alg_values_supported, keys, at: now() };
  };
  // One fetch at a time, shared by every request waiting for it.
  const refresh = async () => {
    askedAt = now();
    loading ??= load().finally(() => {
      loading = undefined;
    });
    try {
      loaded = await loading;
    } catch (error) {
      // Keys read before still verify while the issuer cannot be reached; without them nothing can.
      if (!loaded) throw error;
    }
    return loaded;
  };
  // Tokens naming made-up key ids, or an issuer that is down, must not make every request fetch the keys again.
  const mayAskAgain = () => now() - askedAt >= refetchAfter;
  const current = async () => (loaded && (now() - loaded.at < keepFor || !mayAskAgain()) ? loaded : refresh());

  return {
    async algorithms() {
      return (await current()).algorithms;
    },
    async key(kid) {
      const known = await current();
      const key = known.keys.get(kid);
      if (key || !mayAskAgain()) return key;
      return (await refresh()).keys.get(kid);
    },
  };
}
