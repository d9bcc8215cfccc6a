import type { HttpRequest, HttpResponseInit, InvocationContext } from '@azure/functions';
import { Activity } from '@microsoft/agents-activity';
import type { CloudAdapter } from '@microsoft/agents-hosting';
import type { JWTPayload } from 'jose';
import { KeysUnavailable } from '../auth/openid-keys';
import type { Services } from '../composition/services';
import { json, textsOf, unauthenticated } from '../http/responses';
import type { Route } from '../http/route';
import type { Texts } from '../../texts/translate';
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
  reply(texts: Texts): HttpResponseInit {
    // The SDK ends a refused activity (an activity it cannot take, a serviceUrl it will not answer) without a body.
    if (this.body === undefined && this.statusCode >= 400) {
      return {
        status: this.statusCode,
        headers: this.headers,
        jsonBody: { error: { code: 'invalid-input', message: texts.t('api', 'activityRefused'), field: 'body' } },
      };
    }
    if (this.body === undefined) return { status: this.statusCode, headers: this.headers };
    return typeof this.body === 'string'
      ? { status: this.statusCode, headers: this.headers, body: this.body }
      : { status: this.statusCode, headers: this.headers, jsonBody: this.body };
  }
}

/**
 * What the Agents SDK's activity schema refuses, or a missing type, conversation,
 * channel or recipient, named by the field at fault, in the request's language (the
 * schema's own words, in English, are quoted as they come).
 */
function activityProblem(body: Record<string, unknown>, texts: Texts): { message: string; field: string } | null {
  try {
    Activity.fromObject(body);
  } catch (error) {
    const issue = (error as { issues?: { path?: (string | number)[]; message?: string }[] }).issues?.[0];
    const field = issue?.path?.length ? issue.path.join('.') : 'body';
    const message = issue?.message
      ? texts.t('api', 'activityNotTeams', { field, problem: issue.message })
      : texts.t('api', 'activityFieldInvalid', { field });
    return { message, field };
  }
  if (typeof body.type !== 'string' || body.type.length === 0) return { message: texts.t('api', 'activityNoType'), field: 'type' };
  const conversation = body.conversation as { id?: unknown } | undefined;
  if (typeof conversation?.id !== 'string' || conversation.id.length === 0)
    return { message: texts.t('api', 'activityNoConversation'), field: 'conversation.id' };
  // The adapter refuses to take a turn without these (it throws), so they are the caller's to send.
  if (typeof body.channelId !== 'string' || body.channelId.length === 0)
    return { message: texts.t('api', 'activityNoChannel'), field: 'channelId' };
  const recipient = body.recipient as { id?: unknown } | undefined;
  if (typeof recipient?.id !== 'string' || recipient.id.length === 0)
    return { message: texts.t('api', 'activityNoRecipient'), field: 'recipient.id' };
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
  const botOf = (ready: Services) => {
    bot ??= { adapter: adapterOf(ready), agent: new CircleAgent({ services: ready, conversations: ready.conversations }) };
    return bot;
  };
  return {
    name: 'messages',
    contract: {
      summary: 'The bot endpoint for Teams (Bot Framework activities); only the Bot Connector’s token is accepted, never the tab’s.',
    },
    methods: ['POST'],
    route: 'messages',
    handler: async (request: HttpRequest, context: InvocationContext) => {
      const texts = textsOf(request);
      let body: unknown;
      try {
        body = await request.json();
      } catch {
        return invalid(texts.t('api', 'activityNotJson'), 'body');
      }
      if (typeof body !== 'object' || body === null || Array.isArray(body)) return invalid(texts.t('api', 'activityNotObject'), 'body');
      const activity = body as Record<string, unknown>;
      try {
        const ready = await services();
        let identity: JWTPayload | undefined;
        if (ready.botTokens) {
          const authentication = await ready.botTokens(request.headers.get('authorization') ?? undefined, activity);
          if (!authentication.ok) return unauthenticated(authentication.message);
          identity = replyIdentity(authentication.claims);
        }
        const problem = activityProblem(activity, texts);
        if (problem) return invalid(problem.message, problem.field);
        const { adapter, agent } = botOf(ready);
        const incoming = {
          body: activity,
          headers: Object.fromEntries(request.headers.entries()),
          method: request.method,
          ...(identity ? { user: identity } : {}),
        };
        const response = new CollectedResponse();
        await adapter.process(incoming, response, (turn) => agent.run(turn));
        return response.reply(texts);
      } catch (error) {
        // Past the checks above nothing the caller sent is at fault: the signing keys,
        // storage or the bot's own token could not be reached.
        context.error('The bot could not handle an activity', error);
        const message = texts.t('api', error instanceof KeysUnavailable ? 'botKeysUnavailable' : 'botUnavailable');
        return { status: 503, headers: { 'retry-after': '5' }, jsonBody: { error: { code: 'unavailable', message } } };
      }
    },
  };
}
