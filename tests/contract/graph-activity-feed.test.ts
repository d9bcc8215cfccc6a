import type { ActivityNotice } from '../../functions/application/ports/activity-feed';
import { readSettings } from '../../functions/composition/config';
import { entraTokens } from '../../functions/graph/entra-tokens';
import type { UndeliveredNotice } from '../../functions/graph/graph-activity-feed';
import { graphActivityFeed } from '../../functions/graph/graph-activity-feed';
import { activityFeedOf } from '../../functions/graph/graph-of-settings';
import { clientId, tenantA } from '../support/entra-keys';
import type { FakeUser, GraphFake } from '../support/graph-fake';
import { serverFault, startGraphFake, throttled } from '../support/graph-fake';

const clientSecret = 'riverside~feed~secret';
const people: FakeUser[] = ['amara', 'ben', 'chloe', 'dev', 'esi', 'farid', 'grace', 'hana'].map((name) => ({
  id: `c0ffee00-0000-4000-8000-${name.padStart(12, '0')}`,
  displayName: name,
  mail: `${name}@riverside-care.example`,
  userPrincipalName: `${name}@riverside-care.example`,
}));
const idOf = (name: string) => `c0ffee00-0000-4000-8000-${name.padStart(12, '0')}`;
const recordUrl =
  'https://teams.microsoft.com/l/entity/sociocracy/me?context=%7B%22subEntityId%22%3A%22proposal%2Fnorthside%2Fweekend-rota%22%7D';

const answerAwaited = (name: string): ActivityNotice => ({
  personId: idOf(name),
  activityType: 'answerAwaited',
  previewText: 'Northside care team asks for your consent on “Weekend rota” by 12 December.',
  recordUrl,
  templateParameters: { title: 'Weekend rota', circle: 'Northside care team' },
});

let fake: GraphFake;
let waits: number[];
let reported: UndeliveredNotice[][];

beforeEach(async () => {
  fake = await startGraphFake({ tenantId: tenantA, clientId, clientSecret, users: people });
  waits = [];
  reported = [];
});
afterEach(async () => {
  await fake.stop();
});

function feed(send: typeof fetch = fetch) {
  const deps = {
    fetch: send,
    sleep: async (ms: number) => void waits.push(ms),
    report: (_tenant: string, undelivered: readonly UndeliveredNotice[]) => void reported.push([...undelivered]),
  };
  return graphActivityFeed(
    { graphBaseUrl: fake.url },
    entraTokens({ authorityHost: fake.url, graphBaseUrl: fake.url, clientId, clientSecret }, deps),
    deps,
  );
}
const notificationCalls = () => fake.requests.filter((request) => request.path.endsWith('/teamwork/sendActivityNotification'));

