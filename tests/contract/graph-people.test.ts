import fc from 'fast-check';
import { entraTokens } from '../../functions/graph/entra-tokens';
import type { GraphDirectorySettings } from '../../functions/graph/graph-directory';
import { directoryScope, graphDirectory, peopleSearch } from '../../functions/graph/graph-directory';
import type { DirectoryCaller, DirectorySearch } from '../../functions/application/ports/directory';
import { clientId, serveEntraKeys, signToken, ssoClaims, tenantA, type EntraKeys } from '../support/entra-keys';
import type { FakeUser, GraphFake } from '../support/graph-fake';
import { serverFault, startGraphFake, throttled } from '../support/graph-fake';
import { parseSearch } from '../support/graph-fake-people';

const clientSecret = 'riverside~people~secret';
const amaraOid = 'a1b2c3d4-0000-4000-8000-00000000amara';

const directory: FakeUser[] = [
  {
    id: amaraOid,
    displayName: 'Amara Okafor',
    mail: 'amara.okafor@riverside-care.example',
    userPrincipalName: 'amara@riverside-care.example',
  },
  {
    id: 'c0ffee00-0000-4000-8000-0000000chloe',
    displayName: 'Chloé Martin',
    mail: 'chloe.martin@riverside-care.example',
    userPrincipalName: 'chloe@riverside-care.example',
    userType: 'Member',
  },
  // A guest of the tenant: a sign-in name Entra made up, and often no mail.
  {
    id: 'c0ffee00-0000-4000-8000-0000000grace',
    displayName: 'Grace Lin',
    mail: null,
    userPrincipalName: 'grace_lin.example#EXT#@riverside.onmicrosoft.com',
    userType: 'Guest',
  },
  {
    id: 'c0ffee00-0000-4000-8000-00000000quote',
    displayName: 'Ana "Nan" Quoted\\Slash',
    mail: null,
    userPrincipalName: 'nan@riverside-care.example',
  },
];

let keys: EntraKeys;
let fake: GraphFake;
let waits: number[];
let reported: string[];

beforeAll(async () => {
  keys = await serveEntraKeys();
});
afterAll(async () => {
  await keys.close();
});
beforeEach(async () => {
  fake = await startGraphFake({ tenantId: tenantA, clientId, clientSecret, users: directory, assertionKey: keys.publicKey });
  waits = [];
  reported = [];
});
afterEach(async () => {
  await fake.stop();
});

function directoryOf(mode: GraphDirectorySettings['mode']) {
  const deps = { sleep: async (ms: number) => void waits.push(ms), report: (_tenant: string, cause: string) => void reported.push(cause) };
  const tokens = entraTokens({ authorityHost: fake.url, graphBaseUrl: fake.url, clientId, clientSecret }, deps);
  return graphDirectory({ graphBaseUrl: fake.url, mode }, tokens, deps);
}

const signedIn = async (claims = {}): Promise<DirectoryCaller> => ({
  tenantId: tenantA,
  personId: amaraOid,
  ssoToken: await signToken(keys.privateKey, keys.kid, ssoClaims(claims)),
});
const found = (search: DirectorySearch) => {
  if (search.outcome !== 'searched') throw new Error(`expected people, got ${JSON.stringify(search)}`);
  return search.people;
};
const tokenRequests = () => fake.requests.filter((request) => request.path.endsWith('/oauth2/v2.0/token'));
const searches = () => fake.requests.filter((request) => request.path === '/v1.0/users');

