import { useApi } from '../support/api-host';

/**
 * Steps taken in a proposal or a role selection from a meeting's side panel
 * (`?meeting=`) end the speaker's turn in the round on that record's item, over HTTP
 * on a real Azurite: the round goes around in the speaking order as people answer.
 */
const { call } = useApi();

const meetingId = 'northside-turns';
const meeting = `circles/northside/meetings/${meetingId}`;
const keys = 'circles/northside/proposals/weekend-keys/steps';
const selection = 'circles/northside/selections/northside-delegate-turns/steps';

async function ok(path: string, person: string, command: Record<string, unknown>) {
  const reply = await call('POST', path, person, command);
  if (reply.status !== 200) throw new Error(`${String(command.type)} by ${person}: ${JSON.stringify(reply.body)}`);
  return reply.body;
}

const turn = async () => (await call('GET', meeting, 'hana')).body.turn;
const consent = { type: 'answer', answer: { kind: 'consent' } };

beforeAll(async () => {
  const draft = {
    type: 'draft-proposal',
    title: 'Weekend keys kept in the office',
    text: 'Keys are collected on Friday.',
    driver: 'Keys went missing.',
    reviewDate: '2027-06-01',
  };
  await ok(keys, 'amara', draft);
  await ok(keys, 'amara', { type: 'present-proposal' });
  for (const type of ['open-clarifying-questions', 'open-quick-reactions']) await ok(keys, 'hana', { type });
  await ok(keys, 'hana', { type: 'open-consent-round', options: { mode: 'sync' } });
  await ok(selection, 'dev', { type: 'start-selection', circleId: 'northside', roleId: 'delegate' });
  const agenda = [
    { itemId: 'keys', type: 'proposal', title: 'Weekend keys kept in the office', timeboxMinutes: 10, subjectId: 'weekend-keys' },
    { itemId: 'delegate', type: 'selection', title: 'Role selection: Delegate', timeboxMinutes: 20, subjectId: 'northside-delegate-turns' },
  ];
  await ok(`${meeting}/steps`, 'dev', { type: 'plan-meeting', scheduledFor: '2027-01-15T09:00:00.000Z', agenda });
  for (const person of ['hana', 'amara', 'dev']) await ok(`${meeting}/steps`, person, { type: 'join-meeting' });
  await ok(`${meeting}/steps`, 'hana', { type: 'open-check-in' });
  await ok(`${meeting}/steps`, 'hana', { type: 'consent-to-agenda' });
  await ok(`${meeting}/steps`, 'hana', { type: 'start-item', itemId: 'keys' });
});

describe('answering in a meeting passes the turn (real Azurite)', () => {
  it('moves the round on when the person whose turn it is answers, and only then', async () => {
    expect(await turn()).toMatchObject({ personId: 'hana', itemId: 'keys', position: 1, of: 3 });
    expect(await ok(`${keys}?meeting=${meetingId}`, 'amara', consent)).toMatchObject({ turnEnded: false });
    expect(await turn()).toMatchObject({ personId: 'hana', position: 1 });
    expect(await ok(`${keys}?meeting=${meetingId}`, 'hana', consent)).toMatchObject({ turnEnded: true });
    expect(await turn()).toMatchObject({ personId: 'amara', position: 2 });
  });

  it('leaves the turn alone for a step taken outside the meeting, or naming a meeting that is not there', async () => {
    const outside = await ok(keys, 'amara', { type: 'answer', answer: { kind: 'concern', text: 'Who holds the office key?' } });
    expect(outside).not.toHaveProperty('turnEnded');
    expect(await ok(`${keys}?meeting=no-such-meeting`, 'amara', consent)).toMatchObject({ turnEnded: false });
    expect(await turn()).toMatchObject({ personId: 'amara', position: 2 });
  });

  it('refuses a meeting that is not an id, naming the field, and takes no step', async () => {
    const refused = await call('POST', `${keys}?meeting=${encodeURIComponent('../x')}`, 'dev', consent);
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatchObject({ code: 'invalid-input', field: 'meeting' });
    const { body } = await call('GET', 'circles/northside/proposals/weekend-keys', 'hana');
    expect(Object.keys(body.proposal.round.answers)).not.toContain('dev');
  });

  it('moves a role selection’s round on too: a nomination made on one’s turn ends it', async () => {
    await ok(`${meeting}/steps`, 'hana', { type: 'start-item', itemId: 'delegate' });
    const nominate = (nominee: string) => ({ type: 'nominate', nominee, reason: 'Knows the hub well.' });
    expect(await ok(`${selection}?meeting=${meetingId}`, 'hana', nominate('amara'))).toMatchObject({ turnEnded: true });
    expect(await ok(`${selection}?meeting=${meetingId}`, 'dev', nominate('amara'))).toMatchObject({ turnEnded: false });
    expect(await ok(`${selection}?meeting=${meetingId}`, 'amara', nominate('dev'))).toMatchObject({ turnEnded: true });
    expect(await turn()).toMatchObject({ personId: 'dev', itemId: 'delegate', position: 3 });
  });
});
