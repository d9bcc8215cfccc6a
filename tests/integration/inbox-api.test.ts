import type { RoundTrips } from '../../functions/storage/table-storage';
import { useApi } from '../support/api-host';
import { northsideDelegate } from '../support/selection-flow';
import { rotaProposal } from '../support/proposals';
import { awaitsHana, seedEverythingAwaitingHana } from '../support/everything-awaits';
import { northsideAgenda } from '../support/meeting-flow';

const roundTrips: RoundTrips = { count: 0 };
const { call } = useApi({ roundTrips });

const { proposalId: _id, ...draft } = rotaProposal;
const northsiders = ['amara', 'dev', 'farid', 'grace', 'hana'];
type Awaited = {
  kind: string;
  id: string;
  circleId: string;
  circleName: string;
  title: string;
  asks: string;
  due: string | null;
  overdue: boolean;
  guide: string;
};

async function awaiting(person: string): Promise<Awaited[]> {
  const { status, body } = await call('GET', 'me', person);
  expect({ person, status }).toEqual({ person, status: 200 });
  return body.awaiting as Awaited[];
}

/** Everyone whose inbox holds the record. */
async function awaitedBy(id: string, people: readonly string[] = [...northsiders, 'ben', 'chloe']): Promise<string[]> {
  const holders: string[] = [];
  for (const person of people) if ((await awaiting(person)).some((entry) => entry.id === id)) holders.push(person);
  return holders;
}

async function step(proposalId: string, person: string, command: object) {
  const reply = await call('POST', `circles/northside/proposals/${proposalId}/steps`, person, command);
  expect({ person, command, status: reply.status, error: reply.body.error }).toEqual({ person, command, status: 200, error: undefined });
}

/** A proposal of Northside by Dev, taken by Hana to its consent round. */
async function openRound(proposalId: string, title: string, mode: 'sync' | 'async' = 'async') {
  await step(proposalId, 'dev', { ...draft, title });
  await step(proposalId, 'dev', { type: 'present-proposal' });
  await step(proposalId, 'hana', { type: 'open-clarifying-questions' });
  await step(proposalId, 'hana', { type: 'open-quick-reactions' });
  await step(proposalId, 'hana', { type: 'open-consent-round', options: { mode } });
}

