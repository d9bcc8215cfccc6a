import { runProposalStep } from '../../functions/application/run-proposal-step';
import type { RoundTrips } from '../../functions/storage/table-storage';
import { useApi } from '../support/api-host';
import { botClient, dataOf, texts } from '../support/bot-client';
import { useConnectorRecorder } from '../support/connector-recorder';
import { wordsOf } from '../support/refusal-words';

/**
 * What one request costs in storage round trips, counted on every request the
 * services send to a real Azurite: an answer over HTTP is one query and one write,
 * a click on a card at most three (the conversation, the record, the step's write),
 * whether it is applied, replayed by Teams or refused. A step taken elsewhere than
 * the record's own conversation (the tab, another chat) reads that conversation too,
 * to bring the record's card there up to date. Counts, never times.
 */
const roundTrips: RoundTrips = { count: 0 };
const { call, api } = useApi({ roundTrips });
const connector = useConnectorRecorder();
const { say, click } = botClient(api, connector);

let proposal: { circleId: string; proposalId: string; revision: number };
const answer = (kind: string, extra: Record<string, unknown> = {}) => ({
  subject: 'proposal',
  ...proposal,
  step: 'answer',
  kind,
  ...extra,
});

/** The round trips `work` costs, with what it returned. */
async function counted<T>(work: () => Promise<T>): Promise<{ trips: number; value: T }> {
  const before = roundTrips.count;
  const value = await work();
  return { trips: roundTrips.count - before, value };
}

beforeAll(async () => {
  await click('dev', 'bind-circle', { subject: 'conversation', circleId: 'northside' });
  const [form] = await say('dev', 'propose');
  const drafted = await click(
    'dev',
    'draft-proposal',
    {
      ...dataOf(form, 'Draft the proposal'),
      title: 'Weekend handover notes',
      text: 'Each weekend carer leaves a short handover note.',
      reviewDate: '2027-06-01',
    },
    { on: 'form-message' },
  );
  proposal = dataOf(drafted, 'Present to the circle') as typeof proposal;
  const step = (name: string, extra: Record<string, unknown> = {}) => ({ subject: 'proposal', ...proposal, step: name, ...extra });
  await click('dev', 'proposal-step', step('present-proposal'));
  await click('hana', 'proposal-step', step('open-clarifying-questions'));
  await click('hana', 'proposal-step', step('open-quick-reactions'));
  const opened = await click('hana', 'proposal-step', step('open-consent-round', { mode: 'sync' }));
  expect(texts(opened)).toContain('0 of 5 have answered');
  // These have written in the conversation before; Grace has not.
  for (const person of ['amara', 'farid', 'ben']) await say(person, 'help');
}, 30_000);

