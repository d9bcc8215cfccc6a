import { createServer as createHttpServer } from 'node:http';
import { createServer, type Server, type Socket } from 'node:net';
import { RestError } from '@azure/data-tables';
import { ContentionError } from '../../../functions/application/contention';
import { faultOf, isStorageUnavailable } from '../../../functions/application/storage-faults';
import { storageDeadlineMs, storageRetries, tableClient } from '../../../functions/storage/table-storage';
import { freePort } from '../../support/azurite';

const nodeError = (code: string) => Object.assign(new Error(`connect ${code} 127.0.0.1:10002`), { code });
const restError = (options: { code?: string; statusCode?: number }) => new RestError('storage said no', options);
const connectionString = (port: number) =>
  `DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:${port}/devstoreaccount1;`;

describe('which failures mean storage is unavailable (answered 503, Retry-After)', () => {
  it.each([
    ['a refused connection', restError({ code: 'ECONNREFUSED' })],
    ['a reset connection', restError({ code: 'ECONNRESET' })],
    ['a request the SDK could not send', restError({ code: 'REQUEST_SEND_ERROR' })],
    ['a bare refused socket', nodeError('ECONNREFUSED')],
    ['a connection timeout', nodeError('ETIMEDOUT')],
    ['an unresolvable storage host', nodeError('ENOTFOUND')],
    ['the call deadline (AbortError)', Object.assign(new Error('The operation was aborted.'), { name: 'AbortError' })],
    ['an AbortSignal.timeout reason', new DOMException('The operation timed out.', 'TimeoutError')],
    ['throttling (503 ServerBusy)', restError({ statusCode: 503, code: 'ServerBusy' })],
    ['an internal error (500)', restError({ statusCode: 500 })],
    ['a gateway timeout (504)', restError({ statusCode: 504 })],
    ['a request timeout (408)', restError({ statusCode: 408 })],
    ['a refused dual-stack connection', new AggregateError([nodeError('ECONNREFUSED'), nodeError('ECONNREFUSED')], 'connect failed')],
    ['a refusal wrapped as a cause', new Error('load failed', { cause: nodeError('ECONNRESET') })],
  ])('%s', (_case, error) => {
    expect(isStorageUnavailable(error)).toBe(true);
  });

  it.each([
    ['a missing row (404)', restError({ statusCode: 404, code: 'ResourceNotFound' })],
    ['a conflict (409)', restError({ statusCode: 409, code: 'EntityAlreadyExists' })],
    ['an ETag mismatch (412)', restError({ statusCode: 412, code: 'UpdateConditionNotSatisfied' })],
    ['an entity too large (413)', restError({ statusCode: 413, code: 'EntityTooLarge' })],
    ['a bad request (400)', restError({ statusCode: 400 })],
    ['a feature storage lacks (501), which no retry mends', restError({ statusCode: 501 })],
    ['a refusal status beside a network code', restError({ statusCode: 404, code: 'ECONNRESET' })],
    ['a record that kept changing (answered busy instead)', new ContentionError('The proposal', 8)],
    ['a programming error', new TypeError('Cannot read properties of undefined')],
    ['an unknown code', nodeError('EACCES')],
    ['no error at all', undefined],
    ['a thrown string', 'ECONNREFUSED'],
  ])('not %s', (_case, error) => {
    expect(isStorageUnavailable(error)).toBe(false);
  });

  it('follows causes only so deep, so a cycle of causes ends', () => {
    const looped: Error & { cause?: unknown } = new Error('one');
    looped.cause = new Error('two', { cause: looped });
    expect(isStorageUnavailable(looped)).toBe(false);
  });
});

describe('the table client gives up within its deadline (real sockets, no storage)', () => {
  const servers: Server[] = [];
  const sockets: Socket[] = [];
  afterAll(async () => {
    for (const socket of sockets) socket.destroy();
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  });
  const listening = async (server: Server) => {
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    return typeof address === 'object' && address ? address.port : 0;
  };
  const reading = async (port: number) => {
    const started = performance.now();
    const error = await tableClient(connectionString(port), 'governance')
      .getEntity('riverside|governance', 'settings')
      .then(
        () => undefined,
        (failure: unknown) => failure,
      );
    console.log(`storage call failed after ${Math.round(performance.now() - started)} ms (deadline ${storageDeadlineMs} ms)`);
    return error;
  };

  it('fits its retries, at their longest waits, well inside the deadline, and the deadline inside 2 s', () => {
    const longestWaits = Array.from({ length: storageRetries.maxRetries }, (_, retry) =>
      Math.min(storageRetries.maxRetryDelayInMs, storageRetries.retryDelayInMs * 2 ** retry),
    );
    expect(longestWaits.reduce((sum, wait) => sum + wait, 0)).toBeLessThan(storageDeadlineMs / 2);
    expect(storageDeadlineMs).toBeLessThanOrEqual(2_000);
  });

  it('reports a refused connection as storage unavailable', async () => {
    expect(isStorageUnavailable(await reading(await freePort()))).toBe(true);
  });

  it('reports a storage that takes the connection and never answers (frozen) as unavailable', async () => {
    const frozen = createServer((socket) => sockets.push(socket));
    expect(isStorageUnavailable(await reading(await listening(frozen)))).toBe(true);
  }, 15_000);

  it('retries a 503 from storage a bounded number of times, then reports it as unavailable', async () => {
    let tries = 0;
    const busy = createHttpServer((_request, response) => {
      tries += 1;
      response
        .writeHead(503, { 'content-type': 'application/json' })
        .end('{"odata.error":{"code":"ServerBusy","message":{"value":"busy"}}}');
    });
    expect(isStorageUnavailable(await reading(await listening(busy)))).toBe(true);
    expect(tries).toBe(storageRetries.maxRetries + 1);
  });
});

describe('a storage fault in a log line', () => {
  it('names the code or status and the first line of the message', () => {
    expect(faultOf(restError({ code: 'ECONNREFUSED' }))).toBe('ECONNREFUSED: storage said no');
    expect(faultOf(restError({ statusCode: 503, code: 'ServerBusy' }))).toBe('503: storage said no');
    expect(faultOf(Object.assign(new Error('The operation was aborted.\nat …'), { name: 'AbortError' }))).toBe(
      'AbortError: The operation was aborted.',
    );
    expect(faultOf('down')).toBe('down');
  });
});
