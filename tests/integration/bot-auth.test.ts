import { createHmac } from 'node:crypto';
import { exportSPKI, type JWTPayload } from 'jose';
import { adapterOf } from '../../functions/bot/adapter';
import { readSettings } from '../../functions/composition/config';
import { createServices, governanceTable, type Services } from '../../functions/composition/services';
import { serveRoutes, type DevHost } from '../../functions/dev/host';
import { routes } from '../../functions/http/routes';
import { tableClient } from '../../functions/storage/table-storage';
import { freePort, startAzurite, type RunningAzurite } from '../support/azurite';
import { startBotChannel, type BotChannel } from '../support/bot-channel';
import { fixedTokenConnections } from '../support/bot-token-source';
import { careCoop } from '../support/care-coop';
import { startConnectorRecorder, type ConnectorRecorder } from '../support/connector-recorder';
import { clientId as tabClientId, ssoClaims } from '../support/entra-keys';

/**
 * The bot's endpoint outside dev mode, on a real Azurite, against a contract fake
 * of the Bot Framework channel service's and Entra's OpenID metadata and keys. Only
 * what the Bot Connector sends is taken; every other token is refused with 401 and
 * leaves storage exactly as it was.
 */
const botId = '0b07b07b-1111-4222-8333-444455556666';
const otherBotId = '0dd0dd0d-9999-4888-8777-666655554444';
const tenant = 'c0ffee00-1111-4222-8333-444455556666';
const otherTenant = '99999999-8888-4777-8666-555555555555';
const outsideTenant = '12121212-3434-4565-8787-909090909090';
/** The application Azure Bot Service's Entra-issued channel tokens come from, as this deployment names it. */
const azureBotService = 'a0a0a0a0-b1b1-4c2c-8d3d-e4e4e4e4e4e4';
/** An application anyone in the bot's tenant may register, and get an app-only token for the bot's id with. */
const tenantMembersApp = '5e1f5e1f-0000-4000-8000-000000000bad';

let azurite: RunningAzurite;
let channel: BotChannel;
let connector: ConnectorRecorder;
let services: Services;
let host: DevHost;
let tokens: ReturnType<typeof fixedTokenConnections>;

beforeAll(async () => {
  [azurite, channel, connector] = await Promise.all([startAzurite(), startBotChannel(), startConnectorRecorder()]);
  services = await createServices(
    readSettings({
      STORAGE_CONNECTION_STRING: azurite.connectionString,
      ENTRA_CLIENT_ID: tabClientId,
      ENTRA_JWKS_URL: channel.entraJwksUrl,
      BOT_CLIENT_ID: botId,
      BOT_CLIENT_SECRET: 'bot-secret',
      BOT_TENANT_ID: tenant,
      BOT_OPENID_METADATA_URL: channel.channelMetadataUrl,
      BOT_ENTRA_OPENID_METADATA_URL: channel.entraMetadataUrl,
      ALLOWED_TENANTS: `${tenant},${otherTenant}`,
      BOT_ENTRA_CALLERS: azureBotService,
    }),
  );
  await services.structures.save(await services.structures.load(tenant), careCoop());
  tokens = fixedTokenConnections('the-bots-own-token', botId);
  adapterOf(services).connectionManager = tokens;
  host = await serveRoutes(
    routes(async () => services),
    0,
  );
}, 30_000);

afterAll(async () => {
  await host?.close();
  await Promise.all([azurite?.stop(), channel?.close(), connector?.close()]);
});

/** Every row of the governance table, as stored (ETags included), to show nothing was written. */
async function storedRows(): Promise<unknown[]> {
  const rows: unknown[] = [];
  for await (const row of tableClient(azurite.connectionString, governanceTable).listEntities()) rows.push(row);
  return rows;
}

