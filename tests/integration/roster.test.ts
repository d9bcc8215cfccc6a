import { textsFor } from '../../texts/all';
import { useApi } from '../support/api-host';
import { cardProblems, cardValidationProblems, inputIds } from '../support/adaptive-cards';
import { botClient, texts, titles } from '../support/bot-client';
import { useConnectorRecorder } from '../support/connector-recorder';

const english = textsFor('en');

/**
 * People in from the conversation's roster, through the bot's real endpoint on a real
 * Azurite, with the Bot Connector's `pagedmembers` served by the recording fake in
 * its documented shape: two pages, a guest, the bot's own account, an anonymous
 * meeting visitor and an account without an Entra id.
 */
const { call, api } = useApi();
const connector = useConnectorRecorder();
const home = botClient(api, connector, 'northside-home');

const account = (id: string, name: string, aadObjectId: string | null, userRole: 'user' | 'guest' | 'anonymous') => ({
  id,
  name,
  ...(aadObjectId ? { aadObjectId, userPrincipalName: `${aadObjectId}@riverside.example`, email: `${aadObjectId}@riverside.example` } : {}),
  userRole,
  tenantId: 'riverside-dev',
});

/** Seven accounts, served four a page: the last three come only with the continuation token. */
const members = [
  account('29:dev', 'Dev Patel', 'dev', 'user'),
  account('29:farid', 'Farid Haddad', 'farid', 'guest'),
  { id: '28:sociocracy-bot', name: 'Sociocracy for Teams' },
  account('29:ines', 'Ines Duarte', 'ines', 'user'),
  account('29:jonah', 'Jonah Weiss', 'jonah', 'guest'),
  account('29:visitor', 'Visitor', null, 'anonymous'),
  account('29:kofi', 'Kofi Boateng', 'kofi', 'user'),
];

const choiceTitles = (card: any): string[] =>
  card.body.find((element: any) => element.type === 'Input.ChoiceSet')?.choices.map((choice: any) => choice.title) ?? [];
const choiceSet = (card: any) => card.body.find((element: any) => element.type === 'Input.ChoiceSet');
const northsideMembers = async () =>
  (await call('GET', 'circles/northside', 'dev')).body.circle.members as { personId: string; displayName: string; guest: boolean }[];

