import { useApi } from '../support/api-host';
import { useConnectorRecorder } from '../support/connector-recorder';
import { botClient, dataOf, texts, titles } from '../support/bot-client';

/**
 * The bot through its real endpoint: the Agents SDK's CloudAdapter (anonymous in
 * dev mode, as with the Agents Playground) bridged into the v4 function, on a real
 * Azurite. Messages ask for their replies in the response (`expectReplies`); an
 * invoke's card comes back as the response itself.
 */
const { call, api } = useApi();

const connector = useConnectorRecorder();
const { activity, post, say, click } = botClient(api, connector);

let proposal: { circleId: string; proposalId: string; revision: number };
const step = (name: string, extra: Record<string, unknown> = {}) => ({ subject: 'proposal', ...proposal, step: name, ...extra });

describe('the bot on its endpoint (Agents SDK adapter, real Azurite)', () => {
  it('greets a conversation it joins and offers to bind it to a circle', async () => {
    const joined = activity('dev', { type: 'conversationUpdate', membersAdded: [{ id: 'sociocracy-bot' }], deliveryMode: 'expectReplies' });
    const { body } = await post(joined);
    const greeting = body.activities[0].attachments[0].content;
    expect(texts(greeting)).toContain('Which circle is this conversation?');
    expect(titles(greeting)).toEqual(['Bind to a circle', 'Create a new circle', 'Bind to this circle', 'Create and bind']);
  });

  it('answers help, and anything it does not understand with help', async () => {
    expect(texts((await say('farid', 'help'))[0])).toContain('propose');
    const [unknown] = await say('farid', '<at>Sociocracy for Teams</at> make me tea');
    expect(texts(unknown)).toContain('I did not understand “make me tea”');
  });

  it('creates a circle and binds the conversation to it in one step, or does neither', async () => {
    const kitchen = botClient(api, connector, 'kitchen-chat');
    const refused = await kitchen.click('amara', 'create-circle', { subject: 'conversation', name: 'Kitchen', parentId: 'hub' });
    expect(texts(refused)).toContain('secretary');
    const created = await kitchen.click('ben', 'create-circle', {
      subject: 'conversation',
      name: 'Kitchen',
      aim: 'Good food for the office',
      parentId: 'hub',
    });
    expect(texts(created)).toContain('This conversation is the circle “Kitchen”.');
    const { body } = await call('GET', 'circles', 'ben');
    const kitchens = body.circles.filter((c: { name: string }) => c.name === 'Kitchen');
    expect(kitchens).toHaveLength(1);
    expect(kitchens[0]).toMatchObject({ parentId: 'hub', binding: { kind: 'chat', chatId: 'kitchen-chat' } });
  });

  it('binds the conversation only for someone who keeps the circle’s records', async () => {
    const refused = await click('farid', 'bind-circle', { subject: 'conversation', circleId: 'northside' });
    expect(texts(refused)).toContain('secretary');
    const bound = await click('dev', 'bind-circle', { subject: 'conversation', circleId: 'northside' });
    expect(texts(bound)).toContain('This conversation is the circle “Northside care team”.');
    const { body } = await call('GET', 'circles', 'dev');
    expect(body.circles.find((c: { circleId: string }) => c.circleId === 'northside').binding).toEqual({
      kind: 'chat',
      chatId: 'northside-chat',
    });
  });

  it('drafts a proposal from the propose form of the bound circle', async () => {
    const [form] = await say('dev', 'propose');
    expect(texts(form)).toContain('Circle: Northside care team');
    const drafted = await click(
      'dev',
      'draft-proposal',
      {
        ...dataOf(form, 'Draft the proposal'),
        title: 'Weekend handover notes',
        text: 'Each weekend carer leaves a short handover note in the family’s folder.',
        driver: 'Monday carers start blind.',
        reviewDate: '2027-06-01',
      },
      { on: 'form-message' },
    );
    expect(texts(drafted)).toContain('Weekend handover notes');
    expect(titles(drafted)).toContain('Present to the circle');
    proposal = dataOf(drafted, 'Present to the circle') as typeof proposal;
    expect(proposal).toMatchObject({ circleId: 'northside', revision: 1 });
  });

  it('turns the form’s message into the circle’s card of the proposal, for everyone', async () => {
    const update = connector().calls.find((c) => c.method === 'PUT' && c.activityId === 'form-message');
    expect(update?.conversationId).toBe('northside-chat');
    const shared = update?.activity.attachments[0].content;
    expect(texts(shared)).toContain('Weekend handover notes');
    expect(titles(shared)).toEqual(['Show my view']);
  });

  it('takes the proposal through its stages, each step by whoever it belongs to', async () => {
    await click('dev', 'proposal-step', step('present-proposal'));
    expect(texts(await click('farid', 'proposal-step', step('open-clarifying-questions')))).toContain('Only the circle’s facilitator');
    await click('hana', 'proposal-step', step('open-clarifying-questions'));
    const asked = await click('farid', 'proposal-step', step('ask-question', { question: 'Which folder: paper or the app?' }), {
      id: 'ask-once',
    });
    expect(texts(asked)).toContain('Which folder: paper or the app?');
    // Teams retries an invoke with the same id: the question is asked once.
    await click('farid', 'proposal-step', step('ask-question', { question: 'Which folder: paper or the app?' }), { id: 'ask-once' });
    const withQuestion = await call('GET', `circles/northside/proposals/${proposal.proposalId}`, 'dev');
    expect(withQuestion.body.proposal.questions).toHaveLength(1);
    const questionId = withQuestion.body.proposal.questions[0].questionId;
    const answered = await click(
      'dev',
      'proposal-step',
      step('answer-question', { [`answer-${questionId}`]: 'The paper folder in the kitchen.' }),
    );
    expect(texts(answered)).toContain('The paper folder in the kitchen.');
    await click('hana', 'proposal-step', step('open-quick-reactions'));
    expect(
      texts(
        await click('grace', 'proposal-step', step('react', { reaction: 'Yes please, I hate repeating myself.' }), { id: 'react-once' }),
      ),
    ).toContain('I hate repeating myself');
    // The retry of the same activity applies once: a second reaction would replace the first.
    const retried = await click('grace', 'proposal-step', step('react', { reaction: 'Changed on retry.' }), { id: 'react-once' });
    expect(texts(retried)).toContain('I hate repeating myself');
    expect(texts(retried)).not.toContain('Changed on retry.');
    const opened = await click('hana', 'proposal-step', step('open-consent-round', { mode: 'sync' }));
    expect(texts(opened)).toContain('0 of 5 have answered');
    expect(titles(opened)).toEqual(expect.arrayContaining(['Consent', 'Consent with a concern', 'Object', 'Stand aside']));
  });

  it('updates the proposal’s own card after a step taken from a status list, and leaves the list alone', async () => {
    const [status] = await say('amara', 'status');
    const before = connector().calls.length;
    await click('amara', 'show-proposal', dataOf(status, 'Show: Weekend handover notes'), { on: 'status-message' });
    expect(connector().calls.length).toBe(before);
    await click('amara', 'proposal-step', step('answer', { kind: 'concern', concern: 'Who reads the notes to Farid?' }), {
      on: 'status-message',
    });
    const calls = connector().calls.slice(before);
    expect(calls.map((c) => `${c.method} ${c.activityId}`)).toEqual(['PUT form-message']);
    expect(texts(calls[0]?.activity.attachments[0].content)).toContain('Who reads the notes to Farid?');
    await click('amara', 'proposal-step', step('answer', { kind: 'consent' }));
  });

  it('shows each person their own answer and everyone’s objections with reasons', async () => {
    const objected = await click(
      'farid',
      'proposal-step',
      step('answer', { kind: 'object', objection: 'A paper note in the kitchen is read by visitors: my health details are private.' }),
    );
    expect(texts(objected)).toContain('Your answer: object');
    expect(texts(objected)).toContain('my health details are private');
    expect(titles(objected)).toContain('Withdraw my objection');
    const consented = await click('hana', 'proposal-step', step('answer', { kind: 'consent' }));
    expect(texts(consented)).toContain('Your answer: consent.');
    expect(texts(consented)).toContain('Objections');
    expect(titles(consented)).toContain('Close the round');
  });

  it('refuses a non-member’s answer in an open round, and shows them nothing of it', async () => {
    const outsider = await click('ben', 'proposal-step', step('answer', { kind: 'consent' }));
    expect(texts(outsider)).toContain('While undecided, a proposal is read by members of “Northside care team”');
    expect(texts(outsider)).not.toContain('health details');
    const { body } = await call('GET', `circles/northside/proposals/${proposal.proposalId}`, 'dev');
    expect(body.proposal.round.answers.ben).toBeUndefined();
  });

  it('refuses an objection without its reason, and leaves the answer as it was', async () => {
    const refused = await click('grace', 'proposal-step', step('answer', { kind: 'object' }));
    expect(texts(refused)).toContain('You have not answered yet.');
    expect(JSON.stringify(refused.body[0])).toContain('Attention');
    const { body } = await call('GET', `circles/northside/proposals/${proposal.proposalId}`, 'dev');
    expect(body.proposal.round.answers.grace).toBeUndefined();
  });

  it('sends an objection to integration, and the author’s amendment makes a new revision', async () => {
    const closed = await click('hana', 'proposal-step', step('close-consent-round', { present: 'amara,farid,hana' }));
    expect(texts(closed)).toContain('Objections are open');
    const amendment = 'Each weekend carer leaves a short handover note in the family’s sealed folder, kept out of sight.';
    const amended = await click('dev', 'proposal-step', step('amend-proposal', { amendment }), { id: 'amend-once' });
    expect(texts(amended)).toContain('revision 2');
    // Teams retries the same activity: it is recognised as applied, not refused as stale.
    const retried = await click('dev', 'proposal-step', step('amend-proposal', { amendment }), { id: 'amend-once' });
    expect(texts(retried)).toContain('revision 2');
    expect(texts(retried)).not.toContain('amended since');
    expect(texts(amended)).toContain('0 of 5 have answered');
    proposal = { ...proposal, revision: 2 };
  });

  it('refuses a click on the earlier revision’s card and counts nothing from it', async () => {
    const stale = await click('grace', 'proposal-step', { ...step('answer', { kind: 'consent' }), revision: 1 });
    expect(texts(stale)).toContain('You acted on revision 1; the proposal has been amended since');
    const { body } = await call('GET', `circles/northside/proposals/${proposal.proposalId}`, 'dev');
    expect(body.proposal.round.answers).toEqual({});
  });

  it('adopts the amended proposal once those present consent, and shows the decision', async () => {
    await click('farid', 'proposal-step', step('answer', { kind: 'consent' }));
    await click('hana', 'proposal-step', step('answer', { kind: 'consent' }));
    const adopted = await click('hana', 'proposal-step', step('close-consent-round', { present: 'farid,hana' }));
    expect(texts(adopted)).toContain('Adopted by consent');
    expect(texts(adopted)).toContain('integrated by amendment');
    expect(adopted.refresh).toBeUndefined();
    const late = await click('grace', 'proposal-step', step('answer', { kind: 'consent' }));
    expect(texts(late)).toContain('This consent round has closed');
  });

  it('refuses forged or foreign clicks with a card, changing nothing', async () => {
    expect(texts(await click('ben', 'proposal-step', step('answer', { kind: 'consent' })))).toContain('This consent round has closed');
    expect(texts(await click('farid', 'launch-rockets', {}))).toContain('which I do not know');
    expect(texts(await click('farid', 'proposal-step', { ...step('answer', { kind: 'consent' }), proposalId: 'nothing-here' }))).toContain(
      'no longer here',
    );
    expect(texts(await click('farid', 'proposal-step', { circleId: 'northside' }))).toContain('not one I know');
    expect(texts(await click('farid', 'refresh', {}))).toContain('does not say which proposal');
    const anonymous = await post({
      ...activity('farid', { type: 'invoke', name: 'adaptiveCard/action', value: { action: { verb: 'refresh', data: {} } } }),
      from: { id: 'x' },
    });
    expect(JSON.stringify(anonymous.body.value)).toContain('Teams did not say who you are');
    const garbled = await post({ ...activity('farid', { type: 'invoke', name: 'adaptiveCard/action', value: 'not an action' }) });
    expect(JSON.stringify(garbled.body.value)).toContain('not one I know');
  });

  it('keeps undecided proposals out of a conversation that is no circle’s home', async () => {
    const elsewhere = botClient(api, connector, 'mixed-chat');
    const [status] = await elsewhere.say('amara', 'status');
    expect(texts(status)).toContain('not a circle’s home');
    expect(texts(status)).not.toContain('Weekend handover notes');
    const [form] = await elsewhere.say('dev', 'propose');
    const before = connector().calls.length;
    const drafted = await elsewhere.click(
      'dev',
      'draft-proposal',
      {
        ...dataOf(form, 'Draft the proposal'),
        circleId: 'northside',
        title: 'Private in mixed chat',
        text: 'Only Northside should read this.',
        reviewDate: '2027-06-01',
      },
      { on: 'mixed-form' },
    );
    expect(texts(drafted)).toContain('Private in mixed chat');
    expect(connector().calls.slice(before)).toEqual([]);
  });

  it('keeps an undecided proposal in its circle, even for a click', async () => {
    const [form] = await say('dev', 'propose');
    const drafted = await click('dev', 'draft-proposal', {
      ...dataOf(form, 'Draft the proposal'),
      title: 'Private one',
      text: 'Still a draft.',
      reviewDate: '2027-06-01',
    });
    const ref = dataOf(drafted, 'Present to the circle');
    const outsider = await click('ben', 'refresh', ref);
    expect(texts(outsider)).toContain('While undecided, a proposal is read by members of “Northside care team”');
  });

  it('asks Teams to fetch each known member’s own view of a shared card', async () => {
    const { body } = await call('GET', 'circles/northside/proposals', 'farid');
    const privateOne = body.proposals.find((p: { title: string }) => p.title === 'Private one');
    const shown = await click('farid', 'show-proposal', { subject: 'proposal', circleId: 'northside', proposalId: privateOne.proposalId });
    expect(shown.refresh.userIds).toEqual(expect.arrayContaining(['user-dev', 'user-farid', 'user-hana', 'user-grace']));
    expect(shown.refresh.userIds).not.toContain('user-ben');
  });

  it('lists reviews that are due in the circle', async () => {
    const [reviews] = await say('farid', 'reviews');
    expect(texts(reviews)).toContain('Reviews');
    expect(texts(reviews)).toContain('Nothing is due for review');
  });

  it('outside dev mode, takes only activities Bot Connector signed', async () => {
    const response = await fetch(`${api().entraUrl}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(activity('farid', { type: 'message', text: 'help' })),
    });
    expect(response.status).toBe(401);
    const forged = await fetch(`${api().entraUrl}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Bearer not-a-token' },
      body: JSON.stringify(activity('farid', { type: 'message', text: 'help' })),
    });
    expect(forged.status).toBe(401);
  });

  it('refuses a body that is not an activity', async () => {
    const response = await fetch(`${api().url}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{oops',
    });
    expect(response.status).toBe(400);
  });

  it('refuses, naming the field, an activity without the channel or recipient the adapter needs', async () => {
    const help = activity('farid', { type: 'message', text: 'help' });
    for (const [field, body] of [
      ['channelId', { ...help, channelId: undefined }],
      ['recipient.id', { ...help, recipient: undefined }],
    ] as const) {
      const response = await fetch(`${api().url}/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: { field: string } }).error.field).toBe(field);
    }
  });

  it('acts for nobody whose Teams id is a name every object has or holds a control character', async () => {
    for (const personId of ['constructor', '__proto__', 'toString', 'nul\u0000']) {
      const answer = activity('farid', { type: 'invoke', name: 'adaptiveCard/action', value: { action: { verb: 'refresh', data: {} } } });
      const response = await post({ ...answer, from: { id: `user-${personId}`, aadObjectId: personId } });
      expect(JSON.stringify(response.body.value)).toContain('Teams did not say who you are');
    }
  });
});
