import { SignJWT, exportSPKI, generateKeyPair } from 'jose';
import { ssoTokenVerifier } from '../../functions/auth/sso-token';
import { clientId, serveEntraKeys, signToken, ssoClaims, tenantA, tenantB, type EntraKeys } from '../support/entra-keys';

let entra: EntraKeys;
beforeAll(async () => {
  entra = await serveEntraKeys();
});
afterAll(async () => {
  await entra.close();
});

const verifier = (allowedTenants: readonly string[] = []) =>
  ssoTokenVerifier({ clientId, jwksUrl: entra.jwksUrl, issuer: entra.issuerTemplate, allowedTenants });
const bearer = (token: string) => `Bearer ${token}`;
const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const hour = 3600;
const nowSeconds = () => Math.floor(Date.now() / 1000);

describe('Teams SSO tokens are verified for real (signature against the tenant’s JWKS, issuer, audience, lifetime, scope)', () => {
  it('accepts a valid token and takes the identity from tid and oid', async () => {
    const token = await signToken(entra.privateKey, entra.kid, ssoClaims());
    expect(await verifier()(bearer(token))).toEqual({
      ok: true,
      identity: { tenantId: tenantA, personId: 'a1b2c3d4-0000-4000-8000-00000000amara', name: 'Amara Okafor' },
    });
  });

  it('checks a token against the signing keys of its own tenant only', async () => {
    const ownKey = await signToken(entra.tenantBPrivateKey, entra.kid, ssoClaims({ tid: tenantB }));
    expect((await verifier()(bearer(ownKey))).ok).toBe(true);
    const otherTenantsKey = await signToken(entra.privateKey, entra.kid, ssoClaims({ tid: tenantB }));
    expect((await verifier()(bearer(otherTenantsKey))).ok).toBe(false);
  });

  const rejected: [string, () => Promise<string>][] = [
    [
      'an expired token',
      () =>
        signToken(
          entra.privateKey,
          entra.kid,
          ssoClaims({ iat: nowSeconds() - 2 * hour, nbf: nowSeconds() - 2 * hour, exp: nowSeconds() - hour }),
        ),
    ],
    [
      'a token not yet valid',
      () => signToken(entra.privateKey, entra.kid, ssoClaims({ nbf: nowSeconds() + hour, exp: nowSeconds() + 2 * hour })),
    ],
    ['a token for another app (wrong audience)', () => signToken(entra.privateKey, entra.kid, ssoClaims({ aud: 'api://someone-else' }))],
    [
      'a token from the wrong issuer (v1)',
      () => signToken(entra.privateKey, entra.kid, ssoClaims({ iss: `https://sts.windows.net/${tenantA}/` })),
    ],
    [
      'a token signed with an unknown key',
      async () => {
        const other = await generateKeyPair('RS256');
        return signToken(other.privateKey, 'not-published', ssoClaims());
      },
    ],
    [
      'a token whose payload was tampered with',
      async () => {
        const [header, , signature] = (await signToken(entra.privateKey, entra.kid, ssoClaims())).split('.');
        return `${header}.${base64url(ssoClaims({ oid: 'someone-else' }))}.${signature}`;
      },
    ],
    ['an unsigned token (alg: none)', async () => `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(ssoClaims())}.`],
    [
      'an HS256 token keyed with the public key',
      async () => {
        const secret = new TextEncoder().encode(await exportSPKI(entra.publicKey));
        return new SignJWT(ssoClaims()).setProtectedHeader({ alg: 'HS256', kid: entra.kid, typ: 'JWT' }).sign(secret);
      },
    ],
    ['a token without oid', () => signToken(entra.privateKey, entra.kid, ssoClaims({ oid: undefined }))],
    ['a token without the access_as_user scope', () => signToken(entra.privateKey, entra.kid, ssoClaims({ scp: 'User.Read' }))],
    [
      'a token without tid',
      () => signToken(entra.privateKey, entra.kid, ssoClaims({ tid: undefined, iss: `https://login.microsoftonline.com/${tenantA}/v2.0` })),
    ],
    ['text that is not a JWT', async () => 'not-a-token'],
  ];

  it.each(rejected)('rejects %s', async (_case, makeToken) => {
    const result = await verifier()(bearer(await makeToken()));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message.length).toBeGreaterThan(10);
  });

  it('rejects a token of another tenant when the deployment is restricted to its own', async () => {
    const token = await signToken(entra.tenantBPrivateKey, entra.kid, ssoClaims({ tid: tenantB }));
    expect(await verifier([tenantA])(bearer(token))).toMatchObject({ ok: false });
    expect(await verifier([tenantA, tenantB])(bearer(token))).toMatchObject({ ok: true });
  });

  it.each([[undefined], [''], ['Basic YW1hcmE6c2VjcmV0'], ['Bearer']])('rejects a request without a bearer token (%s)', async (header) => {
    expect(await verifier()(header)).toMatchObject({ ok: false });
  });
});
