import type { HttpResponseInit } from '@azure/functions';
import { connect, type Socket } from 'node:net';
import { bodyLimitBytes } from '../../functions/http/dispatch';
import { serveRoutes, type DevHost } from '../../functions/dev/host';
import type { Route } from '../../functions/http/route';
import { useApi } from '../support/api-host';

/**
 * The dev host that `npm start` runs and the tests use, on a real Azurite in dev
 * mode: what it does with bodies too large to take, uploads cut off halfway, wrong
 * methods and callers who do not say who they are. Raw sockets send exactly the
 * bytes each case needs, so no case depends on how a client library behaves.
 */
const { call, api } = useApi();

type RawReply = { status: number; headers: string; body: string; text: string };

/** Opens a connection to the API's host, writes `parts` and reads until the host closes the connection. */
function exchange(...parts: (string | Buffer)[]): Promise<RawReply> {
  const { hostname, port } = new URL(api().url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    const received: Buffer[] = [];
    socket.on('data', (chunk) => received.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(received).toString('utf8');
      const [headers = '', body = ''] = text.split('\r\n\r\n');
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1]), headers, body, text });
    });
    for (const part of parts) socket.write(part);
  });
}

/** Writes `parts`, waits until they are handed to the network, then leaves: with a reset, or by closing its side. */
function abandon(how: 'reset' | 'close', ...parts: (string | Buffer)[]): Promise<void> {
  const { hostname, port } = new URL(api().url);
  return new Promise((resolve) => {
    const socket: Socket = connect(Number(port), hostname, () => {
      socket.write(Buffer.concat(parts.map((part) => Buffer.from(part))), () =>
        how === 'reset' ? socket.resetAndDestroy() : socket.destroy(),
      );
    });
    socket.on('error', () => undefined);
    socket.on('close', () => resolve());
  });
}

const head = (method: string, path: string, headers: Record<string, string | number>) =>
  `${method} /api/${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nx-dev-person: admin\r\ncontent-type: application/json\r\n${Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('')}\r\n`;

const chunk = (data: Buffer | string) =>
  Buffer.concat([Buffer.from(`${Buffer.byteLength(data).toString(16)}\r\n`), Buffer.from(data), Buffer.from('\r\n')]);

async function servesTheNextRequest(): Promise<void> {
  expect((await call('GET', 'circles', 'amara')).status).toBe(200);
}

describe('request bodies above 1 MiB', () => {
  it('are refused with 413 from their Content-Length before a byte of them is read, and the host serves the next request', async () => {
    const reply = await exchange(head('POST', 'structure/commands', { 'content-length': bodyLimitBytes + 1 }));
    expect(reply.status).toBe(413);
    expect(reply.headers).toMatch(/^connection: close$/im);
    expect(JSON.parse(reply.body)).toEqual({ error: { code: 'too-large', message: expect.stringContaining('1 MiB'), field: 'body' } });
    await servesTheNextRequest();
  });

  it('are refused before the client sends them when it waits for 100 Continue', async () => {
    const reply = await exchange(head('POST', 'structure/commands', { 'content-length': 100 * 1024 * 1024, expect: '100-continue' }));
    expect(reply.status).toBe(413);
    expect(reply.text).not.toContain('100 Continue');
    await servesTheNextRequest();
  });

  it('are counted as they stream in without a length, and refused with 413 at the first byte past the limit', async () => {
    // Sixteen chunks of 64 KiB make exactly 1 MiB; one more byte is too many. Nothing follows it, so the host has read all that was sent.
    const full = Array.from({ length: 16 }, () => chunk(Buffer.alloc(64 * 1024, 'a')));
    const reply = await exchange(head('POST', 'structure/commands', { 'transfer-encoding': 'chunked' }), ...full, '1\r\na');
    expect(reply.status).toBe(413);
    expect(JSON.parse(reply.body).error).toMatchObject({ code: 'too-large', field: 'body' });
    await servesTheNextRequest();
  });

  it('up to the limit are read whole, with a length or chunked: a command of exactly 1 MiB reaches the route, whose schema refuses it', async () => {
    const padded = `{"type":"create-circle","pad":"${'a'.repeat(bodyLimitBytes - 40)}"}`.padEnd(bodyLimitBytes, ' ');
    const sized = await exchange(head('POST', 'structure/commands', { 'content-length': bodyLimitBytes, connection: 'close' }), padded);
    const quarter = bodyLimitBytes / 4;
    const pieces = [0, 1, 2, 3].map((i) => chunk(padded.slice(i * quarter, (i + 1) * quarter)));
    const chunked = await exchange(
      head('POST', 'structure/commands', { 'transfer-encoding': 'chunked', connection: 'close' }),
      ...pieces,
      '0\r\n\r\n',
    );
    for (const reply of [sized, chunked]) {
      expect(reply.status).toBe(400);
      expect(JSON.parse(reply.body).error).toMatchObject({ code: 'invalid-input', field: 'circleId' });
    }
  });
});

