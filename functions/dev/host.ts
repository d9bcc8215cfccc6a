import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { HttpRequest, HttpResponse, InvocationContext } from '@azure/functions';
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

async function readBody(message: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of message) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Serves the routes under `/api/` and, when given, a folder of static files (the
 * tab's bundle) under `/tab/`.
 */
export async function serveRoutes(routes: readonly Route[], port: number, host = '127.0.0.1', tabFolder?: string, timers: readonly Timer[] = []): Promise<DevHost> {
  const schedules = timers.map(schedule);
  const server: Server = createServer(async (message, reply) => {
    const url = new URL(message.url ?? '/', `http://${message.headers.host ?? `${host}:${port}`}`);
    // As the Functions host does, POST /admin/functions/{name} runs a timer now; here it answers once the run is over.
    const timerName = message.method === 'POST' ? /^\/admin\/functions\/([^/]+)$/.exec(url.pathname)?.[1] : undefined;
    if (timerName !== undefined) {
      const timer = timers.find((t) => t.name === timerName);
      if (!timer) reply.writeHead(404, { 'content-type': 'text/plain' }).end(`No timer is called ${timerName}.`);
      else await runTimer(timer).then(() => reply.writeHead(202).end());
      return;
    }
    if (tabFolder && (url.pathname === '/tab' || url.pathname.startsWith('/tab/'))) {
      const path = decoded(url.pathname.replace(/^\/tab\/?/, ''));
      const file = path === null ? null : await staticFile(tabFolder, path);
      if (file) reply.writeHead(200, { 'content-type': file.type, 'cache-control': 'no-cache' }).end(file.body);
      else reply.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    const path = url.pathname.replace(/^\/api\//, '');
    const method = (message.method ?? 'GET').toUpperCase();
    const found = url.pathname.startsWith('/api/')
      ? routes.flatMap((route) => {
          const params = match(route.route, path);
          return params && route.methods.includes(method as Route['methods'][number]) ? [{ route, params }] : [];
        })[0]
      : undefined;
    if (!found) {
      reply.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { code: 'not-found', message: `No function serves ${method} ${url.pathname}.` } }));
      return;
    }
    const headers = Object.fromEntries(Object.entries(message.headers).flatMap(([name, value]) => (value === undefined ? [] : [[name, String(value)]])));
    const body = await readBody(message);
    const request = new HttpRequest({
      method,
      url: url.toString(),
      headers,
      params: found.params,
      query: Object.fromEntries(url.searchParams),
      ...(body ? { body: { string: body } } : {}),
    });
    const context = contextFor(found.route.name);
    const response = new HttpResponse(await found.route.handler(request, context));
    reply.writeHead(response.status, Object.fromEntries(response.headers));
    reply.end(Buffer.from(await response.arrayBuffer()));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
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
