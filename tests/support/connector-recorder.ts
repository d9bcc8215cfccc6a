import { createServer, type Server } from 'node:http';

export interface ConnectorCall {
  readonly method: 'POST' | 'PUT';
  readonly conversationId: string;
  /** The message replied to (POST) or updated (PUT), when the path names one. */
  readonly activityId: string | null;
  readonly activity: Record<string, any>;
  /** The bearer token the bot signed the call with, if any. */
  readonly authorization: string | null;
}

/** One page of a conversation's members the bot asked for. */
export interface MembersRead {
  readonly conversationId: string;
  readonly pageSize: string | null;
  readonly continuationToken: string | null;
  readonly authorization: string | null;
}

export interface ConnectorRecorder {
  readonly url: string;
  readonly calls: ConnectorCall[];
  /** Every `GET …/pagedmembers` the bot sent, in order. */
  readonly memberReads: MembersRead[];
  /**
   * Serves `members` (TeamsChannelAccount objects) as the conversation's members; the
   * service returns at most `pageSize` of them a page (the bot's own `pageSize` is a
   * most, as the documentation says), with a continuation token until the last.
   * With `silentAfterPages`, pages past that many are never answered (a service that hangs).
   */
  serveMembers(
    conversationId: string,
    members: readonly Record<string, unknown>[],
    options?: { pageSize?: number; silentAfterPages?: number },
  ): void;
  close(): Promise<void>;
}

/**
 * Stands where Teams' Bot Connector service would be (unreachable offline) for the
 * bot's outgoing calls, answering them in the documented shapes: `POST
 * /v3/conversations/{id}/activities[/{replyToId}]` sends a message and `PUT
 * /v3/conversations/{id}/activities/{activityId}` updates one, each answered with a
 * ResourceResponse `{ id }`; `GET /v3/conversations/{id}/pagedmembers?pageSize=&continuationToken=`
 * answers a page of the members a test set (`serveMembers`) as `{ members, continuationToken }`,
 * and 404 for a conversation it was given none of. It records every call so tests can see what everyone
 * in a conversation was shown. The Agents Playground, the real client, is driven
 * by the end-to-end test.
 */
export async function startConnectorRecorder(): Promise<ConnectorRecorder> {
  const calls: ConnectorCall[] = [];
  const memberReads: MembersRead[] = [];
  const rosters = new Map<string, { members: readonly Record<string, unknown>[]; pageSize: number; silentAfterPages: number }>();
  let sent = 0;
  const server: Server = createServer(async (request, reply) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const url = new URL(request.url ?? '/', 'http://connector');
    const paged = /^\/v3\/conversations\/([^/]+)\/pagedmembers$/.exec(url.pathname);
    if (paged && request.method === 'GET') {
      const conversationId = decodeURIComponent(paged[1] ?? '');
      const [pageSize, continuationToken] = [url.searchParams.get('pageSize'), url.searchParams.get('continuationToken')];
      memberReads.push({ conversationId, pageSize, continuationToken, authorization: request.headers.authorization ?? null });
      const roster = rosters.get(conversationId);
      const start = continuationToken === null ? 0 : Number(Buffer.from(continuationToken, 'base64url').toString());
      if (!roster || !Number.isInteger(start) || start < 0) {
        reply
          .writeHead(404, { 'content-type': 'application/json' })
          .end(JSON.stringify({ error: { code: 'ConversationNotFound', message: 'Conversation not found.' } }));
        return;
      }
      const size = Math.min(Number(pageSize ?? '500') || 500, 500, roster.pageSize);
      if (start >= roster.silentAfterPages * size) return;
      const end = Math.min(start + size, roster.members.length);
      const page = {
        members: roster.members.slice(start, end),
        ...(end < roster.members.length ? { continuationToken: Buffer.from(String(end)).toString('base64url') } : {}),
      };
      reply.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(page));
      return;
    }
    const match = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/?]+))?/.exec(request.url ?? '');
    const method = request.method === 'PUT' ? 'PUT' : 'POST';
    if (!match || (request.method !== 'POST' && request.method !== 'PUT') || (method === 'PUT' && !match[2])) {
      reply
        .writeHead(404, { 'content-type': 'application/json' })
        .end(JSON.stringify({ error: { code: 'NotFound', message: 'Not a connector route.' } }));
      return;
    }
    const activity = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, any>;
    calls.push({
      method,
      conversationId: decodeURIComponent(match[1] ?? ''),
      activityId: match[2] ? decodeURIComponent(match[2]) : null,
      activity,
      authorization: request.headers.authorization ?? null,
    });
    sent += 1;
    const id = method === 'PUT' ? decodeURIComponent(match[2] ?? '') : `posted-${sent}`;
    reply.writeHead(method === 'PUT' ? 200 : 201, { 'content-type': 'application/json' }).end(JSON.stringify({ id }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    calls,
    memberReads,
    serveMembers(conversationId, members, options = {}) {
      rosters.set(conversationId, { members, pageSize: options.pageSize ?? 500, silentAfterPages: options.silentAfterPages ?? Infinity });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** Starts a recorder before the file's tests and closes it after them; the function gives it once started. */
export function useConnectorRecorder(): () => ConnectorRecorder {
  let running: ConnectorRecorder | undefined;
  beforeAll(async () => {
    running = await startConnectorRecorder();
  });
  afterAll(async () => {
    await running?.close();
  });
  return () => {
    if (!running) throw new Error('the connector recorder is not started yet');
    return running;
  };
}
