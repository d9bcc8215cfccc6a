import { readSettings } from '../../functions/composition/config';
import { createServices } from '../../functions/composition/services';
import type { DevHost } from '../../functions/dev/host';
import { serveRoutes } from '../../functions/dev/host';
import { routes } from '../../functions/http/routes';
import { startAzurite, type RunningAzurite } from '../support/azurite';
import { careCoop } from '../support/care-coop';
import { clientId, serveEntraKeys, signToken, ssoClaims, tenantA, type EntraKeys } from '../support/entra-keys';
import type { GraphFake } from '../support/graph-fake';
import { devGraphApp, serverFault, startGraphFake } from '../support/graph-fake';

jest.setTimeout(30_000);

const ssoSecret = 'riverside~sso~secret';

let azurite: RunningAzurite;
let keys: EntraKeys;
let devGraph: GraphFake;
let tenantGraph: GraphFake;
const hosts: DevHost[] = [];
let devUrl: string;
let bareUrl: string;
let ssoUrl: string;

async function host(environment: Record<string, string>, seedTenant: string): Promise<string> {
  const services = await createServices(readSettings({ STORAGE_CONNECTION_STRING: azurite.connectionString, ...environment }));
  await services.structures.save(await services.structures.load(seedTenant), careCoop());
  const served = await serveRoutes(
    routes(async () => services),
    0,
  );
  hosts.push(served);
  return served.url;
}

beforeAll(async () => {
  [azurite, keys, devGraph] = await Promise.all([startAzurite(), serveEntraKeys(), startGraphFake()]);
  tenantGraph = await startGraphFake({ tenantId: tenantA, clientId, clientSecret: ssoSecret, users: [], assertionKey: keys.publicKey });
  devGraph.addUser({
    id: 'amara',
    displayName: 'Amara Okafor',
    mail: 'amara.okafor@riverside.example',
    userPrincipalName: 'amara@riverside.example',
  });
  devGraph.addUser({
    id: 'ivo',
    displayName: 'Ivo Novak',
    mail: 'ivo.novak@riverside.example',
    userPrincipalName: 'ivo@riverside.example',
  });
  devGraph.addUser({
    id: 'jun',
    displayName: 'Jun Park',
    mail: null,
    userPrincipalName: 'jun_park.example#EXT#@riverside.onmicrosoft.com',
    userType: 'Guest',
  });
  tenantGraph.addUser({
    id: 'c0ffee00-0000-4000-8000-0000000chloe',
    displayName: 'Chloé Martin',
    mail: 'chloe.martin@riverside.example',
    userPrincipalName: 'chloe@riverside.example',
  });
  const devGraphSettings = {
    ENTRA_CLIENT_ID: devGraphApp.clientId,
    GRAPH_CLIENT_SECRET: devGraphApp.clientSecret,
    GRAPH_BASE_URL: devGraph.url,
    ENTRA_AUTHORITY_HOST: devGraph.url,
  };
  devUrl = await host({ AUTH_MODE: 'dev', ...devGraphSettings }, 'riverside-dev');
  bareUrl = await host({ AUTH_MODE: 'dev' }, 'riverside-dev');
  ssoUrl = await host(
    {
      AUTH_MODE: 'entra',
      ENTRA_CLIENT_ID: clientId,
      ENTRA_JWKS_URL: keys.jwksUrl,
      BOT_CLIENT_ID: 'bot-client-id',
      BOT_CLIENT_SECRET: 'bot-secret',
      GRAPH_CLIENT_SECRET: ssoSecret,
      GRAPH_BASE_URL: tenantGraph.url,
      ENTRA_AUTHORITY_HOST: tenantGraph.url,
    },
    tenantA,
  );
}, 60_000);

afterAll(async () => {
  await Promise.all(hosts.map((served) => served.close()));
  await Promise.all([devGraph?.stop(), tenantGraph?.stop(), keys?.close()]);
  await azurite?.stop();
});

type Answer = { status: number; headers: Headers; body: Record<string, any> };

async function ask(base: string, query: string | null, headers: Record<string, string>): Promise<Answer> {
  const response = await fetch(`${base}/people${query === null ? '' : `?query=${encodeURIComponent(query)}`}`, { headers });
  return { status: response.status, headers: response.headers, body: (await response.json()) as Record<string, any> };
}
const asDev = (base: string, query: string | null) => ask(base, query, { 'x-dev-person': 'amara' });
const signedIn = async (query: string) =>
  ask(ssoUrl, query, { authorization: `Bearer ${await signToken(keys.privateKey, keys.kid, ssoClaims())}` });