/** `person` clicks “bind this conversation to `circleId`” on a card in `conversationId`, as Teams sends it. */
function bindClick(person: string, circleId: string, conversationId: string, overrides: Record<string, unknown> = {}) {
  return {
    type: 'invoke',
    name: 'adaptiveCard/action',
    id: `${conversationId}-click-${person}`,
    channelId: 'msteams',
    serviceUrl: connector.url,
    from: { id: `29:${person}`, aadObjectId: person, name: person },
    recipient: { id: `28:${botId}`, name: 'Sociocracy for Teams' },
    conversation: { id: conversationId, tenantId: tenant, conversationType: 'groupChat' },
    channelData: { tenant: { id: tenant } },
    value: { action: { type: 'Action.Execute', verb: 'bind-circle', data: { subject: 'conversation', circleId } } },
    ...overrides,
  };
}

async function post(activity: unknown, authorization?: string): Promise<{ status: number; body: any }> {
  const headers: Record<string, string> = { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) };
  const response = await fetch(`${host.url}/messages`, { method: 'POST', headers, body: JSON.stringify(activity) });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

/** What the Bot Connector would send for the Northside click: its token for this bot and this service URL. */
const channelClaims = (overrides: JWTPayload = {}): JWTPayload => ({ aud: botId, serviceurl: connector.url, ...overrides });
/** What Azure Bot Service sends a single-tenant bot from Entra: an application's token issued in the bot's tenant. */
const entraChannelClaims = (overrides: JWTPayload = {}): JWTPayload => ({
  aud: botId,
  azp: azureBotService,
  azpacr: '1',
  idtyp: 'app',
  serviceurl: connector.url,
  ...overrides,
});

