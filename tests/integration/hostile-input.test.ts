import { recordCharacters } from '../../shared';
import { useApi } from '../support/api-host';

const { call } = useApi();
const inAYear = new Date(Date.now() + 365 * 86_400_000).toISOString().slice(0, 10);

describe('ids that every object already answers to, over HTTP', () => {
  it.each([
    ['circles/constructor/proposals', 'circleId'],
    ['circles/__proto__/selections', 'circleId'],
    ['circles/toString/meetings', 'circleId'],
    ['circles/northside/proposals/constructor', 'proposalId'],
    ['circles/northside/selections/hasOwnProperty', 'selectionId'],
    ['circles/northside/meetings/valueOf', 'meetingId'],
    ['health?circleId=constructor', 'query.circleId'],
    ['circles/north%00side/proposals', 'circleId'],
  ])('GET %s is refused with 400 naming %s', async (path, field) => {
    const { status, body } = await call('GET', path, 'amara');
    expect([status, body.error.code, body.error.field]).toEqual([400, 'invalid-input', field]);
  });

  it('never makes a circle under a parent that does not exist', async () => {
    for (const parentId of ['constructor', '__proto__', 'toString']) {
      const { status, body } = await call('POST', 'structure/commands', 'admin', {
        type: 'create-circle',
        circleId: `under-${parentId}`,
        name: 'Orphan',
        parentId,
      });
      expect([status, body.error.field]).toEqual([400, 'parentId']);
    }
    const { body } = await call('GET', 'circles', 'admin');
    expect(JSON.stringify(body)).not.toContain('Orphan');
  });

  it('refuses a proposal step under a prototype name instead of answering 200', async () => {
    const { status, body } = await call('POST', 'circles/northside/proposals/constructor/steps', 'dev', { type: 'present-proposal' });
    expect([status, body.error.field]).toEqual([400, 'proposalId']);
  });

  it('names the body when a structure command is not an object', async () => {
    for (const sent of ['true', '42', 'null', '"rename"']) {
      const { status, body } = await call('POST', 'structure/commands', 'admin', sent);
      expect([status, body.error.field]).toEqual([400, 'body']);
    }
  });
});

describe('a proposal grown until it is full, over HTTP on Azurite', () => {
  const steps = 'circles/northside/proposals/many-questions/steps';

  it('refuses the question that does not fit with 409 naming the field, and the proposal still moves on to a decision', async () => {
    const draft = { type: 'draft-proposal', title: 'Questions without end', text: 'Weekend shifts rotate monthly.', reviewDate: inAYear };
    expect((await call('POST', steps, 'dev', draft)).status).toBe(200);
    expect((await call('POST', steps, 'dev', { type: 'present-proposal' })).status).toBe(200);
    expect((await call('POST', steps, 'hana', { type: 'open-clarifying-questions' })).status).toBe(200);
    const askers = ['amara', 'dev', 'farid', 'grace', 'hana'];
    const statuses: number[] = [];
    let refusal: Record<string, any> | undefined;
    for (let n = 0; n < 331 && refusal === undefined; n += 1) {
      const { status, body } = await call('POST', steps, askers[n % askers.length] as string, {
        type: 'ask-question',
        questionId: `q${n}`,
        text: `${n} `.padEnd(1000, 'why'),
      });
      statuses.push(status);
      if (status !== 200) refusal = body;
    }
    expect(statuses.slice(0, -1).every((status) => status === 200)).toBe(true);
    expect(statuses.at(-1)).toBe(409);
    expect(refusal?.error).toMatchObject({ code: 'record-full', field: 'text' });
    expect(refusal?.error.message).toContain(`at most ${recordCharacters}`);

    const read = await call('GET', 'circles/northside/proposals/many-questions', 'grace');
    expect([read.status, read.body.proposal.questions.length]).toEqual([200, statuses.length - 1]);
    expect((await call('POST', steps, 'hana', { type: 'open-quick-reactions' })).status).toBe(200);
    expect((await call('POST', steps, 'hana', { type: 'open-consent-round', options: { mode: 'sync' } })).status).toBe(200);
    for (const person of askers)
      expect((await call('POST', steps, person, { type: 'answer', answer: { kind: 'consent' } })).status).toBe(200);
    const closed = await call('POST', steps, 'hana', { type: 'close-consent-round' });
    expect([closed.status, closed.body.proposal.status]).toEqual([200, 'adopted']);
  }, 120_000);
});
