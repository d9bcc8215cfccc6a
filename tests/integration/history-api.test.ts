import { useApi } from '../support/api-host';
import { northsideAgenda } from '../support/meeting-flow';
import { rotaProposal } from '../support/proposals';
import { northsideDelegate, startCommand } from '../support/selection-flow';

const { call } = useApi();

const { proposalId: _id, ...draft } = rotaProposal;
const proposal = 'circles/northside/proposals/weekend-rota';
const selection = `circles/northside/selections/${northsideDelegate.selectionId}`;
const meeting = 'circles/northside/meetings/northside-2027-01-15';

async function take(path: string, steps: readonly (readonly [object, string])[]) {
  for (const [command, person] of steps) expect((await call('POST', `${path}/steps`, person, command)).status).toBe(200);
}

/** Every event of a history, walking its pages as a client would. */
async function wholeHistory(path: string, person: string, pageSize: number) {
  const events: { type: string; by: string | null; at: string }[] = [];
  let after: string | null = null;
  do {
    const reply = await call('GET', `${path}/history?pageSize=${pageSize}${after ? `&after=${after}` : ''}`, person);
    expect(reply.status).toBe(200);
    events.push(...reply.body.history);
    after = reply.body.next;
  } while (after);
  return events;
}

describe('the history of circles and records over HTTP (dev identities, real Azurite)', () => {
  it('tells a proposal’s story to its circle while undecided, each objection by name, and to everyone once decided', async () => {
    await take(proposal, [
      [draft, 'dev'],
      [{ type: 'present-proposal' }, 'dev'],
      [{ type: 'open-clarifying-questions' }, 'hana'],
      [{ type: 'open-quick-reactions' }, 'hana'],
      [{ type: 'open-consent-round' }, 'hana'],
      [{ type: 'answer', answer: { kind: 'object', text: 'Unfamiliar weekend carers would unsettle me.' } }, 'grace'],
    ]);
    const outsider = await call('GET', `${proposal}/history`, 'ben');
    expect(outsider).toMatchObject({ status: 403, body: { error: { code: 'not-a-member' } } });
    expect(JSON.stringify(outsider.body)).not.toContain('unsettle');
    const member = await call('GET', `${proposal}/history`, 'farid');
    expect(member.body.history.at(-1)).toMatchObject({
      type: 'answer-given',
      by: 'grace',
      answer: { kind: 'object', text: 'Unfamiliar weekend carers would unsettle me.' },
    });
    expect(member.body.history[0]).toMatchObject({
      type: 'proposal-drafted',
      by: 'dev',
      at: expect.any(String),
      title: rotaProposal.title,
    });

    await take(proposal, [
      ...['amara', 'dev', 'farid', 'hana'].map((person) => [{ type: 'answer', answer: { kind: 'consent' } }, person] as const),
      [{ type: 'close-consent-round' }, 'hana'],
      [{ type: 'amend-proposal', text: 'Weekend shifts rotate monthly; each person keeps one familiar carer.' }, 'dev'],
      ...['amara', 'dev', 'farid', 'grace', 'hana'].map((person) => [{ type: 'answer', answer: { kind: 'consent' } }, person] as const),
      [{ type: 'close-consent-round' }, 'hana'],
    ]);
    const decided = await wholeHistory(proposal, 'ben', 4);
    expect(decided.map((event) => event.type)).toEqual(
      expect.arrayContaining(['integration-started', 'proposal-amended', 'proposal-adopted']),
    );
    expect(decided.filter((event) => event.type === 'answer-given')).toHaveLength(10);
    expect(await wholeHistory(proposal, 'ben', 100)).toEqual(decided);
  });

  it('shows, while nominations are hidden, only the caller’s own nomination, and every nomination once revealed', async () => {
    await take(selection, [
      [startCommand(northsideDelegate), 'dev'],
      ...Object.entries(northsideDelegate.nominations).map(
        ([nominator, [nominee, reason]]) => [{ type: 'nominate', nominee, reason }, nominator] as const,
      ),
    ]);
    const nominated = (events: { type: string; by: string | null }[]) =>
      events.filter((event) => event.type === 'nominated').map((event) => event.by);
    expect(nominated(await wholeHistory(selection, 'amara', 100))).toEqual(['amara']);
    expect(nominated(await wholeHistory(selection, 'hana', 100))).toEqual(['hana']);
    expect((await call('GET', `${selection}/history`, 'ben')).body.error).toMatchObject({ code: 'not-a-member' });
    await take(selection, [[{ type: 'close-nominations' }, 'hana']]);
    expect(nominated(await wholeHistory(selection, 'amara', 2)).sort()).toEqual(Object.keys(northsideDelegate.nominations).sort());
  });

  it('keeps a meeting’s history in its circle and a circle’s history open to the organisation', async () => {
    await take(meeting, [[{ type: 'plan-meeting', scheduledFor: '2027-01-15T09:00:00.000Z', agenda: northsideAgenda }, 'dev']]);
    expect((await call('GET', `${meeting}/history`, 'ben')).body.error).toMatchObject({ code: 'not-a-member' });
    expect((await call('GET', `${meeting}/history`, 'amara')).body.history.map((event: { type: string }) => event.type)).toEqual([
      'meeting-planned',
    ]);

    const member = { personId: 'ines', displayName: 'Inès Duarte', guest: false };
    expect((await call('POST', 'structure/commands', 'dev', { type: 'add-member', circleId: 'northside', member })).status).toBe(200);
    const circle = await call('GET', 'circles/northside/history', 'ben');
    expect(circle.body.history).toEqual(expect.arrayContaining([expect.objectContaining({ type: 'member-added', by: 'dev', member })]));
    expect(await call('GET', 'circles/atlantis/history', 'ben')).toMatchObject({
      status: 404,
      body: { error: { code: 'not-found', field: 'circleId' } },
    });
  });

  it('refuses a page size out of bounds and a token it did not hand out, with the field at fault', async () => {
    expect((await call('GET', `${proposal}/history?pageSize=101`, 'amara')).body.error).toMatchObject({
      code: 'invalid-input',
      field: 'query.pageSize',
    });
    expect((await call('GET', `${proposal}/history?after=${encodeURIComponent("' or true")}`, 'amara')).body.error).toMatchObject({
      code: 'invalid-input',
      field: 'query.after',
    });
    expect((await call('GET', 'circles/northside/proposals/nowhere/history', 'amara')).body.error).toMatchObject({
      code: 'not-found',
      field: 'proposalId',
    });
    expect((await call('GET', 'circles/constructor/history', 'amara')).body.error).toMatchObject({
      code: 'invalid-input',
      field: 'circleId',
    });
    expect((await call('GET', `circles/northside/meetings/${encodeURIComponent('a\u0007b')}/history`, 'amara')).body.error).toMatchObject({
      code: 'invalid-input',
      field: 'meetingId',
    });
  });

  it('keeps a forged token within the record it is read for', async () => {
    // A token naming a point past another record's rows still reads only this proposal's events.
    const forged = Buffer.from('zzzz').toString('base64url');
    expect(await call('GET', `${proposal}/history?after=${forged}`, 'amara')).toEqual({ status: 200, body: { history: [], next: null } });
    for (const odd of ['\u0000', "\u0007|'", '#', Buffer.from([0xff, 0xfe])]) {
      const after = Buffer.from(odd).toString('base64url');
      expect((await call('GET', `${proposal}/history?after=${after}`, 'amara')).body.error).toMatchObject({
        code: 'invalid-input',
        field: 'query.after',
      });
    }
    const early = Buffer.from('0').toString('base64url');
    const all = await call('GET', `${proposal}/history?after=${early}&pageSize=100`, 'amara');
    expect(all.body.history.every((event: { proposalId: string }) => event.proposalId === 'weekend-rota')).toBe(true);
  });
});