describe('telling people in their Teams activity feed', () => {
  it('posts the documented body to each person: a text topic opening the record in the tab, the type, the preview, the template’s parameters', async () => {
    await feed().notify(tenantA, [answerAwaited('amara')]);
    expect(fake.notifications).toEqual([
      {
        personId: idOf('amara'),
        notification: {
          topic: { source: 'text', value: 'Weekend rota', webUrl: recordUrl },
          activityType: 'answerAwaited',
          previewText: { content: 'Northside care team asks for your consent on “Weekend rota” by 12 December.' },
          templateParameters: [
            { name: 'title', value: 'Weekend rota' },
            { name: 'circle', value: 'Northside care team' },
          ],
        },
      },
    ]);
    const [call] = notificationCalls();
    expect(call?.path).toBe(`/v1.0/users/${idOf('amara')}/teamwork/sendActivityNotification`);
    expect(call?.status).toBe(204);
    expect(fake.requests.find((request) => request.path.endsWith('/oauth2/v2.0/token'))?.body).toMatchObject({
      grant_type: 'client_credentials',
      scope: 'https://graph.microsoft.com/.default',
    });
    expect(reported).toEqual([]);
  });

  it('tells everyone asked with one app token, never more than four requests at a time', async () => {
    let inFlight = 0;
    let most = 0;
    const counted: typeof fetch = async (...args) => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      try {
        return await fetch(...args);
      } finally {
        inFlight -= 1;
      }
    };
    await feed(counted).notify(
      tenantA,
      people.map((person) => answerAwaited(person.displayName)),
    );
    expect(fake.notifications.map((sent) => sent.personId).sort()).toEqual(people.map((person) => person.id).sort());
    expect(fake.requests.filter((request) => request.path.endsWith('/oauth2/v2.0/token'))).toHaveLength(1);
    expect(most).toBeLessThanOrEqual(4);
  });

  it('waits as long as Retry-After says when Graph throttles, then delivers', async () => {
    fake.failNext({ method: 'POST', path: /sendActivityNotification$/ }, throttled(2));
    await feed().notify(tenantA, [answerAwaited('ben')]);
    expect(waits).toEqual([2000]);
    expect(notificationCalls().map((request) => request.status)).toEqual([429, 204]);
    expect(fake.notifications).toHaveLength(1);
  });

  it('asks for a new app token once when Graph refuses the one kept (revoked or expired early)', async () => {
    const told = feed();
    await told.notify(tenantA, [answerAwaited('amara')]);
    fake.expireTokens();
    await told.notify(tenantA, [answerAwaited('ben')]);
    expect(notificationCalls().map((request) => request.status)).toEqual([204, 401, 204]);
    expect(fake.requests.filter((request) => request.path.endsWith('/oauth2/v2.0/token'))).toHaveLength(2);
    expect(reported).toEqual([]);
  });

  it('delivers to the others when one person cannot be told, and reports who was not told and why', async () => {
    fake.failNext(
      { method: 'POST', path: new RegExp(`${idOf('chloe')}/teamwork/sendActivityNotification$`) },
      serverFault(503),
      serverFault(503),
      serverFault(503),
    );
    const notices = [
      answerAwaited('amara'),
      answerAwaited('chloe'),
      { ...answerAwaited('ghost'), personId: 'no-such-person' },
      answerAwaited('dev'),
    ];
    await feed().notify(tenantA, notices);
    expect(fake.notifications.map((sent) => sent.personId).sort()).toEqual([idOf('amara'), idOf('dev')].sort());
    expect(reported).toHaveLength(1);
    expect(reported[0]?.map(({ personId, status }) => ({ personId, status })).sort((a, b) => a.personId.localeCompare(b.personId))).toEqual(
      [
        { personId: idOf('chloe'), status: 503 },
        { personId: 'no-such-person', status: 404 },
      ],
    );
    expect(notificationCalls().filter((request) => request.path.includes(idOf('chloe')))).toHaveLength(3);
  });

  it('is refused by Graph (as the fake knows it) for a type the manifest does not declare or a template parameter missing', async () => {
    const delivered = await feed().deliver(tenantA, [
      { ...answerAwaited('amara'), activityType: 'madeUp' as ActivityNotice['activityType'] },
      { ...answerAwaited('ben'), templateParameters: { title: 'Weekend rota' } },
    ]);
    expect(delivered.map(({ status, message }) => ({ status, message }))).toEqual([
      { status: 400, message: expect.stringContaining('not declared in the app manifest') },
      { status: 400, message: expect.stringContaining('circle') },
    ]);
    expect(fake.notifications).toEqual([]);
  });
});

describe('the activity feed from the settings', () => {
  const storage = { STORAGE_CONNECTION_STRING: 'UseDevelopmentStorage=true', AUTH_MODE: 'dev' };

  it('is there when the app has a client id and a Graph secret, and not otherwise', () => {
    expect(activityFeedOf(readSettings(storage))).toBeNull();
    expect(activityFeedOf(readSettings({ ...storage, ENTRA_CLIENT_ID: clientId }))).toBeNull();
    expect(activityFeedOf(readSettings({ ...storage, ENTRA_CLIENT_ID: clientId, GRAPH_CLIENT_SECRET: clientSecret }))).not.toBeNull();
  });

  it('made from the settings, reaches the Graph and Entra they name', async () => {
    const made = activityFeedOf(
      readSettings({
        ...storage,
        ENTRA_CLIENT_ID: clientId,
        GRAPH_CLIENT_SECRET: clientSecret,
        GRAPH_BASE_URL: fake.url,
        ENTRA_AUTHORITY_HOST: fake.url,
      }),
    );
    expect(await made?.deliver(tenantA, [answerAwaited('esi')])).toEqual([]);
    expect(fake.notifications.map((sent) => sent.personId)).toEqual([idOf('esi')]);
  });
});
