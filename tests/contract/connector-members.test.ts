import type { TurnContext } from '@microsoft/agents-hosting';
import { ConnectorClient } from '@microsoft/agents-hosting';
import { z } from 'zod';
import { rosterLimit } from '../../functions/application/ports/roster-repository';
import { teamsMembers } from '../../functions/bot/roster-reader';
import { useConnectorRecorder } from '../support/connector-recorder';

/**
 * The Bot Connector's "get paged members" as the fake serves it and as the bot reads
 * it: `GET /v3/conversations/{conversationId}/pagedmembers?pageSize=&continuationToken=`
 * → `{ members: TeamsChannelAccount[], continuationToken? }`, each account `{ id, name,
 * aadObjectId, email, userPrincipalName, userRole, tenantId }`, the token absent on
 * the last page; an unknown conversation is a 404 with an error body.
 */
const connector = useConnectorRecorder();

const TeamsChannelAccount = z.strictObject({
  id: z.string(),
  name: z.string(),
  aadObjectId: z.string().optional(),
  email: z.string().optional(),
  userPrincipalName: z.string().optional(),
  userRole: z.enum(['user', 'guest', 'anonymous']).optional(),
  tenantId: z.string().optional(),
});
const TeamsPagedMembersResult = z.strictObject({ members: z.array(TeamsChannelAccount), continuationToken: z.string().min(1).optional() });

const person = (n: number, userRole: 'user' | 'guest' = 'user') => ({
  id: `29:person-${n}`,
  name: `Person ${n}`,
  aadObjectId: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  email: `person${n}@riverside.example`,
  userPrincipalName: `person${n}@riverside.example`,
  userRole,
  tenantId: 'riverside-dev',
});

/** A turn as the adapter hands it to the bot: its connector client under the adapter's key, signed with a token. */
function turnWith(client: ConnectorClient): TurnContext {
  const key = Symbol('ConnectorClient');
  return { adapter: { ConnectorClientKey: key }, turnState: new Map<symbol, unknown>([[key, client]]) } as unknown as TurnContext;
}

describe('the Bot Connector’s paged members (contract of the fake and of the bot’s reader)', () => {
  it('serves pages in the documented shape, the continuation token only while more remain', async () => {
    connector().serveMembers('19:contract@thread.v2', [person(1), person(2, 'guest'), person(3)], { pageSize: 2 });
    const url = (token?: string) =>
      `${connector().url}v3/conversations/${encodeURIComponent('19:contract@thread.v2')}/pagedmembers?pageSize=100${token ? `&continuationToken=${token}` : ''}`;
    const first = TeamsPagedMembersResult.parse(await (await fetch(url())).json());
    expect(first.members.map((m) => m.id)).toEqual(['29:person-1', '29:person-2']);
    const last = TeamsPagedMembersResult.parse(await (await fetch(url(first.continuationToken))).json());
    expect(last.members.map((m) => m.userRole)).toEqual(['user']);
    expect(last.continuationToken).toBeUndefined();
    const unknown = await fetch(`${connector().url}v3/conversations/nobody/pagedmembers`);
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ error: { code: 'ConversationNotFound', message: expect.any(String) } });
  });

  it('is read page after page by the bot, signed, asking for 100 a page, guests marked', async () => {
    connector().serveMembers('a:chat-contract', [person(1), person(2, 'guest'), person(3), person(4)], { pageSize: 3 });
    const client = ConnectorClient.createClientWithToken(connector().url, 'bot-token');
    const read = await teamsMembers(turnWith(client), 'a:chat-contract').read();
    expect(read.complete).toBe(true);
    expect(read.people.map((p) => [p.displayName, p.guest, p.teamsUserId])).toEqual([
      ['Person 1', false, '29:person-1'],
      ['Person 2', true, '29:person-2'],
      ['Person 3', false, '29:person-3'],
      ['Person 4', false, '29:person-4'],
    ]);
    const reads = connector().memberReads.filter((r) => r.conversationId === 'a:chat-contract');
    expect(reads).toHaveLength(2);
    expect(reads.every((r) => r.pageSize === '100' && r.authorization === 'Bearer bot-token')).toBe(true);
    expect(reads[1]?.continuationToken).not.toBeNull();
  });

  it('stops at its limit of pages and says the roster is read in part', async () => {
    const many = Array.from({ length: rosterLimit.pages + 5 }, (_, n) => person(n + 1));
    connector().serveMembers('a:crowded-chat', many, { pageSize: 1 });
    const client = ConnectorClient.createClientWithToken(connector().url, 'bot-token');
    const read = await teamsMembers(turnWith(client), 'a:crowded-chat').read();
    expect(read.complete).toBe(false);
    expect(read.people).toHaveLength(rosterLimit.pages);
    expect(connector().memberReads.filter((r) => r.conversationId === 'a:crowded-chat')).toHaveLength(rosterLimit.pages);
  });

  it('keeps the pages read by its deadline when Teams stops answering, and says the roster is read in part', async () => {
    connector().serveMembers('a:stalled-chat', [person(1), person(2), person(3)], { pageSize: 2, silentAfterPages: 1 });
    const client = ConnectorClient.createClientWithToken(connector().url, 'bot-token');
    const read = await teamsMembers(turnWith(client), 'a:stalled-chat', 300).read();
    expect(read).toEqual({
      people: [expect.objectContaining({ displayName: 'Person 1' }), expect.objectContaining({ displayName: 'Person 2' })],
      complete: false,
    });
  });

  it('fails plainly when Teams refuses the conversation, so binding can say the roster was not read', async () => {
    const client = ConnectorClient.createClientWithToken(connector().url, 'bot-token');
    await expect(teamsMembers(turnWith(client), 'never-served').read()).rejects.toThrow('404');
  });
});