describe('storage round trips of one request (real Azurite)', () => {
  it('answers over HTTP in two, one query and one write, and two more to bring the circle’s card up to date', async () => {
    const sentBefore = connector().calls.length;
    const { trips, value } = await counted(() =>
      call('POST', `circles/northside/proposals/${proposal.proposalId}/steps`, 'amara', {
        type: 'answer',
        proposalId: proposal.proposalId,
        answer: { kind: 'consent' },
      }),
    );
    expect(value.status).toBe(200);
    // The card's tally counts everyone's answers (the round read whole) in its conversation (read for the card's message).
    expect(trips).toBeLessThanOrEqual(4);
    const updated = connector().calls.slice(sentBefore);
    expect(updated.map((sent) => sent.method)).toEqual(['PUT']);
    expect(texts(updated[0]?.activity.attachments?.[0]?.content)).toContain('1 of 5 have answered');
  });

  it('answers a click on a card in at most three, its refreshed card showing the whole round', async () => {
    const { trips, value } = await counted(() => click('farid', 'proposal-step', answer('consent'), { id: 'farid-consents' }));
    expect(texts(value)).toContain('Your answer: consent.');
    expect(texts(value)).toContain('2 of 5 have answered');
    expect(trips).toBeLessThanOrEqual(3);
    // The circle's shared card is updated in place, as before.
    const update = connector().calls.at(-1);
    expect(update).toMatchObject({ method: 'PUT', activityId: 'form-message' });
    expect(texts(update?.activity.attachments[0].content)).toContain('2 of 5 have answered');
  });

  it('replays a click Teams sent again in at most three, applying it once', async () => {
    const { trips, value } = await counted(() =>
      click('farid', 'proposal-step', answer('object', { objection: 'Changed on retry.' }), { id: 'farid-consents' }),
    );
    expect(texts(value)).toContain('Your answer: consent.');
    expect(texts(value)).not.toContain('Changed on retry.');
    expect(trips).toBeLessThanOrEqual(3);
  });

  it('refuses a click in at most three, writing nothing', async () => {
    const outsider = await counted(() => click('ben', 'proposal-step', answer('consent')));
    expect(texts(outsider.value)).toContain('While undecided, a proposal is read by members');
    expect(outsider.trips).toBeLessThanOrEqual(3);
    const unreasoned = await counted(() => click('amara', 'proposal-step', answer('object')));
    expect(texts(unreasoned.value)).toContain('Your answer: consent.');
    expect(unreasoned.trips).toBeLessThanOrEqual(3);
    const { body } = await call('GET', `circles/northside/proposals/${proposal.proposalId}`, 'dev');
    expect(body.proposal.round.answers).toEqual({
      amara: expect.objectContaining({ kind: 'consent' }),
      farid: expect.objectContaining({ kind: 'consent' }),
    });
  });

  it('decides a step again on fresh data when a row changed after the card read it, returning the whole round', async () => {
    const { proposals, actorOf, now } = api().services;
    const read = await proposals.load('riverside-dev', 'northside', proposal.proposalId);
    const meanwhile = await call('POST', `circles/northside/proposals/${proposal.proposalId}/steps`, 'hana', {
      type: 'answer',
      answer: { kind: 'concern', text: 'First thought.' },
    });
    expect(meanwhile.status).toBe(200);
    const command = { type: 'answer', proposalId: proposal.proposalId, answer: { kind: 'consent' } };
    const result = await runProposalStep(proposals, {
      tenantId: 'riverside-dev',
      circleId: 'northside',
      command,
      actor: actorOf('riverside-dev', 'hana'),
      now: now(),
      loaded: read,
    });
    if (!result.ok) throw new Error(wordsOf(result.error));
    expect(result.value).toMatchObject({ partial: false, replayed: false });
    const answers = result.value.proposal.status === 'consent-round' ? result.value.proposal.round.answers : {};
    expect(Object.keys(answers).sort()).toEqual(['amara', 'farid', 'hana']);
    const { body } = await call('GET', `circles/northside/proposals/${proposal.proposalId}`, 'dev');
    expect(body.proposal.round.answers.hana).toMatchObject({ kind: 'consent' });
  });

  it('keeps the Teams user id of someone new to the conversation with their first click’s own write, in three', async () => {
    const kept = async (person: string) =>
      (await api().services.conversations.get('riverside-dev', 'northside-chat'))?.teamsUserIds[person];
    expect(await kept('grace')).toBeUndefined();
    const first = await counted(() => click('grace', 'proposal-step', answer('concern', { concern: 'Who reads the notes aloud?' })));
    expect(texts(first.value)).toContain('Who reads the notes aloud?');
    expect(first.trips).toBeLessThanOrEqual(3);
    expect(await kept('grace')).toBe('user-grace');
    const second = await counted(() => click('grace', 'proposal-step', answer('consent')));
    expect(texts(second.value)).toContain('Your answer: consent.');
    expect(second.trips).toBeLessThanOrEqual(3);
    // A refused first click wrote no step: the user id is kept by a write of its own.
    expect(await kept('chloe')).toBeUndefined();
    const refused = await counted(() => click('chloe', 'proposal-step', answer('consent')));
    expect(texts(refused.value)).toContain('While undecided, a proposal is read by members');
    expect(refused.trips).toBeLessThanOrEqual(3);
    expect(await kept('chloe')).toBe('user-chloe');
    // The next replace of the conversation's row (a card posted) keeps both.
    await say('dev', 'propose');
    const conversation = await api().services.conversations.update('riverside-dev', 'northside-chat', (current) => ({
      ...(current as NonNullable<typeof current>),
      cards: { ...current?.cards, 'proposal:x': 'm-x' },
    }));
    expect(conversation?.teamsUserIds).toMatchObject({ grace: 'user-grace', chloe: 'user-chloe' });
    expect((await api().services.conversations.get('riverside-dev', 'northside-chat'))?.teamsUserIds).toMatchObject({
      grace: 'user-grace',
      chloe: 'user-chloe',
    });
  });

  it('keeps no Teams user id that is not one: a 40,000-character id neither fails the click nor swells the conversation', async () => {
    const { post, activity } = botClient(api, connector, 'northside-chat');
    const clicked = activity('dev', {
      type: 'invoke',
      name: 'adaptiveCard/action',
      value: { action: { type: 'Action.Execute', verb: 'proposal-step', data: answer('consent') } },
    });
    const { status, body } = await post({ ...clicked, from: { id: `29:${'x'.repeat(40_000)}`, aadObjectId: 'dev', name: 'dev' } });
    expect(status).toBe(200);
    expect(texts(body.value)).toContain('Your answer: consent.');
    const kept = (await api().services.conversations.get('riverside-dev', 'northside-chat'))?.teamsUserIds;
    expect(Object.values(kept ?? {}).every((id) => id.length <= 256)).toBe(true);
  });

  it('takes a click on a role selection’s card in at most three, replayed or refused likewise', async () => {
    const [form] = await say('dev', 'select');
    const started = await click('dev', 'start-selection', { ...dataOf(form, 'Start the selection'), roleId: 'delegate' });
    const { step: _step, ...selection } = dataOf(started, 'Send nomination');
    const nominate = { ...selection, step: 'nominate', nominee: 'dev', reason: 'Dev carries our questions to the hub.' };
    const nominated = await counted(() => click('farid', 'selection-step', nominate, { id: 'farid-nominates' }));
    expect(texts(nominated.value)).toContain('You nominated Dev Patel');
    expect(nominated.trips).toBeLessThanOrEqual(3);
    const replayed = await counted(() => click('farid', 'selection-step', { ...nominate, nominee: 'grace' }, { id: 'farid-nominates' }));
    expect(texts(replayed.value)).toContain('You nominated Dev Patel');
    expect(replayed.trips).toBeLessThanOrEqual(3);
    const refused = await counted(() => click('amara', 'selection-step', { ...selection, step: 'close-nominations' }));
    expect(texts(refused.value)).toContain('Only the facilitator');
    expect(refused.trips).toBeLessThanOrEqual(3);
    // Someone's first click in a conversation keeps their Teams user id with the step's own write.
    const huddle = botClient(api, connector, 'northside-huddle');
    await huddle.say('dev', 'help');
    const first = await counted(() =>
      huddle.click('hana', 'selection-step', { ...selection, step: 'nominate', nominee: 'amara', reason: 'Amara knows the hub well.' }),
    );
    expect(texts(first.value)).toContain('You nominated');
    // One more than in the selection's own chat: its card there is brought up to date too.
    expect(first.trips).toBeLessThanOrEqual(4);
    expect((await api().services.conversations.get('riverside-dev', 'northside-huddle'))?.teamsUserIds.hana).toBe('user-hana');
  });
});