const bearer = (token: string) => `Bearer ${token}`;
const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** Forgeries and misdirected tokens, each with the reason it must not pass. */
const refusals: [string, () => Promise<string | undefined>, Record<string, unknown>?][] = [
  ['no Authorization header at all', async () => undefined],
  ['an Authorization header that is not a bearer token', async () => 'Basic Ym90OnNlY3JldA=='],
  ['a bearer value that is not a JWT', async () => bearer('not-a-token')],
  ['the tab’s own Teams SSO token (another audience, a person’s scope)', async () => bearer(await tabToken())],
  ['a channel token for another bot', async () => bearer(await channel.channelToken(channelClaims({ aud: otherBotId })))],
  [
    'a channel token for the Bot Framework API instead of this bot',
    async () => bearer(await channel.channelToken(channelClaims({ aud: 'https://api.botframework.com' }))),
  ],
  [
    'a channel token naming this bot among other audiences',
    async () => bearer(await channel.channelToken(channelClaims({ aud: [botId, otherBotId] }))),
  ],
  [
    'a token signed with the channel’s key but another issuer',
    async () => bearer(await channel.channelToken(channelClaims({ iss: 'https://api.botframework.example' }))),
  ],
  [
    'a channel token that expired more than the five minutes of clock skew ago',
    async () => bearer(await channel.channelToken(channelClaims({ nbf: now() - 7200, iat: now() - 7200, exp: now() - 600 }))),
  ],
  ['a channel token not valid for another hour', async () => bearer(await channel.channelToken(channelClaims({ nbf: now() + 3600 })))],
  [
    'an unsigned token (alg none)',
    async () =>
      bearer(
        `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url({ ...channelClaims(), iss: 'https://api.botframework.com', exp: now() + 600 })}.`,
      ),
  ],
  [
    'a token signed HS256 with the channel’s public key as the secret',
    async () => bearer(await hs256WithPublicKey(channelClaims({ iss: 'https://api.botframework.com', exp: now() + 600 }))),
  ],
  [
    'a token signed with a key the channel does not publish',
    async () => bearer(await channel.channelToken(channelClaims(), { unpublishedKid: 'channel-key-teams' })),
  ],
  ['a token under an unknown key id', async () => bearer(await channel.channelToken(channelClaims(), { unpublishedKid: 'made-up-key' }))],
  [
    'a channel token for another serviceUrl than the activity’s',
    async () => bearer(await channel.channelToken(channelClaims({ serviceurl: 'https://smba.trafficmanager.net/emea/' }))),
  ],
  ['a channel token without a serviceurl claim', async () => bearer(await channel.channelToken(channelClaims({ serviceurl: undefined })))],
  [
    'a channel token whose key is endorsed for Web Chat, not Teams',
    async () => bearer(await channel.channelToken(channelClaims(), { webChatKey: true })),
  ],
  [
    'a person’s Entra token for the bot’s own app id',
    async () =>
      bearer(
        await channel.entraToken(tenant, {
          aud: botId,
          oid: 'dev',
          scp: 'access_as_user',
          idtyp: 'user',
          azp: tabClientId,
          serviceurl: connector.url,
        }),
      ),
  ],
  [
    'a person’s ID token from signing in to the bot’s app (no scope, no calling application)',
    async () =>
      bearer(
        await channel.entraToken(tenant, {
          aud: botId,
          oid: 'dev',
          sub: 'pairwise-subject',
          name: 'Dev Patel',
          preferred_username: 'dev@riverside.example',
          serviceurl: connector.url,
        }),
      ),
  ],
  ['an application token Entra issued in another tenant', async () => bearer(await channel.entraToken(otherTenant, entraChannelClaims()))],
  [
    'an Entra channel token whose tid is not its issuer’s tenant',
    async () => bearer(await channel.entraToken(tenant, entraChannelClaims({ tid: otherTenant }))),
    { conversation: { id: 'northside-chat' }, channelData: {} },
  ],
  [
    'an Entra channel token for an activity in another tenant',
    async () => bearer(await channel.entraToken(tenant, entraChannelClaims())),
    { conversation: { id: 'northside-chat', tenantId: otherTenant }, channelData: { tenant: { id: otherTenant } } },
  ],
  [
    'an application token Entra issued in the bot’s tenant to an app that is not the channel (v2, azp)',
    async () => bearer(await channel.entraToken(tenant, entraChannelClaims({ azp: tenantMembersApp }))),
  ],
  [
    'an application token Entra issued in the bot’s tenant to an app that is not the channel (v1, appid)',
    async () => bearer(await channel.entraToken(tenant, entraChannelClaims({ azp: undefined, appid: tenantMembersApp, ver: '1.0' }))),
  ],
  [
    'an application token of another app naming the channel’s in appid but not in azp',
    async () => bearer(await channel.entraToken(tenant, entraChannelClaims({ azp: tenantMembersApp, appid: azureBotService }))),
  ],
  [
    'an Entra channel token without a serviceurl claim, for a serviceUrl that is not Microsoft’s',
    async () => bearer(await channel.entraToken(tenant, entraChannelClaims({ serviceurl: undefined }))),
  ],
  [
    'an Entra channel token without a serviceurl claim, for a storage account anyone may own on a Microsoft domain',
    async () => bearer(await channel.entraToken(tenant, entraChannelClaims({ serviceurl: undefined }))),
    { serviceUrl: 'https://attacker.blob.core.windows.net/teams/' },
  ],
  [
    'an Entra channel token without a serviceurl claim, for Teams’ host over plain http',
    async () => bearer(await channel.entraToken(tenant, entraChannelClaims({ serviceurl: undefined }))),
    { serviceUrl: 'http://smba.trafficmanager.net/emea/' },
  ],
  [
    'a Web Chat activity under a key endorsed for Web Chat (its client says who it is and in which tenant)',
    async () => bearer(await channel.channelToken(channelClaims(), { webChatKey: true })),
    { channelId: 'webchat' },
  ],
  [
    'a Web Chat activity under an Entra channel token',
    async () => bearer(await channel.entraToken(tenant, entraChannelClaims())),
    { channelId: 'webchat' },
  ],
  [
    'a channel token for an activity naming two tenants',
    async () => bearer(await channel.channelToken(channelClaims())),
    { channelData: { tenant: { id: otherTenant } } },
  ],
];

/** Dev's Teams SSO token for the tab, signed with the tenant's Entra key, as the tab sends it to the API. */
const tabToken = () => channel.entraToken(tenant, ssoClaims({ tid: tenant, oid: 'dev', name: 'Dev Patel' }));

function now(): number {
  return Math.floor(Date.now() / 1000);
}

