import { OutboundHostValidator } from '@microsoft/agents-hosting';
import type { JWTPayload, ProtectedHeaderParameters } from 'jose';
import { decodeJwt, decodeProtectedHeader, errors, importJWK, jwtVerify } from 'jose';
import { tenantsNamedBy } from './activity-tenant';
import type { PublishedKeys, SigningKey } from './openid-keys';
import { publishedKeys } from './openid-keys';

export interface BotTokenSettings {
  /** The bot's app id (its Azure Bot registration): the only audience accepted. */
  readonly botClientId: string;
  /** The Bot Framework channel service's OpenID metadata. */
  readonly channelMetadataUrl: string;
  /** A single-tenant bot's home tenant: Azure Bot Service then also sends tokens Entra issued there. */
  readonly botTenantId?: string;
  /** Entra's OpenID metadata for the bot's tenant; `{tenant}` is replaced by it. */
  readonly entraMetadataUrl: string;
  /**
   * The applications whose Entra-issued tokens are the channel's (Azure Bot Service's app id).
   * Any app registered in the tenant can get an app-only token for the bot's id, so none other is taken.
   */
  readonly entraCallers: readonly string[];
}

export type BotAuthentication = { readonly ok: true; readonly claims: JWTPayload } | { readonly ok: false; readonly message: string };

export type BotTokenVerifier = (authorization: string | undefined, activity: Record<string, unknown>) => Promise<BotAuthentication>;

const channelIssuer = 'https://api.botframework.com';
const teamsChannel = 'msteams';
const entraIssuers = (tenantId: string) => [`https://login.microsoftonline.com/${tenantId}/v2.0`, `https://sts.windows.net/${tenantId}/`];
// Only asymmetric signatures: a shared-secret (HS*) token could be forged with the public key.
const asymmetric = new Set(['RS256', 'RS384', 'RS512']);
// The clock skew the Bot Connector documents as industry standard.
const clockTolerance = 300;
// Where the channel service answers, for tokens that name no service URL: not the SDK's whole
// list of Microsoft hosts, where anyone may own a storage account or a SharePoint site, and https only.
const channelHosts = new OutboundHostValidator({
  enabled: true,
  includeDefaultMicrosoftHosts: false,
  hosts: ['smba.trafficmanager.net', 'botframework.com', 'teams.microsoft.com', 'teams.microsoft.us'],
});
const isChannelService = (serviceUrl: string) => /^https:\/\//i.test(serviceUrl) && channelHosts.isAllowed(serviceUrl);

const refuse = (message: string): BotAuthentication => ({ ok: false, message });

/** Service URLs are compared as Teams sends them, ignoring case and a trailing slash. */
const sameServiceUrl = (a: string, b: string) => a.replace(/\/+$/, '').toLowerCase() === b.replace(/\/+$/, '').toLowerCase();

function reasonOf(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'The Bot Connector token has expired.';
  if (error instanceof errors.JWTClaimValidationFailed) return `The Bot Connector token’s “${error.claim}” claim is not valid here.`;
  if (error instanceof errors.JWKSNoMatchingKey) return 'The Bot Connector token was signed with an unknown key.';
  if (error instanceof errors.JOSEAlgNotAllowed) return 'The Bot Connector token uses a signing algorithm that is not accepted.';
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'The Bot Connector token’s signature does not match.';
  return 'The Bot Connector token is not valid.';
}

/** Signature, issuer, audience and lifetime, against the issuer's published keys; the key used is returned for its endorsements. */
async function verified(
  token: string,
  issuer: string,
  keys: PublishedKeys,
  audience: string,
): Promise<{ claims: JWTPayload; key: SigningKey }> {
  const algorithms = (await keys.algorithms()).filter((algorithm) => asymmetric.has(algorithm));
  let used: SigningKey | undefined;
  const keyFor = async (header: ProtectedHeaderParameters) => {
    used = typeof header.kid === 'string' ? await keys.key(header.kid) : undefined;
    if (!used) throw new errors.JWKSNoMatchingKey();
    return importJWK(used.jwk, header.alg);
  };
  const { payload } = await jwtVerify(token, keyFor, { issuer, audience, algorithms, clockTolerance, requiredClaims: ['exp'] });
  // A token for several audiences could have been meant for another service as well.
  if (payload.aud !== audience) throw new errors.JWTClaimValidationFailed('unexpected "aud" claim value', payload, 'aud', 'check_failed');
  return { claims: payload, key: used as SigningKey };
}

