import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleFunctions, type FunctionsBundle } from '../../functions/build/bundle-functions';
import { bodyLimitBytes, endpoints } from '../../functions/http/dispatch';
import { routes } from '../../functions/http/routes';
import { timers } from '../../functions/timers/timers';
import { startAzurite, type RunningAzurite } from '../support/azurite';
import { clientId, serveEntraKeys, signToken, ssoClaims, type EntraKeys } from '../support/entra-keys';
import { startFunctionsApp, type FunctionsApp, type WorkerResponse } from '../support/functions-app';

/**
 * The production bundle (`dist/functions`) as Azure runs it: built into a folder
 * outside the repository (no node_modules to fall back on), loaded by a stand-in of
 * the Functions Node worker in a fresh process, on a real Azurite in dev mode.
 */
let azurite: RunningAzurite;
let bundle: FunctionsBundle;
let app: FunctionsApp;
let folder: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'functions-bundle-'));
  [azurite, bundle] = await Promise.all([startAzurite(), bundleFunctions(join(folder, 'functions'))]);
  app = await startFunctionsApp(join(bundle.folder, 'index.js'), {
    STORAGE_CONNECTION_STRING: azurite.connectionString,
    AUTH_MODE: 'dev',
    ORGANISATION_ADMINS: 'riverside-dev:admin',
  });
}, 30_000);

afterAll(async () => {
  await app?.stop();
  await azurite?.stop();
  if (folder) await rm(folder, { recursive: true, force: true });
});

const unused = () => Promise.reject(new Error('only the names are read'));
/** The bot's own app registration, apart from the tab's (`clientId`). */
const botClientId = '0b07b07b-1111-4222-8333-444455556666';