describe('searching the directory with the caller’s own rights (on-behalf-of)', () => {
  it('exchanges the Teams SSO token for a Graph token as the documented jwt-bearer grant, with the app’s secret', async () => {
    found(await directoryOf('on-behalf-of').search(await signedIn(), 'chlo'));
    const [exchange] = tokenRequests();
    expect(exchange?.path).toBe(`/${tenantA}/oauth2/v2.0/token`);
    expect(exchange?.body).toEqual({
      client_id: clientId,
      client_secret: clientSecret,
      grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
      requested_token_use: 'on_behalf_of',
      assertion: expect.any(String),
      scope: directoryScope,
    });
    expect(exchange?.status).toBe(200);
  });

  it('asks GET /users with $search, $select, $top and ConsistencyLevel: eventual, and reads names, mail and guests', async () => {
    const people = found(await directoryOf('on-behalf-of').search(await signedIn(), 'gra'));
    const [search] = searches();
    expect(search?.query).toEqual({
      $search: '"displayName:gra" OR "mail:gra"',
      $select: 'id,displayName,mail,userPrincipalName,userType',
      $top: '25',
    });
    expect(search?.headers.consistencylevel).toBe('eventual');
    expect(people).toEqual([{ personId: 'c0ffee00-0000-4000-8000-0000000grace', displayName: 'Grace Lin', email: null, guest: true }]);
    const chloe = found(await directoryOf('on-behalf-of').search(await signedIn(), 'chloe.martin'));
    expect(chloe).toEqual([
      {
        personId: 'c0ffee00-0000-4000-8000-0000000chloe',
        displayName: 'Chloé Martin',
        email: 'chloe.martin@riverside-care.example',
        guest: false,
      },
    ]);
  });

  it('keeps the person’s Graph token until shortly before it expires: a second search asks Entra nothing', async () => {
    const search = directoryOf('on-behalf-of');
    await search.search(await signedIn(), 'amara');
    await search.search(await signedIn(), 'chloe');
    expect(tokenRequests()).toHaveLength(1);
    expect(searches()).toHaveLength(2);
  });

  it('keeps each person’s token apart: another person’s search asks Entra for their own', async () => {
    const search = directoryOf('on-behalf-of');
    await search.search(await signedIn(), 'amara');
    const benOid = 'a1b2c3d4-0000-4000-8000-0000000000ben';
    const ben = { tenantId: tenantA, personId: benOid, ssoToken: await signToken(keys.privateKey, keys.kid, ssoClaims({ oid: benOid })) };
    await search.search(ben, 'amara');
    expect(tokenRequests()).toHaveLength(2);
    expect(tokenRequests().map((request) => (request.body as Record<string, string>).assertion)).toEqual([
      expect.any(String),
      ben.ssoToken,
    ]);
  });

  it('asks Entra again five minutes before the kept token expires, not later', async () => {
    let clock = Date.parse('2026-12-03T09:00:00Z');
    const deps = { sleep: async () => undefined, now: () => clock };
    const tokens = entraTokens({ authorityHost: fake.url, graphBaseUrl: fake.url, clientId, clientSecret }, deps);
    const search = graphDirectory({ graphBaseUrl: fake.url, mode: 'on-behalf-of' }, tokens, deps);
    await search.search(await signedIn(), 'amara');
    // The fake's tokens live 3,599 s: kept until 3,299 s.
    clock += 3_298_000;
    await search.search(await signedIn(), 'amara');
    expect(tokenRequests()).toHaveLength(1);
    clock += 2_000;
    await search.search(await signedIn(), 'amara');
    expect(tokenRequests()).toHaveLength(2);
  });

  it('asks for consent when Entra says the person has not consented (AADSTS65001), in a sentence a person understands', async () => {
    fake.withholdConsent(amaraOid);
    const search = await directoryOf('on-behalf-of').search(await signedIn(), 'chloe');
    expect(search).toEqual({ outcome: 'consent-required', reason: 'directoryConsentRequired' });
    expect(tokenRequests()[0]?.body).toMatchObject({ grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer' });
    expect(searches()).toHaveLength(0);
  });

  it('is refused by Entra for an assertion signed with another key, and says the directory cannot be searched now', async () => {
    const forged = { tenantId: tenantA, personId: amaraOid, ssoToken: await signToken(keys.tenantBPrivateKey, keys.kid, ssoClaims()) };
    const search = await directoryOf('on-behalf-of').search(forged, 'chloe');
    expect(search.outcome).toBe('unavailable');
    expect(tokenRequests()[0]?.status).toBe(400);
    expect(reported).toEqual([expect.stringContaining('invalid_grant: AADSTS50013')]);
  });

  it('without an SSO token searches nothing and says why', async () => {
    const search = await directoryOf('on-behalf-of').search({ tenantId: tenantA, personId: amaraOid, ssoToken: null }, 'chloe');
    expect(search).toEqual({ outcome: 'unavailable', reason: 'directorySignInNeeded' });
    expect(fake.requests).toHaveLength(0);
  });
});

describe('searching the directory as the app (dev mode)', () => {
  it('uses a client-credentials token for the caller’s tenant', async () => {
    const people = found(await directoryOf('app-only').search({ tenantId: tenantA, personId: 'amara', ssoToken: null }, 'amara okafor'));
    expect(people.map((person) => person.displayName)).toEqual(['Amara Okafor']);
    expect(tokenRequests()[0]?.body).toMatchObject({ grant_type: 'client_credentials', scope: 'https://graph.microsoft.com/.default' });
  });
});

describe('what a person types is looked for as it is', () => {
  it('escapes double quotes and backslashes inside the search term, so the term is never closed early', () => {
    expect(peopleSearch('Ana "Nan" Quoted\\Slash')).toBe(
      '"displayName:Ana \\"Nan\\" Quoted\\\\Slash" OR "mail:Ana \\"Nan\\" Quoted\\\\Slash"',
    );
    expect(parseSearch(peopleSearch('a" OR "mail:b'))?.terms).toEqual([
      { property: 'displayName', text: 'a" OR "mail:b' },
      { property: 'mail', text: 'a" OR "mail:b' },
    ]);
  });

  it('reads back exactly what was typed, whatever it holds, as Graph’s search syntax reads it', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'é', ' ', '"', '\\', ':', 'O', 'R', '*') }), (typed) => {
        expect(parseSearch(peopleSearch(typed))).toEqual({
          terms: [
            { property: 'displayName', text: typed },
            { property: 'mail', text: typed },
          ],
          operators: ['OR'],
        });
      }),
    );
  });

  it('finds a name with quotes and a backslash through Graph', async () => {
    const people = found(
      await directoryOf('app-only').search({ tenantId: tenantA, personId: 'amara', ssoToken: null }, '"Nan" quoted\\slash'),
    );
    expect(people.map((person) => person.displayName)).toEqual(['Ana "Nan" Quoted\\Slash']);
  });
});

