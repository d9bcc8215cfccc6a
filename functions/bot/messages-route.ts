import type { HttpRequest, HttpResponseInit, InvocationContext } from '@azure/functions';
import type { CloudAdapter } from '@microsoft/agents-hosting';
import type { Services } from '../composition/services';
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
    if (this.body === undefined) return { status: this.statusCode, headers: this.headers };
    return typeof this.body === 'string' ? { status: this.statusCode, headers: this.headers, body: this.body } : { status: this.statusCode, headers: this.headers, jsonBody: this.body };
  }
}

/**
 * POST /api/messages: the bot endpoint. The function's request is handed to the
 * Agents SDK's adapter, which checks the Bot Connector token (none in dev mode,
 * as the Agents Playground sends none) and runs the agent; an invoke's response
 * (the card for the person who clicked) comes back as this function's reply.
 */
export function messagesRoute(services: () => Promise<Services>): Route {
  let bot: { adapter: CloudAdapter; agent: CircleAgent } | undefined;
  const botOf = (ready: Services) => (bot ??= { adapter: adapterOf(ready), agent: new CircleAgent({ services: ready, conversations: ready.conversations }) });
  return {
    name: 'messages',
    contract: { summary: 'The bot endpoint for Teams (Bot Framework activities); authenticated by the Bot Connector token, not the tab’s.' },
    methods: ['POST'],
    route: 'messages',
    handler: async (request: HttpRequest, context: InvocationContext) => {
      let body: Record<string, unknown>;
      try {
        body = (await request.json()) as Record<string, unknown>;
      } catch {
        return { status: 400, jsonBody: { error: { code: 'invalid-input', message: 'The activity is not valid JSON.', field: 'body' } } };
      }
      if (typeof body !== 'object' || body === null || Array.isArray(body)) {
        return { status: 400, jsonBody: { error: { code: 'invalid-input', message: 'An activity is a JSON object.', field: 'body' } } };
      }
      const { adapter, agent } = botOf(await services());
      const incoming = { body, headers: Object.fromEntries(request.headers.entries()), method: request.method };
      const response = new CollectedResponse();
      try {
        let authorized = false;
        await adapter.authorizeRequest(incoming, response, () => {
          authorized = true;
        });
        if (authorized) await adapter.process(incoming, response, (turn) => agent.run(turn));
      } catch (error) {
        context.error('The bot could not handle an activity', error);
        return { status: 500, jsonBody: { error: { code: 'unexpected', message: 'The bot could not handle this activity.' } } };
      }
      return response.reply();
    },
  };
}