describe('each person’s inbox, kept on write (GET /api/me, real Azurite)', () => {
  it('an opened round is in the inbox of each member asked, and leaves it when they answer', async () => {
    await openRound('rota', 'Rotate weekend shifts monthly');
    expect(await awaitedBy('rota')).toEqual(northsiders);
    const [entry] = await awaiting('amara');
    expect(entry).toMatchObject({
      kind: 'proposal',
      id: 'rota',
      circleId: 'northside',
      circleName: 'Northside care team',
      title: 'Rotate weekend shifts monthly',
      asks: 'answer',
      overdue: false,
    });
    expect(entry?.guide).toBe(
      `Your answer is awaited by ${new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(new Date(entry?.due ?? ''))}.`,
    );
    await step('rota', 'amara', { type: 'answer', answer: { kind: 'consent' } });
    expect(await awaitedBy('rota')).toEqual(['dev', 'farid', 'grace', 'hana']);
  });

  it('reads what awaits a person in two rounds sent at once: six requests, then four for each of their circles', async () => {
    await awaiting('grace');
    const before = roundTrips.count;
    const { body } = await call('GET', 'me', 'grace');
    // The three markers, the notices, the person's circles and own rows; then each circle, its reviews, held reviews and latest meetings.
    expect(body.circles).toHaveLength(1);
    expect(roundTrips.count - before).toBe(6 + 4 * body.circles.length);
  });

  it('closing the round takes it out of every inbox, those absent included', async () => {
    await openRound('kitchen', 'Shared kitchen rota', 'sync');
    for (const person of ['amara', 'dev', 'hana']) await step('kitchen', person, { type: 'answer', answer: { kind: 'consent' } });
    expect(await awaitedBy('kitchen')).toEqual(['farid', 'grace']);
    await step('kitchen', 'hana', { type: 'close-consent-round', present: ['amara', 'dev', 'hana'] });
    expect(await awaitedBy('kitchen')).toEqual([]);
  });

  it('an objection asks the author to amend and the objector to withdraw while it is integrated, and the amended revision asks everyone again', async () => {
    await openRound('vans', 'Share the vans', 'sync');
    for (const person of ['amara', 'dev', 'farid', 'hana']) await step('vans', person, { type: 'answer', answer: { kind: 'consent' } });
    await step('vans', 'grace', { type: 'answer', answer: { kind: 'object', text: 'Two vans are not enough for four teams.' } });
    await step('vans', 'hana', { type: 'close-consent-round' });
    expect(await awaitedBy('vans')).toEqual(['dev', 'grace']);
    expect((await awaiting('dev')).find((e) => e.id === 'vans')?.asks).toBe('amendment');
    expect((await awaiting('grace')).find((e) => e.id === 'vans')?.asks).toBe('objection');
    await step('vans', 'dev', { type: 'amend-proposal', text: 'Share the vans, and hire a third on weekends.' });
    expect(await awaitedBy('vans')).toEqual(northsiders);
  });

  it('a withdrawn proposal leaves every inbox', async () => {
    await openRound('uniforms', 'New uniforms');
    await step('uniforms', 'dev', { type: 'withdraw-proposal', reason: 'The hub is choosing uniforms for everyone.' });
    expect(await awaitedBy('uniforms')).toEqual([]);
  });

  it('a member who leaves the circle no longer finds its round in their inbox', async () => {
    await openRound('garden', 'Tend the garden together');
    const removed = await call('POST', 'structure/commands', 'admin', { type: 'remove-member', circleId: 'northside', personId: 'farid' });
    expect(removed.status).toBe(200);
    expect(await awaitedBy('garden')).toEqual(['amara', 'dev', 'grace', 'hana']);
  });

  it('a selection’s nominations are in the inbox of each member of the selecting circle until they nominate', async () => {
    const at = `circles/northside/selections/${northsideDelegate.selectionId}/steps`;
    expect((await call('POST', at, 'dev', { type: 'start-selection', roleId: 'delegate', termStart: '2027-01-01' })).status).toBe(200);
    // Farid left Northside in the test before.
    const members = ['amara', 'dev', 'grace', 'hana'];
    expect(await awaitedBy(northsideDelegate.selectionId)).toEqual(members);
    const entry = (await awaiting('grace')).find((e) => e.id === northsideDelegate.selectionId);
    expect(entry).toMatchObject({
      kind: 'selection',
      circleId: 'northside',
      title: 'Delegate of Northside care team',
      asks: 'nomination',
      due: null,
    });
    expect(
      (await call('POST', at, 'grace', { type: 'nominate', nominee: 'dev', reason: 'Dev is patient and writes everything down.' })).status,
    ).toBe(200);
    expect(await awaitedBy(northsideDelegate.selectionId)).toEqual(['amara', 'dev', 'hana']);
    expect((await call('POST', at, 'hana', { type: 'close-nominations' })).status).toBe(200);
    expect(await awaitedBy(northsideDelegate.selectionId)).toEqual([]);
  });

  it('is refused without a caller, and to any method but GET, with the error body of every route', async () => {
    const anonymous = await call('GET', 'me', '');
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.error).toMatchObject({ code: expect.any(String), message: expect.any(String) });
    const posted = await call('POST', 'me', 'amara', {});
    expect(posted.status).toBe(405);
    expect(posted.body.error).toMatchObject({ code: 'method-not-allowed' });
  });

  it('shows one person every kind awaiting them, most urgent first, each with a sentence', async () => {
    // Farid left Northside in a test before; he takes his steps again.
    const back = await call('POST', 'structure/commands', 'admin', {
      type: 'add-member',
      circleId: 'northside',
      member: { personId: 'farid', displayName: 'Farid', guest: true },
    });
    expect(back.status).toBe(200);
    await seedEverythingAwaitingHana((path, person, body) => call('POST', path, person, body));
    const shown = await awaiting('hana');
    const asks = Object.fromEntries(shown.map((e) => [e.title, e.asks]));
    expect(asks).toMatchObject({
      [awaitsHana.answer]: 'answer',
      [awaitsHana.nomination]: 'nomination',
      [awaitsHana.candidateAnswer]: 'candidate-answer',
      [awaitsHana.amendment]: 'amendment',
      [awaitsHana.objection]: 'objection',
      [awaitsHana.review]: 'decision-review',
      [awaitsHana.meeting]: 'meeting',
    });
    expect(shown[0]?.title).toBe(awaitsHana.meeting);
    expect(shown.slice(-3).map((e) => e.asks)).toEqual(['nomination', 'amendment', 'objection']);
    for (const entry of shown) expect(entry.guide).toMatch(/^[A-Z].*\.$/);
    // Farid holds nothing in Northside: the review is not his, the meeting is.
    const farid = await awaiting('farid');
    expect(farid.some((e) => e.kind === 'review')).toBe(false);
    expect(farid.some((e) => e.title === awaitsHana.meeting)).toBe(true);
  });

  it('gives the caller’s circles with what awaits them, in one request', async () => {
    const { body } = await call('GET', 'me', 'hana');
    expect(body.circles.map((c: { circleId: string }) => c.circleId)).toEqual(['northside']);
    expect(body.circles[0].holders.facilitator).toBe('hana');
    expect(body.circles[0].roles.map((role: { name: string }) => role.name)).toContain('Facilitator');
    expect(body.linked).toEqual([]);
  });

  it('links a step listed under a circle not the caller’s own: a leader chosen by the parent circle', async () => {
    const started = await call('POST', 'circles/northside/selections/northside-leader-next/steps', 'chloe', {
      type: 'start-selection',
      roleId: 'leader',
    });
    expect(started.status).toBe(200);
    const { body } = await call('GET', 'me', 'ben');
    expect(body.awaiting.find((e: Awaited) => e.id === 'northside-leader-next')).toMatchObject({
      circleId: 'northside',
      askedIn: 'hub',
      asks: 'nomination',
    });
    expect(body.linked.map((c: { circleId: string }) => c.circleId)).toEqual(['northside']);
    expect(body.circles.map((c: { circleId: string }) => c.circleId)).not.toContain('northside');
  });

  it('shows a meeting under way to its circle’s members from the consent to its agenda, to join it, and drops it when it closes', async () => {
    const meeting = 'circles/northside/meetings/northside-under-way';
    const take = async (person: string, command: object) =>
      expect((await call('POST', `${meeting}/steps`, person, command)).body.error).toBeUndefined();
    const underWay = async (person: string) => (await awaiting(person)).filter((e) => e.id === 'northside-under-way');
    await take('dev', { type: 'plan-meeting', scheduledFor: new Date(Date.now() + 3_600_000).toISOString(), agenda: northsideAgenda });
    await take('hana', { type: 'open-check-in' });
    expect((await underWay('grace')).map((e) => e.asks)).toEqual(['meeting']);
    await take('hana', { type: 'consent-to-agenda' });
    const [shown] = await underWay('grace');
    expect(shown).toMatchObject({
      kind: 'meeting',
      circleId: 'northside',
      asks: 'meeting-under-way',
      overdue: true,
      guide: 'The circle’s meeting is under way on its consented agenda: join it.',
    });
    // Under way, it comes first: nothing is more urgent than a meeting one's circle is holding now.
    expect((await awaiting('grace'))[0]?.id).toBe('northside-under-way');
    expect(await underWay('ben')).toEqual([]);
    // Still read from the rows kept for the person and their circles: no more requests than before.
    const before = roundTrips.count;
    const { body } = await call('GET', 'me', 'grace');
    expect(roundTrips.count - before).toBe(6 + 4 * body.circles.length);
    await take('hana', { type: 'close-meeting' });
    expect(await underWay('grace')).toEqual([]);
  });
});