async function hs256WithPublicKey(claims: JWTPayload): Promise<string> {
  const secret = await exportSPKI(channel.channelPublicKey);
  const unsigned = `${base64url({ alg: 'HS256', typ: 'JWT', kid: 'channel-key-teams' })}.${base64url(claims)}`;
  return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
}

describe('the bot’s endpoint takes only what the Bot Connector sends', () => {
  it.each(refusals)('refuses %s with 401 and writes nothing', async (_reason, token, overrides = {}) => {
    const [before, sent] = [await storedRows(), connector.calls.length];
    const { status, body } = await post(bindClick('dev', 'northside', 'northside-chat', overrides), await token());
    expect({ status, code: body?.error?.code }).toEqual({ status: 401, code: 'unauthenticated' });
    expect(typeof body.error.message).toBe('string');
    expect(await storedRows()).toEqual(before);
    expect(connector.calls.length).toBe(sent);
  });

  it('lets the same tab token that the bot refuses read the API, so the refusal is the bot’s doing', async () => {
    const response = await fetch(`${host.url}/circles`, { headers: { authorization: bearer(await tabToken()) } });
    expect(response.status).toBe(200);
  });

  it('takes the channel’s token for this bot and service URL: the step is taken and replies are signed with the bot’s own token', async () => {
    const { status, body } = await post(
      bindClick('dev', 'northside', 'northside-chat'),
      bearer(await channel.channelToken(channelClaims())),
    );
    expect(status).toBe(200);
    expect(JSON.stringify(body.value.body)).toContain('This conversation is the circle “Northside care team”.');
    const { structure } = await services.structures.load(tenant);
    expect(structure.circles.northside?.binding).toEqual({ kind: 'chat', chatId: 'northside-chat' });
    const greeted = await post(
      { ...bindClick('dev', 'northside', 'northside-chat'), type: 'message', name: undefined, value: undefined, text: 'help' },
      bearer(await channel.channelToken(channelClaims())),
    );
    expect(greeted.status).toBe(200);
    expect(connector.calls.some((call) => JSON.stringify(call.activity).includes('propose'))).toBe(true);
    expect(new Set(connector.calls.map((call) => call.authorization))).toEqual(new Set(['Bearer the-bots-own-token']));
  });

  it('takes the Entra-issued channel token of a single-tenant bot, and acts in the tenant the token names', async () => {
    const { status, body } = await post(
      bindClick('esi', 'finance', 'finance-chat'),
      bearer(await channel.entraToken(tenant, entraChannelClaims())),
    );
    expect(status).toBe(200);
    expect(JSON.stringify(body.value.body)).toContain('This conversation is the circle “Finance”.');
    const { structure } = await services.structures.load(tenant);
    expect(structure.circles.finance?.binding).toEqual({ kind: 'chat', chatId: 'finance-chat' });
  });

  it('asks for the bot’s own token for the Bot Framework API to answer, whichever kind of channel token came in', () => {
    expect(new Set(tokens.scopes)).toEqual(new Set(['https://api.botframework.com']));
  });

  it('answers a valid channel token for a tenant ALLOWED_TENANTS leaves out with a refusal card, and stores nothing', async () => {
    const before = await storedRows();
    const outside = {
      conversation: { id: 'elsewhere-chat', tenantId: outsideTenant, conversationType: 'groupChat' },
      channelData: { tenant: { id: outsideTenant } },
    };
    const { status, body } = await post(
      bindClick('dev', 'northside', 'elsewhere-chat', outside),
      bearer(await channel.channelToken(channelClaims())),
    );
    expect(status).toBe(200);
    expect(JSON.stringify(body.value.body)).toContain('This organisation does not use this deployment');
    expect(await storedRows()).toEqual(before);
  });

  it('reads the channel’s metadata and keys once, however many tokens it checks', () => {
    const fetched = channel.requests.filter((path) => path.startsWith('/botframework/'));
    expect(fetched.filter((path) => path.endsWith('openidconfiguration'))).toHaveLength(1);
  });
});