describe('GET /api/people in dev mode, the directory searched as the app', () => {
  it('offers the directory’s people first, then the people already in circles it did not list, searching Graph with an app token', async () => {
    const answer = await asDev(devUrl, 'p');
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      directory: 'searched',
      people: [
        { personId: 'jun', displayName: 'Jun Park', email: null, guest: true, source: 'directory' },
        { personId: 'dev', displayName: 'Dev Patel', email: null, guest: false, source: 'known' },
      ],
    });
    // Searched as the app: a client-credentials token of the dev tenant, and Graph's advanced query.
    const token = devGraph.requests.find((request) => request.path.endsWith('/oauth2/v2.0/token'));
    expect(token?.path).toBe('/riverside-dev/oauth2/v2.0/token');
    expect(token?.body).toMatchObject({ grant_type: 'client_credentials' });
    const search = devGraph.requests.find((request) => request.path === '/v1.0/users');
    expect(search?.headers.consistencylevel).toBe('eventual');
    expect(search?.query.$search).toBe('"displayName:p" OR "mail:p"');
  });

  it('offers a person found in both once, as the directory describes them', async () => {
    const answer = await asDev(devUrl, 'AMARA');
    expect(answer.body.people).toEqual([
      { personId: 'amara', displayName: 'Amara Okafor', email: 'amara.okafor@riverside.example', guest: false, source: 'directory' },
    ]);
  });

  it('answers 503 with Retry-After, not 500, when Graph does not answer, and the picker may ask again', async () => {
    const down = serverFault(503, { 'Retry-After': '0' });
    devGraph.failNext({ method: 'GET', path: /^\/v1\.0\/users$/ }, down, down, down);
    const answer = await asDev(devUrl, 'ivo');
    expect(answer.status).toBe(503);
    expect(answer.headers.get('retry-after')).toBe('5');
    expect(answer.body.error).toEqual({ code: 'directory-unavailable', message: expect.stringContaining('cannot be reached') });
    expect((await asDev(devUrl, 'ivo')).body.people).toEqual([
      { personId: 'ivo', displayName: 'Ivo Novak', email: 'ivo.novak@riverside.example', guest: false, source: 'directory' },
    ]);
  });
});

describe('GET /api/people without Graph', () => {
  it('finds the people already in circles, case and accents aside, and says the directory is not configured', async () => {
    const answer = await asDev(bareUrl, 'chloe');
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      directory: 'not-configured',
      people: [{ personId: 'chloe', displayName: 'Chloé Martin', email: null, guest: false, source: 'known' }],
    });
  });

  it('refuses a missing, empty or too long query with 400 naming it', async () => {
    for (const query of [null, '   ', 'x'.repeat(101)]) {
      const answer = await asDev(bareUrl, query);
      expect(answer.status).toBe(400);
      expect(answer.body.error).toMatchObject({ code: 'invalid-input', field: 'query.query' });
    }
  });
});

describe('GET /api/people signed in through Teams, the directory searched on the caller’s behalf', () => {
  it('exchanges the caller’s SSO token on-behalf-of and offers the directory’s people', async () => {
    const token = await signToken(keys.privateKey, keys.kid, ssoClaims());
    const answer = await ask(ssoUrl, 'chlo', { authorization: `Bearer ${token}` });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      directory: 'searched',
      people: [
        {
          personId: 'c0ffee00-0000-4000-8000-0000000chloe',
          displayName: 'Chloé Martin',
          email: 'chloe.martin@riverside.example',
          guest: false,
          source: 'directory',
        },
        { personId: 'chloe', displayName: 'Chloé Martin', email: null, guest: false, source: 'known' },
      ],
    });
    const exchange = tenantGraph.requests.find((request) => request.path.endsWith('/oauth2/v2.0/token'));
    expect(exchange?.body).toMatchObject({
      grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
      requested_token_use: 'on_behalf_of',
      assertion: token,
    });
  });

  it('offers the people already in circles, and says in a sentence that consent is required, until the person consents', async () => {
    tenantGraph.withholdConsent('a1b2c3d4-0000-4000-8000-0000000000ben');
    const ben = await signToken(keys.privateKey, keys.kid, ssoClaims({ oid: 'a1b2c3d4-0000-4000-8000-0000000000ben', name: 'Ben Hughes' }));
    const answer = await ask(ssoUrl, 'chloe', { authorization: `Bearer ${ben}` });
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({
      consent: { code: 'consent-required', message: expect.stringContaining('needs your consent') },
      directory: 'consent-required',
      people: [{ personId: 'chloe', displayName: 'Chloé Martin', email: null, guest: false, source: 'known' }],
    });
    const dutch = await ask(ssoUrl, 'chloe', { authorization: `Bearer ${ben}`, 'accept-language': 'nl-NL,nl;q=0.9,en;q=0.5' });
    expect(dutch.body.consent).toEqual({
      code: 'consent-required',
      message:
        'Om mensen in de adreslijst van je organisatie te vinden, heeft deze app je toestemming nodig om hun basisprofielen te lezen. Geef toestemming, of vraag een beheerder die voor iedereen te verlenen.',
    });
    expect((await signedIn('chloe')).status).toBe(200);
  });

  it('asks for a sign-in (401) before searching anything', async () => {
    const before = tenantGraph.requests.length;
    const answer = await ask(ssoUrl, 'chloe', {});
    expect(answer.status).toBe(401);
    expect(tenantGraph.requests).toHaveLength(before);
  });
});
