import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { HttpRequest, HttpResponse, InvocationContext } from '@azure/functions';
import type { Route } from '../http/route';

/**
 * Serves the registered v4 HTTP functions over `node:http`, as the Functions host
 * would under `/api/`, for machines without Azure Functions Core Tools.
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
  if (want.length !== got.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i += 1) {
    const part = want[i] as string;
    const actual = got[i] as string;
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

export async function serveRoutes(routes: readonly Route[], port: number, host = '127.0.0.1'): Promise<DevHost> {
  const server: Server = createServer(async (message, reply) => {
    const url = new URL(message.url ?? '/', `http://${message.headers.host ?? `${host}:${port}`}`);
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
    const context = new InvocationContext({
      invocationId: randomUUID(),
      functionName: found.route.name,
      logHandler: (level, ...args) => {
        if (level === 'error' || level === 'warning') console.error(`[${found.route.name}]`, ...args);
      },
    });
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
        server.close(() => resolve());
        // Keep-alive connections would otherwise hold Ctrl-C for their idle timeout.
        server.closeAllConnections();
      }),
  };
}
