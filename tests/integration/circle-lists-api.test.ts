import { useApi } from '../support/api-host';
import { rotaProposal, toConsentRound } from '../support/proposals';
import { northsideDelegate } from '../support/selection-flow';

const { call } = useApi();

const northsiders = ['amara', 'dev', 'farid', 'grace', 'hana'];
const { proposalId: _id, ...draft } = rotaProposal;

type Listed = { proposalId: string; status: string; guide: string; awaitsCaller: boolean };

/** The circle's first page of proposals as `person` reads it. */
async function proposalsListed(person: string, query = ''): Promise<{ proposals: Listed[]; pageSize: number; next: string | null }> {
  const { status, body } = await call('GET', `circles/northside/proposals${query}`, person);
  expect(status).toBe(200);
  return body as { proposals: Listed[]; pageSize: number; next: string | null };
}

/** A step that must be taken. */
async function taken(path: string, person: string, command: object) {
  const reply = await call('POST', `${path}/steps`, person, command);
  expect({ command, status: reply.status, error: reply.body.error }).toEqual({ command, status: 200, error: undefined });
}

describe('a circle’s lists over HTTP, kept as its records change (dev identities, real Azurite)', () => {
  it('lists a proposal from its draft through every stage to its adoption, as its own GET words it', async () => {
    const path = 'circles/northside/proposals/weekend-rota';
    const steps: [object, string, string][] = [
      [draft, 'dev', 'draft'],
      [{ type: 'present-proposal' }, 'dev', 'presented'],
      [{ type: 'open-clarifying-questions' }, 'hana', 'clarifying'],
      [{ type: 'open-quick-reactions' }, 'hana', 'reactions'],
      [{ type: 'open-consent-round', options: { mode: 'sync' } }, 'hana', 'consent-round'],
      ...northsiders.map((person): [object, string, string] => [{ type: 'answer', answer: { kind: 'consent' } }, person, 'consent-round']),
      [{ type: 'close-consent-round', present: northsiders }, 'hana', 'adopted'],
    ];
    for (const [command, person, stage] of steps) {
      await taken(path, person, command);
      const [listed] = (await proposalsListed('grace')).proposals;
      const own = (await call('GET', path, 'grace')).body;
      expect({ stage, listed }).toEqual({
        stage,
        listed: expect.objectContaining({ proposalId: 'weekend-rota', status: stage, guide: own.guide }),
      });
    }
    const decided = (await proposalsListed('chloe')).proposals;
    expect(decided).toEqual([expect.objectContaining({ proposalId: 'weekend-rota', status: 'adopted', awaitsCaller: false })]);
  });

  it('says whose answer the running round awaits, and lists a withdrawn proposal with who withdrew it and why', async () => {
    const path = 'circles/northside/proposals/night-visits';
    for (const [command, person] of [
      ...toConsentRound({ ...draft, title: 'Night visits in pairs' }),
      [{ type: 'answer', answer: { kind: 'consent' } }, 'amara'] as const,
    ]) {
      await taken(path, person, command);
    }
    const [byFarid] = (await proposalsListed('farid')).proposals;
    expect(byFarid).toMatchObject({ proposalId: 'night-visits', awaitsCaller: true });
    expect((await proposalsListed('amara')).proposals[0]).toMatchObject({ proposalId: 'night-visits', awaitsCaller: false });
    expect((await proposalsListed('chloe')).proposals.map((p) => p.proposalId)).toEqual(['weekend-rota']);
    await taken(path, 'dev', { type: 'withdraw-proposal', reason: 'Two carers a night cannot be staffed yet.' });
    const [withdrawn] = (await proposalsListed('chloe')).proposals;
    expect(withdrawn).toMatchObject({ proposalId: 'night-visits', status: 'withdrawn' });
    expect(withdrawn?.guide).toMatch(/^Withdrawn on \w{3} \d{1,2}, \d{4} by Dev Patel: Two carers a night cannot be staffed yet\.$/);
  });

  it('pages the list in storage: `next` leads to the page after it, and a token not handed out is refused', async () => {
    const first = await proposalsListed('dev', '?pageSize=1');
    expect(first.proposals.map((p) => p.proposalId)).toEqual(['night-visits']);
    expect(first.pageSize).toBe(1);
    const second = await proposalsListed('dev', `?pageSize=1&after=${first.next}`);
    expect(second).toEqual({ proposals: [expect.objectContaining({ proposalId: 'weekend-rota' })], pageSize: 1, next: null });
    const forged = await call('GET', `circles/northside/proposals?after=${Buffer.from('1|a/b').toString('base64url')}`, 'dev');
    expect(forged).toMatchObject({ status: 400, body: { error: { code: 'invalid-input', field: 'query.after' } } });
    const tooMany = await call('GET', 'circles/northside/meetings?pageSize=101', 'dev');
    expect(tooMany).toMatchObject({ status: 400, body: { error: { code: 'invalid-input', field: 'query.pageSize' } } });
  });

  it('lists a role selection and a meeting after each of their steps', async () => {
    const selection = `circles/northside/selections/${northsideDelegate.selectionId}`;
    const selectionStatus = async () =>
      (await call('GET', 'circles/northside/selections', 'grace')).body.selections.map((s: { status: string }) => s.status);
    await taken(selection, 'dev', { type: 'start-selection', roleId: 'delegate', termStart: northsideDelegate.termStart });
    expect(await selectionStatus()).toEqual(['nominations']);
    for (const [nominator, [nominee, reason]] of Object.entries(northsideDelegate.nominations))
      await taken(selection, nominator, { type: 'nominate', nominee, reason });
    await taken(selection, 'hana', { type: 'close-nominations' });
    expect(await selectionStatus()).toEqual(['change-round']);

    const meeting = 'circles/northside/meetings/northside-2027-01-15';
    const meetingListed = async () => (await call('GET', 'circles/northside/meetings', 'hana')).body.meetings;
    await taken(meeting, 'dev', { type: 'plan-meeting', scheduledFor: '2027-01-15T09:00:00.000Z' });
    expect(await meetingListed()).toEqual([expect.objectContaining({ meetingId: 'northside-2027-01-15', status: 'planned' })]);
    await taken(meeting, 'hana', { type: 'open-check-in' });
    await taken(meeting, 'farid', { type: 'check-in', text: 'Glad to be here.' });
    expect(await meetingListed()).toEqual([(await call('GET', meeting, 'hana')).body.meeting]);
  });
});