/**
 * Verifies what the Bot Connector sends to the bot, and nothing else:
 *
 * - **the channel token** (issuer `https://api.botframework.com`, keys from the
 *   channel service's OpenID metadata): audience exactly the bot's app id, a key
 *   endorsed for the activity's `channelId`, and a `serviceurl` claim equal to the
 *   activity's `serviceUrl`, as the Bot Connector authentication protocol requires;
 * - **for a single-tenant bot, the Entra-issued channel token** Azure Bot Service
 *   sends (issuer the bot's tenant, v1 or v2; keys from Entra's metadata): the
 *   channel application's token (`azp`/`appid` one of `entraCallers`, no `scp`),
 *   `tid` the bot's tenant and the activity's tenant, and its `serviceurl` claim, or
 *   else an https address of the channel service (Teams' hosts, `botframework.com`),
 *   as the activity's `serviceUrl`.
 *
 * A person's token is never one of these, whatever its audience: the tab's SSO
 * token is refused by issuer, audience and its `scp`.
 */
export function botTokenVerifier(settings: BotTokenSettings): BotTokenVerifier {
  const channelKeys = publishedKeys(settings.channelMetadataUrl);
  const tenant = settings.botTenantId;
  const entraCallers = new Set(settings.entraCallers.map((caller) => caller.toLowerCase()));
  const entraKeys = tenant ? publishedKeys(settings.entraMetadataUrl.replace('{tenant}', encodeURIComponent(tenant))) : null;

  return async (authorization, activity) => {
    const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
    if (!token) return refuse('Only the Bot Connector may call this endpoint: send its token as “Authorization: Bearer …”.');
    let issuer: unknown;
    try {
      decodeProtectedHeader(token);
      issuer = decodeJwt(token).iss;
    } catch {
      return refuse('The Bot Connector token is not a JWT.');
    }
    const serviceUrl = typeof activity.serviceUrl === 'string' ? activity.serviceUrl : null;
    if (!serviceUrl) return refuse('The activity names no serviceUrl for the token to vouch for.');
    const entra = tenant !== undefined && entraKeys !== null && typeof issuer === 'string' && entraIssuers(tenant).includes(issuer);
    if (issuer !== channelIssuer && !entra) return refuse('The token was not issued by the Bot Framework channel service.');

    let checked: { claims: JWTPayload; key: SigningKey };
    try {
      checked = await verified(token, issuer as string, entra ? entraKeys : channelKeys, settings.botClientId);
    } catch (error) {
      if (error instanceof errors.JOSEError) return refuse(reasonOf(error));
      throw error;
    }
    const { claims, key } = checked;
    if (claims.scp !== undefined || claims.idtyp === 'user')
      return refuse('A person’s token cannot call the bot; only the Bot Connector can.');
    const claimedServiceUrl = claims.serviceurl;
    if (claimedServiceUrl !== undefined && (typeof claimedServiceUrl !== 'string' || !sameServiceUrl(claimedServiceUrl, serviceUrl))) {
      return refuse('The token was issued for another serviceUrl than the activity’s.');
    }
    const tenants = tenantsNamedBy(activity);
    if (tenants.length > 1) return refuse('The activity names two different tenants.');
    // Teams alone vouches for the person (aadObjectId) and the tenant; on Web Chat or Direct Line, which
    // every Azure Bot has, whoever holds the channel's secret says who they are in `from` and `channelData`.
    const channelId = typeof activity.channelId === 'string' ? activity.channelId : '';
    if (channelId !== teamsChannel) return refuse('This bot takes activities from Teams only (channelId msteams).');

    if (!entra) {
      if (claimedServiceUrl === undefined) return refuse('The Bot Connector token names no serviceUrl.');
      if (!key.endorsements?.includes(channelId)) return refuse('The token’s key is not endorsed for the activity’s channel.');
      return { ok: true, claims };
    }
    const tid = typeof claims.tid === 'string' ? claims.tid.toLowerCase() : '';
    if (tid !== tenant?.toLowerCase()) return refuse('The token was not issued for the bot’s own tenant.');
    const caller = claims.azp ?? claims.appid;
    if (typeof caller !== 'string') return refuse('The token names no calling application.');
    if (!entraCallers.has(caller.toLowerCase()))
      return refuse(`Entra-issued tokens are taken only from the channel’s application (BOT_ENTRA_CALLERS), not from ${caller}.`);
    if (tenants.some((named) => named.toLowerCase() !== tid)) return refuse('The activity happened in another tenant than the token’s.');
    if (claimedServiceUrl === undefined && !isChannelService(serviceUrl))
      return refuse('The activity’s serviceUrl is not the channel service’s over https.');
    return { ok: true, claims };
  };
}
