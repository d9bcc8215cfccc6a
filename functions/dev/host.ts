import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { HttpRequest, HttpResponse, type HttpResponseInit, InvocationContext } from '@azure/functions';
import getRawBody from 'raw-body';
import { bodyLimitBytes, declaresTooLarge, endpoints, tooLarge } from '../http/dispatch';
import type { Route } from '../http/route';
import { staticFile } from '../http/static-files';
import type { Timer } from '../timers/timers';
import { nextOccurrence } from './ncrontab';

/**
 * Serves the registered v4 HTTP functions over `node:http`, as the Functions host
 * would under `/api/`, and runs the timer functions on their schedules, for
 * machines without Azure Functions Core Tools.
 */
export interface DevHost {
  readonly url: string;
  close(): Promise<void>;
}

function decoded(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

function match(template: string, path: string): Record<string, string> | null {
  const want = template.split('/');
  const got = path.split('/');
  const catchAll = want.at(-1)?.startsWith('{*') ?? false;
  if (catchAll ? got.length < want.length - 1 : want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i += 1) {
    const part = want[i] as string;
    const actual = got[i] as string;
    // `{*name}` at the end takes the rest of the path, as Azure Functions routes do.
    if (part.startsWith('{*') && part.endsWith('}') && i === want.length - 1) {
      const rest = decoded(got.slice(i).join('/'));
      if (rest === null) return null;
      params[part.slice(2, -1)] = rest;
      return params;
    }
    if (part.startsWith('{') && part.endsWith('}')) {
      const value = decoded(actual);
      if (value === null) return null;
      params[part.slice(1, -1)] = value;
    } else if (part.toLowerCase() !== actual.toLowerCase()) return null;
  }
  return params;
}

/** Why a body was not read: too large, or its sender gave up (disconnected, reset) before the end. */
type Unread = 'too-large' | 'abandoned';

/**
 * The request's body, read no further than `bodyLimitBytes`: a declared length above
 * it is refused before a byte is read, and a chunked upload is counted as it comes.
 */
async function bodyOf(message: IncomingMessage): Promise<Buffer | Unread> {
  try {
    return await getRawBody(message, { limit: bodyLimitBytes, length: message.headers['content-length'] ?? null });
  } catch (error) {
    const type = (error as { type?: unknown }).type;
    if (type === 'entity.too.large') return 'too-large';
    if (type === 'request.aborted' || type === 'request.size.invalid' || message.destroyed) return 'abandoned';
    throw error;
  }
}

/** The request's address; a Host header no URL can hold falls back to the host's own. */
function addressOf(message: IncomingMessage, own: string): URL | null {
  for (const base of [`http://${message.headers.host ?? own}`, `http://${own}`]) {
    try {
      return new URL(message.url ?? '/', base);
    } catch {
      // A Host header such as `a b` is no URL's host: the host's own address still serves the request.
    }
  }
  return null;
}

/**
 * Writes a response. When the request's body was not read to its end (refused, or
 * not needed), the connection closes after the response, so the rest is never read.
 */
async function send(message: IncomingMessage, reply: ServerResponse, init: HttpResponseInit): Promise<void> {
  const response = new HttpResponse(init);
  const body = Buffer.from(await response.arrayBuffer());
  reply.statusCode = response.status;
  for (const [name, value] of response.headers) reply.setHeader(name, value);
  if (!message.complete) reply.setHeader('connection', 'close');
  // Written at once, so Node sets Content-Length (and leaves the body out for HEAD).
  reply.end(body);
}

const text = (status: number, body: string, headers: Record<string, string> = {}): HttpResponseInit => ({
  status,
  headers: { 'content-type': 'text/plain; charset=utf-8', ...headers },
  body,
});
const apiError = (status: number, code: string, message: string): HttpResponseInit => ({ status, jsonBody: { error: { code, message } } });

/**
 * Serves the routes under `/api/` and, when given, a folder of static files (the
 * tab's bundle) under `/tab/`. Whatever goes wrong with one request (an upload cut
 * off, a handler that throws) is answered or logged there; the host stays up.
 */
export async function serveRoutes(
  routes: readonly Route[],
  port: number,
  host = '127.0.0.1',
  tabFolder?: string,
  timers: readonly Timer[] = [],
): Promise<DevHost> {
  const schedules = timers.map(schedule);
  const served = endpoints(routes);
  // The host's own address, for requests whose Host header is no URL's host; the port is known once listening.
  let own = `${host}:${port}`;

  async function serve(message: IncomingMessage, reply: ServerResponse): Promise<void> {
    const url = addressOf(message, own);
    if (!url) return send(message, reply, apiError(400, 'invalid-input', 'The request address is not a valid URL.'));
    const method = (message.method ?? 'GET').toUpperCase();
    // As the Functions host does, POST /admin/functions/{name} runs a timer now; here it answers once the run is over.
    const timerName = method === 'POST' ? /^\/admin\/functions\/([^/]+)$/.exec(url.pathname)?.[1] : undefined;
    if (timerName !== undefined) {
      const timer = timers.find((t) => t.name === timerName);
      if (!timer) return send(message, reply, text(404, `No timer is called ${timerName}.`));
      await runTimer(timer);
      return send(message, reply, { status: 202 });
    }
    if (tabFolder && (url.pathname === '/tab' || url.pathname.startsWith('/tab/'))) {
      if (method !== 'GET' && method !== 'HEAD')
        return send(message, reply, text(405, 'The tab’s files are read with GET.', { allow: 'GET, HEAD' }));
      const path = decoded(url.pathname.replace(/^\/tab\/?/, ''));
      const file = path === null ? null : await staticFile(tabFolder, path);
      return send(
        message,
        reply,
        file
          ? { status: 200, headers: { 'content-type': file.type, 'cache-control': 'no-cache' }, body: file.body }
          : text(404, 'Not found'),
      );
    }
    const path = url.pathname.replace(/^\/api\//, '');
    const found = url.pathname.startsWith('/api/')
      ? served.flatMap((endpoint) => {
          const params = match(endpoint.route, path);
          return params ? [{ endpoint, params }] : [];
        })[0]
      : undefined;
    if (!found) return send(message, reply, apiError(404, 'not-found', `Nothing is served at ${url.pathname}.`));
    const body = await bodyOf(message);
    if (body === 'abandoned') return;
    if (body === 'too-large') return send(message, reply, tooLarge(message.headers['accept-language']));
    const headers = Object.fromEntries(
      Object.entries(message.headers).flatMap(([name, value]) => (value === undefined ? [] : [[name, String(value)]])),
    );
    const request = new HttpRequest({
      method,
      url: url.toString(),
      headers,
      params: found.params,
      query: Object.fromEntries(url.searchParams),
      ...(body.length > 0 ? { body: { string: body.toString('utf8') } } : {}),
    });
    return send(message, reply, await found.endpoint.handler(request, contextFor(found.endpoint.name)));
  }

  /** Serves one request; a failure is logged and answered 500 while the caller is still there to hear it. */
  function answer(message: IncomingMessage, reply: ServerResponse): void {
    serve(message, reply).catch(async (error: unknown) => {
      console.error(`[dev host] ${message.method} ${message.url} failed`, error);
      if (reply.headersSent || reply.destroyed) return void reply.destroy();
      await send(
        message,
        reply,
        apiError(500, 'unexpected', 'Something went wrong on our side; nothing you sent was wrong. Try again shortly.'),
      ).catch(() => reply.destroy());
    });
  }

  const server: Server = createServer(answer);
  // A client that waits for 100 Continue (curl does for large bodies) never sends a body that would be refused.
  server.on('checkContinue', (message: IncomingMessage, reply: ServerResponse) => {
    if (!declaresTooLarge(message.headers['content-length'])) reply.writeContinue();
    answer(message, reply);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  own = `${host}:${actualPort}`;
  return {
    url: `http://${host}:${actualPort}/api`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const stop of schedules) stop();
        server.close(() => resolve());
        // Keep-alive connections would otherwise hold Ctrl-C for their idle timeout.
        server.closeAllConnections();
      }),
  };
}

function contextFor(name: string): InvocationContext {
  return new InvocationContext({
    invocationId: randomUUID(),
    functionName: name,
    logHandler: (level, ...args) => {
      if (level === 'error' || level === 'warning') console.error(`[${name}]`, ...args);
    },
  });
}

/** Runs a timer as the Functions host would: a failure is logged, and the schedule goes on. */
async function runTimer(timer: Timer): Promise<void> {
  try {
    await timer.run(contextFor(timer.name));
  } catch (error) {
    console.error(`[${timer.name}] failed`, error);
  }
}

/** Runs the timer at each moment its schedule names, until stopped. */
function schedule(timer: Timer): () => void {
  let handle: NodeJS.Timeout | undefined;
  let stopped = false;
  const next = () => {
    const delay = nextOccurrence(timer.schedule, new Date()).getTime() - Date.now();
    handle = setTimeout(() => void runTimer(timer).then(() => !stopped && next()), Math.max(0, delay));
    handle.unref();
  };
  next();
  return () => {
    stopped = true;
    clearTimeout(handle);
  };
}
