import { createServer, type Server } from 'node:http';
import type { KeyLike } from 'jose';
import { SignJWT, exportJWK, generateKeyPair } from 'jose';

/**
 * A contract fake of Entra ID's signing-key endpoint,
 * `GET /{tenant}/discovery/v2.0/keys` → `{ "keys": [ { kty, use, kid, n, e, … } ] }`,
 * serving keys the test generates, and a signer for tokens with the claims Entra
 * puts in a Teams SSO (v2) token.
 */
export interface EntraKeys {
  readonly jwksUrl: string;
  readonly issuerTemplate: string;
  readonly publicKey: KeyLike;
  readonly privateKey: KeyLike;
  readonly kid: string;
  /** Tenant B publishes its own key, under the same kid, so a key is only good for its tenant. */
  readonly tenantBPrivateKey: KeyLike;
  close(): Promise<void>;
}

export const clientId = '6f1a2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b';
export const tenantA = '11111111-2222-4333-8444-555555555555';
export const tenantB = '99999999-8888-4777-8666-555555555555';

export async function serveEntraKeys(): Promise<EntraKeys> {
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const tenantBPair = await generateKeyPair('RS256');
  const kid = 'test-signing-key-1';
  const jwk = { ...(await exportJWK(publicKey)), kid, use: 'sig', kty: 'RSA' };
  const tenantBJwk = { ...(await exportJWK(tenantBPair.publicKey)), kid, use: 'sig', kty: 'RSA' };
  const server: Server = createServer((request, response) => {
    const tenant = /^\/([^/]+)\/discovery\/v2\.0\/keys$/.exec(request.url ?? '')?.[1];
    if (!tenant) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [tenant === tenantB ? tenantBJwk : jwk] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    jwksUrl: `http://127.0.0.1:${port}/{tenant}/discovery/v2.0/keys`,
    issuerTemplate: 'https://login.microsoftonline.com/{tenant}/v2.0',
    publicKey,
    privateKey,
    kid,
    tenantBPrivateKey: tenantBPair.privateKey,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export interface TokenClaims {
  [claim: string]: unknown;
}

/** The claims of a v2 Teams SSO token for Amara in tenant A, valid for an hour. */
export function ssoClaims(overrides: TokenClaims = {}): TokenClaims {
  const now = Math.floor(Date.now() / 1000);
  const tid = (overrides.tid as string | undefined) ?? tenantA;
  return {
    aud: clientId,
    iss: `https://login.microsoftonline.com/${tid}/v2.0`,
    iat: now - 60,
    nbf: now - 60,
    exp: now + 3600,
    tid,
    oid: 'a1b2c3d4-0000-4000-8000-00000000amara',
    name: 'Amara Okafor',
    scp: 'access_as_user',
    ver: '2.0',
    ...overrides,
  };
}

export async function signToken(key: KeyLike, kid: string, claims: TokenClaims): Promise<string> {
  const withoutUndefined = Object.fromEntries(Object.entries(claims).filter(([, value]) => value !== undefined));
  return new SignJWT(withoutUndefined).setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT' }).sign(key);
}