describe('when Graph does not answer as hoped', () => {
  it('waits as long as Retry-After says on 429, then searches again', async () => {
    fake.failNext({ method: 'GET', path: /^\/v1\.0\/users$/ }, throttled(3));
    const people = found(await directoryOf('on-behalf-of').search(await signedIn(), 'chloe'));
    expect(people).toHaveLength(1);
    expect(waits).toEqual([3000]);
    expect(searches().map((request) => request.status)).toEqual([429, 200]);
  });

  it('gives up after three tries and says the directory cannot be reached now', async () => {
    fake.failNext({ method: 'GET', path: /^\/v1\.0\/users$/ }, serverFault(503), serverFault(503), serverFault(503));
    const search = await directoryOf('on-behalf-of').search(await signedIn(), 'chloe');
    expect(search).toEqual({ outcome: 'unavailable', reason: 'directoryNoAnswer' });
    expect(searches()).toHaveLength(3);
    expect(reported).toEqual([expect.stringContaining('Graph answered 503')]);
  });

  it('asks for a new token once when Graph refuses the one kept (revoked or expired early)', async () => {
    const search = directoryOf('on-behalf-of');
    await search.search(await signedIn(), 'amara');
    fake.expireTokens();
    expect(found(await search.search(await signedIn(), 'chloe'))).toHaveLength(1);
    expect(tokenRequests()).toHaveLength(2);
    expect(searches().map((request) => request.status)).toEqual([200, 401, 200]);
  });
});

describe('the fake keeps Graph’s rules', () => {
  it('refuses $search without ConsistencyLevel: eventual, as Graph does', async () => {
    const token = (
      (await await fetch(`${fake.url}/${tenantA}/oauth2/v2.0/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          client_id: clientId,
          client_secret: clientSecret,
          grant_type: 'client_credentials',
          scope: 'https://graph.microsoft.com/.default',
        }).toString(),
      }).then((response) => response.json())) as { access_token: string }
    ).access_token;
    const response = await fetch(`${fake.url}/v1.0/users?$search=${encodeURIComponent('"displayName:chloe"')}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('Request_UnsupportedQuery');
  });
});