describe('an upload cut off halfway', () => {
  it.each(['reset', 'close'] as const)('(the client leaves with a %s) is dropped, and the host serves the next request', async (how) => {
    await abandon(how, head('POST', 'structure/commands', { 'content-length': 1000 }), '{"type":"create-circle",');
    await servesTheNextRequest();
  });

  it('(chunked, the client resets) is dropped, and the host serves the next request', async () => {
    await abandon('reset', head('POST', 'structure/commands', { 'transfer-encoding': 'chunked' }), chunk('{"type":'));
    await servesTheNextRequest();
  });
});

describe('a request the host cannot place', () => {
  it('(a Host header no URL can hold) is served as if sent to the host’s own address', async () => {
    const reply = await exchange('GET /api/circles HTTP/1.1\r\nHost: care team\r\nx-dev-person: amara\r\nconnection: close\r\n\r\n');
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.body).circles.length).toBeGreaterThan(0);
  });
});

describe('methods a path does not serve', () => {
  it('are answered 405 with the methods it does serve in Allow', async () => {
    for (const [method, path, allow] of [
      ['DELETE', 'circles', 'GET, HEAD, OPTIONS'],
      ['POST', 'circles/northside/proposals', 'GET, HEAD, OPTIONS'],
      ['GET', 'structure/commands', 'POST, OPTIONS'],
      ['PUT', 'circles/northside/selections/delegate/steps', 'POST, OPTIONS'],
    ] as const) {
      const response = await fetch(`${api().url}/${path}`, { method, headers: { 'x-dev-person': 'amara' } });
      const body = (await response.json()) as { error: { code: string; message: string } };
      expect({ method, path, status: response.status, allow: response.headers.get('allow'), code: body.error.code }).toEqual({
        method,
        path,
        status: 405,
        allow,
        code: 'method-not-allowed',
      });
      expect(body.error.message).toBe(`/api/${path} does not take ${method}; it takes ${allow}.`);
    }
  });

  it('OPTIONS is answered 204 with Allow, and HEAD as GET without the body', async () => {
    const options = await fetch(`${api().url}/circles/northside/proposals/weekend-rota/steps`, { method: 'OPTIONS' });
    expect({ status: options.status, allow: options.headers.get('allow'), body: await options.text() }).toEqual({
      status: 204,
      allow: 'POST, OPTIONS',
      body: '',
    });
    const headed = await fetch(`${api().url}/circles`, { method: 'HEAD', headers: { 'x-dev-person': 'amara' } });
    expect({ status: headed.status, type: headed.headers.get('content-type'), body: await headed.text() }).toEqual({
      status: 200,
      type: 'application/json',
      body: '',
    });
  });

  it('a path nothing serves is still 404', async () => {
    const response = await fetch(`${api().url}/circles/northside/nowhere`, { method: 'DELETE', headers: { 'x-dev-person': 'amara' } });
    expect({ status: response.status, code: ((await response.json()) as { error: { code: string } }).error.code }).toEqual({
      status: 404,
      code: 'not-found',
    });
  });
});

describe('in dev mode, a caller who does not name a well-formed person', () => {
  it.each([
    ['no x-dev-person header', undefined],
    ['an empty one', ''],
    ['one of spaces', '   '],
    ['an id longer than 128 characters', 'a'.repeat(129)],
    ['a name every object has', 'constructor'],
  ])('is refused with 401 (%s), not taken for a demo person', async (_case, person) => {
    const response = await fetch(`${api().url}/circles`, { headers: person === undefined ? {} : { 'x-dev-person': person } });
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect({ status: response.status, code: body.error.code }).toEqual({ status: 401, code: 'unauthenticated' });
    expect(body.error.message).toContain('x-dev-person: <person>');
  });

  it('nothing is written for such a caller', async () => {
    const response = await fetch(`${api().url}/structure/commands`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'create-circle', circleId: 'ghost', name: 'Ghost circle', parentId: null }),
    });
    expect(response.status).toBe(401);
    const circles = (await call('GET', 'circles', 'admin')).body.circles.map((circle: { circleId: string }) => circle.circleId);
    expect(circles).not.toContain('ghost');
  });
});

describe('a route that fails unexpectedly', () => {
  let host: DevHost;
  let logged: jest.SpyInstance;
  const broken: Route = {
    name: 'broken',
    contract: { summary: 'Fails as a storage outage would, outside any handler’s own catch.' },
    methods: ['GET'],
    route: 'broken',
    handler: async (): Promise<HttpResponseInit> => {
      throw new Error('the storage account was deleted');
    },
  };
  const fine: Route = { ...broken, name: 'fine', route: 'fine', handler: async () => ({ status: 200, jsonBody: { ok: true } }) };
  beforeAll(async () => {
    logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    host = await serveRoutes([broken, fine], 0);
  });
  afterAll(async () => {
    logged.mockRestore();
    await host?.close();
  });

  it('is answered 500 with the error body and logged, and the host serves the next request', async () => {
    const failed = await fetch(`${host.url}/broken`);
    expect({ status: failed.status, body: await failed.json() }).toEqual({
      status: 500,
      body: { error: { code: 'unexpected', message: expect.any(String) } },
    });
    expect(logged).toHaveBeenCalledWith(
      '[dev host] GET /api/broken failed',
      expect.objectContaining({ message: 'the storage account was deleted' }),
    );
    expect((await fetch(`${host.url}/fine`)).status).toBe(200);
  });
});