describe('the bot’s endpoint answers bad input with 400, never 5xx', () => {
  const signedFor = async (_activity: unknown) => bearer(await channel.channelToken(channelClaims()));

  it('refuses a body that is not JSON, or not an object, in the language the request asks for', async () => {
    const notJson = await fetch(`${host.url}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"type":',
    });
    expect({ status: notJson.status, body: await notJson.json() }).toEqual({
      status: 400,
      body: { error: { code: 'invalid-input', message: 'The activity is not valid JSON.', field: 'body' } },
    });
    const dutch = await fetch(`${host.url}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'nl' },
      body: '{"type":',
    });
    expect(((await dutch.json()) as { error: { message: string } }).error.message).toBe('De activiteit is geen geldige JSON.');
    for (const body of [[], 'text', 42, null]) {
      const { status, body: reply } = await post(body, await signedFor(body));
      expect({ status, field: reply.error.field }).toEqual({ status: 400, field: 'body' });
    }
  });

  it('refuses an activity the Agents SDK’s schema refuses, naming the field', async () => {
    const activity = bindClick('dev', 'northside', 'northside-chat', { from: 'dev' });
    const { status, body } = await post(activity, await signedFor(activity));
    expect({ status, code: body.error.code, field: body.error.field }).toEqual({ status: 400, code: 'invalid-input', field: 'from' });
  });

  it('refuses an activity without a type or a conversation', async () => {
    const untyped = bindClick('dev', 'northside', 'northside-chat', { type: '' });
    expect((await post(untyped, await signedFor(untyped))).body.error.field).toBe('type');
    const nowhere = bindClick('dev', 'northside', 'northside-chat', { conversation: { tenantId: tenant } });
    expect((await post(nowhere, await signedFor(nowhere))).body.error.field).toBe('conversation.id');
  });

  it('refuses an invoke it does not offer plainly, not as “not implemented”', async () => {
    const invoke = bindClick('dev', 'northside', 'northside-chat', { name: 'composeExtension/query' });
    const { status, body } = await post(invoke, await signedFor(invoke));
    expect({ status, body }).toEqual({
      status: 400,
      body: { error: { code: 'invalid-input', message: expect.any(String), field: 'name' } },
    });
  });

  it('answers a message whose replies cannot be delivered without failing, and logs it', async () => {
    const unreachable = 'http://127.0.0.1:9/';
    const message = {
      ...bindClick('dev', 'northside', 'northside-chat', { serviceUrl: unreachable }),
      type: 'message',
      text: 'help',
      name: undefined,
      value: undefined,
    };
    const token = bearer(await channel.channelToken(channelClaims({ serviceurl: unreachable })));
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const { status } = await post(message, token);
      expect(status).toBe(200);
      expect(logged).toHaveBeenCalledWith(expect.stringContaining('The bot could not deliver its answer to http://127.0.0.1:9/'));
    } finally {
      logged.mockRestore();
    }
  }, 20_000);
});

describe('the bot’s endpoint when the channel’s keys cannot be read', () => {
  it('answers 503 with Retry-After, since nothing the caller sent is at fault', async () => {
    const unreachable = await createServices(
      readSettings({
        STORAGE_CONNECTION_STRING: azurite.connectionString,
        ENTRA_CLIENT_ID: tabClientId,
        BOT_CLIENT_ID: botId,
        BOT_CLIENT_SECRET: 'bot-secret',
        BOT_OPENID_METADATA_URL: `http://127.0.0.1:${await freePort()}/v1/.well-known/openidconfiguration`,
      }),
    );
    const down = await serveRoutes(
      routes(async () => unreachable),
      0,
    );
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const response = await fetch(`${down.url}/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: bearer(await channel.channelToken(channelClaims())) },
        body: JSON.stringify(bindClick('dev', 'northside', 'northside-chat')),
      });
      expect({
        status: response.status,
        retryAfter: response.headers.get('retry-after'),
        code: ((await response.json()) as any).error.code,
      }).toEqual({ status: 503, retryAfter: '5', code: 'unavailable' });
    } finally {
      logged.mockRestore();
      await down.close();
    }
  }, 20_000);
});
