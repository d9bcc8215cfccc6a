import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { JWTPayload, KeyLike } from 'jose';
import { SignJWT, exportJWK, generateKeyPair } from 'jose';

/**
 * A contract fake of the two OpenID issuers whose tokens reach a bot's endpoint,
 * served over real HTTP on 127.0.0.1 with the documented shapes:
 *
 * - the Bot Framework channel service: `GET /botframework/v1/.well-known/openidconfiguration`
 *   → `{ issuer: "https://api.botframework.com", jwks_uri, id_token_signing_alg_values_supported }`,
 *   and its key set, each key `{ kty, use, kid, x5t, n, e, endorsements }`;
 * - Entra ID for a tenant: `GET /{tenant}/v2.0/.well-known/openid-configuration`
 *   → `{ issuer: "https://login.microsoftonline.com/{tenant}/v2.0", jwks_uri, … }`
 *   and `GET /{tenant}/discovery/v2.0/keys`.
 *
 * Tokens are signed with keys the test generates; `requests` counts what was fetched.
 */
export interface BotChannel {
  readonly channelMetadataUrl: string;
  readonly entraMetadataUrl: string;
  /** The same Entra keys where the tab's verifier reads them (`ENTRA_JWKS_URL`). */
  readonly entraJwksUrl: string;
  readonly requests: string[];
  /** A token as the Bot Connector sends it: `serviceurl`, `aud`, `iss`, `nbf`, `exp`. */
  channelToken(claims: JWTPayload, options?: SigningOptions): Promise<string>;
  /** A token Entra issued in `tenant` (v2), signed with that tenant's published key. */
  entraToken(tenant: string, claims: JWTPayload, options?: SigningOptions): Promise<string>;
  /** The channel key's public half, for forgeries that misuse it. */
  readonly channelPublicKey: KeyLike;
  close(): Promise<void>;
}

export interface SigningOptions {
  /** Sign with a key the channel does not publish, under this key id. */
  readonly unpublishedKid?: string;
  /** Sign with the published key endorsed for Web Chat only, not Teams. */
  readonly webChatKey?: boolean;
}

export const botFrameworkIssuer = 'https://api.botframework.com';
export const entraIssuer = (tenant: string) => `https://login.microsoftonline.com/${tenant}/v2.0`;

type Pair = { publicKey: KeyLike; privateKey: KeyLike };

async function published(pair: Pair, kid: string, extra: Record<string, unknown> = {}) {
  const jwk = await exportJWK(pair.publicKey);
  const x5t = createHash('sha1').update(kid).digest('base64url');
  return { kty: 'RSA', use: 'sig', kid, x5t, n: jwk.n, e: jwk.e, ...extra };
}

const lifetime = () => {
  const now = Math.floor(Date.now() / 1000);
  return { nbf: now - 60, iat: now - 60, exp: now + 3600 };
};

export async function startBotChannel(): Promise<BotChannel> {
  const teams = (await generateKeyPair('RS256')) as Pair;
  const webChat = (await generateKeyPair('RS256')) as Pair;
  const entra = (await generateKeyPair('RS256')) as Pair;
  const stranger = (await generateKeyPair('RS256')) as Pair;
  const channelKeys = {
    keys: [
      await published(teams, 'channel-key-teams', { endorsements: ['msteams', 'skype'] }),
      await published(webChat, 'channel-key-webchat', { endorsements: ['webchat'] }),
    ],
  };
  const entraKeys = { keys: [await published(entra, 'entra-key-1')] };
  const requests: string[] = [];
  let base = '';

  const server: Server = createServer((request, response) => {
    const path = request.url ?? '';
    requests.push(path);
    const send = (body: unknown) => response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    if (path === '/botframework/v1/.well-known/openidconfiguration') {
      return send({
        issuer: botFrameworkIssuer,
        authorization_endpoint: 'https://invalid.botframework.com',
        jwks_uri: `${base}/botframework/v1/.well-known/keys`,
        id_token_signing_alg_values_supported: ['RS256'],
        token_endpoint_auth_methods_supported: ['private_key_jwt'],
      });
    }
    if (path === '/botframework/v1/.well-known/keys') return send(channelKeys);
    const metadata = /^\/([^/]+)\/v2\.0\/\.well-known\/openid-configuration$/.exec(path);
    if (metadata?.[1]) {
      return send({
        issuer: entraIssuer(metadata[1]),
        jwks_uri: `${base}/${metadata[1]}/discovery/v2.0/keys`,
        token_endpoint: `${base}/${metadata[1]}/oauth2/v2.0/token`,
        id_token_signing_alg_values_supported: ['RS256'],
        response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
        subject_types_supported: ['pairwise'],
      });
    }
    if (/^\/[^/]+\/discovery\/v2\.0\/keys$/.test(path)) return send(entraKeys);
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

  const sign = (claims: JWTPayload, pair: Pair, kid: string) =>
    new SignJWT({ ...lifetime(), ...claims })
      .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid, x5t: createHash('sha1').update(kid).digest('base64url') })
      .sign(pair.privateKey);
  const keyFor = (normal: Pair, normalKid: string, options: SigningOptions): [Pair, string] => {
    if (options.unpublishedKid) return [stranger, options.unpublishedKid];
    if (options.webChatKey) return [webChat, 'channel-key-webchat'];
    return [normal, normalKid];
  };

  return {
    channelMetadataUrl: `${base}/botframework/v1/.well-known/openidconfiguration`,
    entraMetadataUrl: `${base}/{tenant}/v2.0/.well-known/openid-configuration`,
    entraJwksUrl: `${base}/{tenant}/discovery/v2.0/keys`,
    requests,
    channelPublicKey: teams.publicKey,
    channelToken: (claims, options = {}) => sign({ iss: botFrameworkIssuer, ...claims }, ...keyFor(teams, 'channel-key-teams', options)),
    entraToken: (tenant, claims, options = {}) =>
      sign({ iss: entraIssuer(tenant), tid: tenant, ver: '2.0', ...claims }, ...keyFor(entra, 'entra-key-1', options)),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