async function call(method: string, path: string, as?: string, body?: unknown): Promise<WorkerResponse & { json: () => any }> {
  const response = await app.invoke({
    method,
    path,
    headers: { 'content-type': 'application/json', ...(as ? { 'x-dev-person': as } : {}) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { ...response, json: () => JSON.parse(response.body) };
}

describe('the bundled Function App', () => {
  it('is a folder Azure can run as it is: index.js, package.json pointing at it, host.json, no dependencies to install', async () => {
    const manifest = JSON.parse(await readFile(join(bundle.folder, 'package.json'), 'utf8'));
    expect(manifest.main).toBe('index.js');
    expect(manifest.dependencies).toBeUndefined();
    expect(await readFile(join(bundle.folder, 'host.json'), 'utf8')).toBe(await readFile('host.json', 'utf8'));
    expect(existsSync(join(bundle.folder, 'index.js.map'))).toBe(true);
    expect(existsSync(join(bundle.folder, 'node_modules'))).toBe(false);
  });

  it('registers every HTTP route and every timer with the bundled @azure/functions as the worker loads it', () => {
    expect(app.programmingModel).toMatch(/^@azure\/functions@4\./);
    const http = endpoints(routes(unused)).map((endpoint) => ({
      name: endpoint.name,
      trigger: 'httpTrigger',
      route: endpoint.route,
      methods: endpoint.methods,
    }));
    const timed = timers(unused).map((timer) => ({ name: timer.name, trigger: 'timerTrigger', schedule: timer.schedule }));
    expect(app.functions).toEqual([...http, ...timed]);
  });

  it('registers each route template once, by the name of its route, taking every method', () => {
    const names = app.functions.filter((fn) => fn.trigger === 'httpTrigger').map((fn) => fn.name);
    expect(names).toEqual(routes(unused).map((route) => route.name));
    expect(app.functions.find((fn) => fn.name === 'circles-list')?.methods).toEqual([
      'GET',
      'HEAD',
      'POST',
      'PUT',
      'PATCH',
      'DELETE',
      'OPTIONS',
    ]);
  });

  it('answers a method a route does not take with 405 and Allow, where the host alone would answer 404', async () => {
    const refused = await call('DELETE', 'circles', 'amara');
    expect({ status: refused.status, allow: refused.headers.allow, code: refused.json().error.code }).toEqual({
      status: 405,
      allow: 'GET, HEAD, OPTIONS',
      code: 'method-not-allowed',
    });
    const options = await call('OPTIONS', 'structure/commands');
    expect({ status: options.status, allow: options.headers.allow }).toEqual({ status: 204, allow: 'POST, OPTIONS' });
  });

  it('refuses a body declared above 1 MiB with 413 before the route reads it', async () => {
    const response = await app.invoke({
      method: 'POST',
      path: 'structure/commands',
      headers: { 'x-dev-person': 'admin', 'content-length': String(bodyLimitBytes + 1) },
      body: '{}',
    });
    expect({ status: response.status, error: JSON.parse(response.body).error }).toEqual({
      status: 413,
      error: { code: 'too-large', message: expect.any(String), field: 'body' },
    });
  });

  it('serves the OpenAPI description without sign-in', async () => {
    const response = await call('GET', 'openapi.json');
    expect(response.status).toBe(200);
    expect(response.json().openapi).toMatch(/^3\.1/);
    expect(Object.keys(response.json().paths)).toContain('/api/circles');
  });

  it('reads and writes the organisation in Table Storage for a signed-in person', async () => {
    const empty = await call('GET', 'circles', 'amara');
    expect({ status: empty.status, circles: empty.json().circles }).toEqual({ status: 200, circles: [] });

    const created = await call('POST', 'structure/commands', 'admin', {
      type: 'create-circle',
      circleId: 'northside',
      name: 'Northside care team',
      parentId: null,
    });
    expect({ status: created.status, error: created.json().error }).toEqual({ status: 200, error: undefined });
    await call('POST', 'structure/commands', 'admin', {
      type: 'add-member',
      circleId: 'northside',
      member: { personId: 'amara', displayName: 'Amara' },
    });

    const listed = await call('GET', 'circles', 'amara');
    expect(listed.json().circles.map((circle: { circleId: string; memberCount: number }) => [circle.circleId, circle.memberCount])).toEqual(
      [['northside', 1]],
    );
    expect((await call('GET', 'circles/northside', 'amara')).json().circle.members.map((m: { personId: string }) => m.personId)).toEqual([
      'amara',
    ]);
  });

  it('writes a circle’s feed with the VTIMEZONE of its meeting rhythm, read from the zone files shipped beside the bundle', async () => {
    const meetingRhythm = { frequency: 'weekly', firstMeeting: '2026-12-01T09:00', timeZone: 'Europe/London', durationMinutes: 60 };
    const policy = await call('POST', 'structure/commands', 'admin', {
      type: 'set-circle-policy',
      circleId: 'northside',
      policy: { meetingRhythm },
    });
    expect({ status: policy.status, error: policy.json().error }).toEqual({ status: 200, error: undefined });

    const feeds = await call('GET', 'feeds', 'amara');
    const url: string = feeds.json().circles.find((feed: { circleId: string }) => feed.circleId === 'northside').url;
    const feed = await call('GET', `calendar/${url.split('/').pop()}`);
    expect(feed.status).toBe(200);
    expect(feed.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(feed.body).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/London');
    expect(feed.body).toContain('DTSTART;TZID=Europe/London:20261201T090000');
  });
});

/** The same bundle in a second worker that verifies real Entra tokens, against a local signing-key endpoint. */
describe('the bundled Function App outside dev mode', () => {
  let keys: EntraKeys;
  let entra: FunctionsApp;
  beforeAll(async () => {
    keys = await serveEntraKeys();
    entra = await startFunctionsApp(join(bundle.folder, 'index.js'), {
      STORAGE_CONNECTION_STRING: azurite.connectionString,
      ENTRA_CLIENT_ID: clientId,
      ENTRA_JWKS_URL: keys.jwksUrl,
      BOT_CLIENT_ID: botClientId,
      BOT_CLIENT_SECRET: 'bot-secret',
    });
  }, 20_000);
  afterAll(async () => {
    await entra?.stop();
    await keys?.close();
  });
  const circlesWith = async (token: string) => {
    const response = await entra.invoke({ method: 'GET', path: 'circles', headers: { authorization: `Bearer ${token}` } });
    return { status: response.status, body: JSON.parse(response.body) };
  };

  it('takes a Teams SSO token signed with the tenant’s published key and refuses one signed with another key', async () => {
    expect(await circlesWith(await signToken(keys.privateKey, keys.kid, ssoClaims()))).toEqual({
      status: 200,
      body: { circles: [], roleLimit: expect.any(Number) },
    });
    const forged = await circlesWith(await signToken(keys.tenantBPrivateKey, keys.kid, ssoClaims()));
    expect({ status: forged.status, code: forged.body.error.code }).toEqual({ status: 401, code: 'unauthenticated' });
  });

  it('refuses a bot activity without a Bot Connector token, and with the tab’s sign-in token', async () => {
    const body = JSON.stringify({
      type: 'message',
      text: 'hello',
      serviceUrl: 'https://smba.trafficmanager.net/emea/',
      conversation: { id: 'chat' },
    });
    const response = await entra.invoke({ method: 'POST', path: 'messages', headers: { 'content-type': 'application/json' }, body });
    expect(response.status).toBe(401);
    const tabToken = await signToken(keys.privateKey, keys.kid, ssoClaims());
    const withTabToken = await entra.invoke({
      method: 'POST',
      path: 'messages',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${tabToken}` },
      body,
    });
    expect(withTabToken.status).toBe(401);
  });
});
