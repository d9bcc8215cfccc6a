import type { JWTVerifyGetKey } from 'jose';
import { createRemoteJWKSet, decodeJwt, errors, jwtVerify } from 'jose';

/** Who is calling: identity is the tenant plus the Entra object id, never anything in the request body. */
export interface Identity {
  readonly tenantId: string;
  readonly personId: string;
  readonly name: string | null;
}

export type Authentication = { readonly ok: true; readonly identity: Identity } | { readonly ok: false; readonly message: string };

export interface SsoTokenSettings {
  /** The app (client) id the tab's tokens are issued to: the expected audience. */
  readonly clientId: string;
  /** Where a tenant's signing keys are published; `{tenant}` is replaced by the token's tenant. */
  readonly jwksUrl: string;
  /** The v2 issuer; `{tenant}` is replaced by the token's tenant. */
  readonly issuer: string;
  /** Tenants allowed to use this deployment; empty allows any. */
  readonly allowedTenants: readonly string[];
}

const requiredScope = 'access_as_user';
// Tenant ids are GUIDs; anything else must not be spliced into a URL.
const tenantIdShape = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const maxCachedTenants = 500;

const refuse = (message: string): Authentication => ({ ok: false, message });

function reasonOf(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'The sign-in token has expired.';
  if (error instanceof errors.JWTClaimValidationFailed) return `The sign-in token’s “${error.claim}” claim is not valid here.`;
  if (error instanceof errors.JWKSNoMatchingKey) return 'The sign-in token was signed with an unknown key.';
  if (error instanceof errors.JOSEAlgNotAllowed) return 'The sign-in token uses a signing algorithm that is not accepted.';
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'The sign-in token’s signature does not match.';
  return 'The sign-in token is not valid.';
}

/**
 * Verifies the Teams SSO token the tab sends as a bearer token: RS256 signature
 * against the token tenant's published keys, v2 issuer, audience, lifetime, and
 * the `access_as_user` scope.
 */
export function ssoTokenVerifier(settings: SsoTokenSettings): (authorization: string | undefined) => Promise<Authentication> {
  const keySets = new Map<string, JWTVerifyGetKey>();
  // Key sets are kept only for tenants whose tokens verified, least recently used out
  // first, so tokens naming made-up tenants cannot push real tenants' keys out.
  const keysOf = (tenantId: string): JWTVerifyGetKey =>
    keySets.get(tenantId) ?? createRemoteJWKSet(new URL(settings.jwksUrl.replace('{tenant}', encodeURIComponent(tenantId))));
  const remember = (tenantId: string, keySet: JWTVerifyGetKey) => {
    keySets.delete(tenantId);
    keySets.set(tenantId, keySet);
    if (keySets.size > maxCachedTenants) keySets.delete(keySets.keys().next().value as string);
  };

  return async (authorization) => {
    const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
    if (!token) return refuse('Sign in: send the Teams SSO token as “Authorization: Bearer …”.');
    let tenantId: unknown;
    try {
      tenantId = decodeJwt(token).tid;
    } catch {
      return refuse('The sign-in token is not a JWT.');
    }
    if (typeof tenantId !== 'string' || !tenantIdShape.test(tenantId)) return refuse('The sign-in token names no tenant (tid).');
    if (settings.allowedTenants.length > 0 && !settings.allowedTenants.includes(tenantId)) {
      return refuse('This organisation’s tenant is not allowed to use this app.');
    }
    try {
      const keySet = keysOf(tenantId);
      const { payload } = await jwtVerify(token, keySet, {
        issuer: settings.issuer.replace('{tenant}', tenantId),
        audience: settings.clientId,
        algorithms: ['RS256'],
        requiredClaims: ['exp', 'tid', 'oid'],
      });
      const scopes = typeof payload.scp === 'string' ? payload.scp.split(' ') : [];
      if (!scopes.includes(requiredScope)) return refuse(`The sign-in token lacks the “${requiredScope}” scope.`);
      if (typeof payload.oid !== 'string' || payload.oid.length === 0) return refuse('The sign-in token names no user (oid).');
      remember(tenantId, keySet);
      return { ok: true, identity: { tenantId, personId: payload.oid, name: typeof payload.name === 'string' ? payload.name : null } };
    } catch (error) {
      return refuse(reasonOf(error));
    }
  };
}