describe('people in from the conversation’s roster (Bot Connector pagedmembers fake, real Azurite)', () => {
  beforeAll(() => connector().serveMembers('northside-home', members, { pageSize: 4 }));

  it('binding reads both pages of the roster and offers exactly those not yet members, guests marked, none chosen', async () => {
    const bound = await home.click('dev', 'bind-circle', { subject: 'conversation', circleId: 'northside' }, { on: 'bind-message' });
    const reads = connector().memberReads.filter((read) => read.conversationId === 'northside-home');
    expect(reads.map((read) => [read.pageSize, read.continuationToken === null])).toEqual([
      ['100', true],
      ['100', false],
    ]);
    expect(texts(bound)).toContain('This conversation is the circle “Northside care team”.');
    expect(choiceTitles(bound)).toEqual(['Ines Duarte', 'Jonah Weiss (guest)', 'Kofi Boateng']);
    expect(choiceSet(bound)).toMatchObject({ isMultiSelect: true });
    expect(choiceSet(bound).value).toBeUndefined();
    expect(titles(bound)).toEqual(['Add to the circle']);
    expect(cardProblems(bound)).toEqual([]);
    expect(cardValidationProblems(bound)).toEqual([]);
  });

  it('shows everyone in the conversation the list, and gives whoever may add people their own view with the form', async () => {
    const update = connector()
      .calls.filter((c) => c.method === 'PUT' && c.activityId === 'bind-message')
      .at(-1);
    const shared = update?.activity.attachments[0].content;
    expect(texts(shared)).toContain('This conversation is the circle “Northside care team”.');
    expect(texts(shared)).toContain('Jonah Weiss (guest)');
    expect(titles(shared)).toEqual(['Show my view']);
    expect(inputIds(shared)).toEqual([]);
    expect(shared.refresh).toEqual({
      action: expect.objectContaining({ verb: 'show-roster', data: { subject: 'conversation', circleId: 'northside' } }),
      userIds: ['29:dev'],
    });
    const own = await home.click('dev', 'show-roster', shared.refresh.action.data, { on: 'bind-message' });
    expect(choiceTitles(own)).toEqual(['Ines Duarte', 'Jonah Weiss (guest)', 'Kofi Boateng']);
  });

  it('offers the roster in the tab’s API to the circle’s members, each marked member or not', async () => {
    const { status, body } = await call('GET', 'circles/northside/roster', 'farid');
    expect(status).toBe(200);
    expect(body.conversation).toEqual({ kind: 'chat', readAt: expect.any(String), complete: true });
    expect(body.people).toEqual([
      { personId: 'ines', displayName: 'Ines Duarte', guest: false, member: false },
      { personId: 'jonah', displayName: 'Jonah Weiss', guest: true, member: false },
      { personId: 'kofi', displayName: 'Kofi Boateng', guest: false, member: false },
      { personId: 'dev', displayName: 'Dev Patel', guest: false, member: true },
      { personId: 'farid', displayName: 'Farid Haddad', guest: true, member: true },
    ]);
  });

  it('keeps the roster from those outside the circle who do not keep its records, and names the unknown circle', async () => {
    const outsider = await call('GET', 'circles/northside/roster', 'chloe');
    expect(outsider.status).toBe(403);
    expect(outsider.body.error).toMatchObject({ code: 'not-a-member', field: 'circleId' });
    expect((await call('GET', 'circles/northside/roster', 'admin')).status).toBe(200);
    const unknown = await call('GET', 'circles/nowhere/roster', 'dev');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error).toMatchObject({ code: 'not-found', field: 'circleId' });
    expect(unknown.body.error.message).toContain('nowhere');
    const unbound = await call('GET', 'circles/finance/roster', 'esi');
    expect(unbound.body).toEqual({ conversation: null, people: [] });
  });

  it('shows a member who may not add people the list without the form, and refuses their forged click with the reason', async () => {
    const shown = await home.click('farid', 'show-roster', { subject: 'conversation', circleId: 'northside' });
    expect(texts(shown)).toContain('Jonah Weiss (guest)');
    expect(titles(shown)).toEqual([]);
    expect(inputIds(shown)).toEqual([]);
    const forged = await home.click('farid', 'add-from-roster', { subject: 'conversation', circleId: 'northside', people: 'ines' });
    expect(texts(forged)).toContain('Only the secretary of “Northside care team” or an organisation admin may change its records.');
    expect((await northsideMembers()).map((m) => m.personId)).not.toContain('ines');
  });

  it('refuses someone the roster does not list, whatever the card sent', async () => {
    const forged = await home.click('dev', 'add-from-roster', { subject: 'conversation', circleId: 'northside', people: 'ines,zed' });
    expect(texts(forged)).toContain('someone chosen is not in this conversation’s roster');
    expect((await northsideMembers()).map((m) => m.personId)).not.toContain('ines');
  });

  it('adds those chosen as members with the roster’s names, the guest kept a guest, once even when Teams retries', async () => {
    const added = await home.click(
      'dev',
      'add-from-roster',
      { subject: 'conversation', circleId: 'northside', people: 'ines,jonah' },
      { id: 'add-once', on: 'bind-message' },
    );
    expect(texts(added)).toContain('Added to the circle: Ines Duarte, Jonah Weiss (guest).');
    expect(choiceTitles(added)).toEqual(['Kofi Boateng']);
    const everyone = connector()
      .calls.filter((c) => c.method === 'PUT' && c.activityId === 'bind-message')
      .at(-1)?.activity.attachments[0].content;
    expect(texts(everyone)).toContain('Kofi Boateng');
    expect(texts(everyone)).not.toContain('Ines Duarte');
    const retried = await home.click(
      'dev',
      'add-from-roster',
      { subject: 'conversation', circleId: 'northside', people: 'ines,jonah' },
      { id: 'add-once' },
    );
    expect(texts(retried)).toContain('Already members: Ines Duarte, Jonah Weiss (guest).');
    const after = await northsideMembers();
    expect(after.filter((m) => m.personId === 'ines' || m.personId === 'jonah')).toEqual([
      { personId: 'ines', displayName: 'Ines Duarte', guest: false },
      { personId: 'jonah', displayName: 'Jonah Weiss', guest: true },
    ]);
    const roster = await call('GET', 'circles/northside/roster', 'ines');
    expect(roster.body.people.filter((p: { member: boolean }) => !p.member).map((p: { personId: string }) => p.personId)).toEqual(['kofi']);
  });

  it('added to a conversation already a circle’s home, posts the roster for all, with the form refreshed for whoever may add', async () => {
    const joined = home.activity('dev', {
      type: 'conversationUpdate',
      membersAdded: [{ id: 'sociocracy-bot' }],
      deliveryMode: 'expectReplies',
    });
    const { body } = await home.post(joined);
    const cards = body.activities.map((a: any) => a.attachments[0].content);
    expect(cards).toHaveLength(2);
    const [, shared] = cards;
    expect(texts(shared)).toContain('Kofi Boateng');
    expect(titles(shared)).toEqual(['Show my view']);
    expect(shared.refresh).toEqual({
      action: expect.objectContaining({ verb: 'show-roster', data: { subject: 'conversation', circleId: 'northside' } }),
      userIds: ['29:dev'],
    });
    expect(cardProblems(shared)).toEqual([]);
  });

  it('binds all the same when Teams cannot list the conversation’s members, and says so', async () => {
    const elsewhere = botClient(api, connector, 'finance-unlisted');
    const bound = await elsewhere.click('esi', 'bind-circle', { subject: 'conversation', circleId: 'finance' });
    expect(texts(bound)).toContain('This conversation is the circle “Finance”.');
    expect(texts(bound)).toContain(english.t('cards', 'rosterNobodyRead'));
    expect(titles(bound)).toEqual([english.t('cards', 'rosterReadAgain')]);
    const { body } = await call('GET', 'circles/finance/roster', 'esi');
    expect(body).toEqual({ conversation: null, people: [] });
  });

  it('reads the members again when asked, after Teams could not list them, and then offers the people', async () => {
    const chat = botClient(api, connector, 'hub-late-roster');
    const bound = await chat.click('ben', 'bind-circle', { subject: 'conversation', circleId: 'hub' }, { on: 'hub-bind' });
    expect(connector().memberReads.filter((read) => read.conversationId === 'hub-late-roster')).toHaveLength(1);
    expect(texts(bound)).toContain(english.t('cards', 'rosterNobodyRead'));
    const again = bound.actions.find((action: any) => action.title === english.t('cards', 'rosterReadAgain'));
    const stillMissing = await chat.click('ben', again.verb, again.data, { on: 'hub-bind' });
    expect(texts(stillMissing)).toContain(english.t('cards', 'rosterNobodyRead'));
    connector().serveMembers('hub-late-roster', members);
    const offered = await chat.click('ben', again.verb, again.data, { on: 'hub-bind' });
    expect(texts(offered)).not.toContain(english.t('cards', 'rosterNobodyRead'));
    expect(texts(offered)).toContain(english.t('cards', 'rosterOffer', { circle: 'Riverside Care Co-op' }));
    expect(choiceTitles(offered)).toEqual(['Farid Haddad (guest)', 'Ines Duarte', 'Jonah Weiss (guest)', 'Kofi Boateng']);
    expect(titles(offered)).toEqual(['Add to the circle']);
    expect(cardValidationProblems(offered)).toEqual([]);
    const everyone = connector()
      .calls.filter((c) => c.method === 'PUT' && c.activityId === 'hub-bind')
      .at(-1)?.activity.attachments[0].content;
    expect(titles(everyone)).toEqual(['Show my view']);
    expect((await call('GET', 'circles/hub/roster', 'ben')).body.conversation).toMatchObject({ kind: 'chat', complete: true });
  });
});
