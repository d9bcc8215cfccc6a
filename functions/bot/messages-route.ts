import type { HttpRequest, HttpResponseInit, InvocationContext } from '@azure/functions';
import { Activity } from '@microsoft/agents-activity';
import type { CloudAdapter } from '@microsoft/agents-hosting';
import type { JWTPayload } from 'jose';
import { KeysUnavailable } from '../auth/openid-keys';
import type { Services } from '../composition/services';
import { json, unauthenticated } from '../http/responses';
import type { Route } from '../http/route';
import { adapterOf } from './adapter';
import { CircleAgent } from './agent';

/** The response surface the SDK writes to (`WebResponse`), collected into the function's reply. */
class CollectedResponse {
  statusCode = 200;
  headers: Record<string, string> = {};
  body: unknown = undefined;
  headersSent = false;
  writableEnded = false;
  status(code: number) {
    this.statusCode = code;
    return this;
  }
  setHeader(name: string, value: string) {
    this.headers[name.toLowerCase()] = value;
    return this;
  }
  send(body?: unknown) {
    this.body = body;
    this.headersSent = true;
    return this;
  }
  end() {
    this.writableEnded = true;
    return this;
  }
  reply(): HttpResponseInit {
    // The SDK ends a refused activity (an activity it cannot take, a serviceUrl it will not answer) without a body.
    if (this.body === undefined && this.statusCode >= 400) {
      return { status: this.statusCode, headers: this.headers, jsonBody: { error: { code: 'invalid-input', message: 'The bot cannot take this activity.', field: 'body' } } };
    }
    if (this.body === undefined) return { status: this.statusCode, headers: this.headers };
    return typeof this.body === 'string' ? { status: this.statusCode, headers: this.headers, body: this.body } : { status: this.statusCode, headers: this.headers, jsonBody: this.body };
  }
}

/** What the Agents SDK's activity schema refuses, or a missing type, conversation, channel or recipient, named by the field at fault. */
function activityProblem(body: Record<string, unknown>): { message: string; field: string } | null {
  try {
    Activity.fromObject(body);
  } catch (error) {
    const issue = (error as { issues?: { path?: (string | number)[]; message?: string }[] }).issues?.[0];
    const field = issue?.path?.length ? issue.path.join('.') : 'body';
    return { message: `The activity is not one Teams sends: ${field} ${issue?.message ?? 'is not valid'}.`, field };
  }
  if (typeof body.type !== 'string' || body.type.length === 0) return { message: 'The activity names no type.', field: 'type' };
  const conversation = body.conversation as { id?: unknown } | undefined;
  if (typeof conversation?.id !== 'string' || conversation.id.length === 0) return { message: 'The activity names no conversation.', field: 'conversation.id' };
  // The adapter refuses to take a turn without these (it throws), so they are the caller's to send.
  if (typeof body.channelId !== 'string' || body.channelId.length === 0) return { message: 'The activity names no channel.', field: 'channelId' };
  const recipient = body.recipient as { id?: unknown } | undefined;
  if (typeof recipient?.id !== 'string' || recipient.id.length === 0) return { message: 'The activity names no recipient.', field: 'recipient.id' };
  return null;
}

const invalid = (message: string, field: string) => json({ error: { code: 'invalid-input', message, field } }, 400);

/**
 * The turn's identity, with which the SDK signs the replies. They go to the channel's
 * connector, which takes the bot's token for the Bot Framework API however the
 * channel signed its request; the SDK would instead ask for a token for a calling
 * application it finds in `azp`/`appid` (another agent's), so those are left out.
 */
function replyIdentity(claims: JWTPayload): JWTPayload {
  const { azp: _azp, appid: _appid, ...identity } = claims;
  return identity;
}

/**
 * POST /api/messages: the bot endpoint. Outside dev mode only the Bot Connector
 * may call it (`auth/bot-token.ts`); its verified claims become the turn's identity,
 * with which the SDK's adapter signs the replies. The adapter runs the agent, and an
 * invoke's response (the card for the person who clicked) is this function's reply.
 * In dev mode nothing is signed, as the Agents Playground sends it.
 */
export function messagesRoute(services: () => Promise<Services>): Route {
  let bot: { adapter: CloudAdapter; agent: CircleAgent } | undefined;
  const botOf = (ready: Services) => (bot ??= { adapter: adapterOf(ready), agent: new CircleAgent({ services: ready, conversations: ready.conversations }) });
  return {
    name: 'messages',
    contract: { summary: 'The bot endpoint for Teams (Bot Framework activities); only the Bot Connector’s token is accepted, never the tab’s.' },
    methods: ['POST'],
    route: 'messages',
    handler: async (request: HttpRequest, context: InvocationContext) => {
      let body: unknown;
      try {
        body = await request.json();
      } catch {
        return invalid('The activity is not valid JSON.', 'body');
      }
      if (typeof body !== 'object' || body === null || Array.isArray(body)) return invalid('An activity is a JSON object.', 'body');
      const activity = body as Record<string, unknown>;
      try {
        const ready = await services();
        let identity: JWTPayload | undefined;
        if (ready.botTokens) {
          const authentication = await ready.botTokens(request.headers.get('authorization') ?? undefined, activity);
          if (!authentication.ok) return unauthenticated(authentication.message);
          identity = replyIdentity(authentication.claims);
        }
        const problem = activityProblem(activity);
        if (problem) return invalid(problem.message, problem.field);
        const { adapter, agent } = botOf(ready);
        const incoming = { body: activity, headers: Object.fromEntries(request.headers.entries()), method: request.method, ...(identity ? { user: identity } : {}) };
        const response = new CollectedResponse();
        await adapter.process(incoming, response, (turn) => agent.run(turn));
        return response.reply();
      } catch (error) {
        // Past the checks above nothing the caller sent is at fault: the signing keys,
        // storage or the bot's own token could not be reached.
        context.error('The bot could not handle an activity', error);
        const message = error instanceof KeysUnavailable ? 'The Bot Connector’s signing keys cannot be read just now; try again shortly.' : 'The bot cannot answer just now; try again shortly.';
        return { status: 503, headers: { 'retry-after': '5' }, jsonBody: { error: { code: 'unavailable', message } } };
      }
    },
  };
}
