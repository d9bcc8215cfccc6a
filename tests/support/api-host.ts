import { readSettings } from '../../functions/composition/config';
import { createServices, type Services } from '../../functions/composition/services';
import { serveRoutes, type DevHost } from '../../functions/dev/host';
import { routes } from '../../functions/http/routes';
import type { RoundTrips } from '../../functions/storage/table-storage';
import { startAzurite, type RunningAzurite } from './azurite';
import { careCoop } from './care-coop';

export type Reply = { status: number; body: Record<string, any> };

export interface RunningApi {
  /** The dev host in dev mode: `as` is sent as the `x-dev-person` identity of the demo tenant. */
  call(method: string, path: string, as: string, body?: unknown, headers?: Record<string, string>): Promise<Reply>;
  readonly url: string;
  /** A second host on the same storage that verifies real Entra tokens (no dev identities). */
  readonly entraUrl: string;
  readonly services: Services;
  stop(): Promise<void>;
}

/**
 * The API as `npm start` serves it: the registered routes on the dev host, a real
 * Azurite (in memory, free port), the Riverside care co-op stored in tenant
 * `riverside-dev`, where `admin` is an organisation admin. With `roundTrips`,
 * every request the services send to Table Storage is counted.
 */
export async function startApi(options: { readonly roundTrips?: RoundTrips } = {}): Promise<RunningApi> {
  const azurite: RunningAzurite = await startAzurite();
  const environment = { STORAGE_CONNECTION_STRING: azurite.connectionString, AUTH_MODE: 'dev', ORGANISATION_ADMINS: 'riverside-dev:admin' };
  const services = await createServices(readSettings(environment), options);
  await services.structures.save(await services.structures.load('riverside-dev'), careCoop());
  const devHost: DevHost = await serveRoutes(
    routes(async () => services),
    0,
  );
  const entra = await createServices(
    readSettings({
      STORAGE_CONNECTION_STRING: azurite.connectionString,
      ENTRA_CLIENT_ID: 'client-id',
      BOT_CLIENT_ID: 'bot-client-id',
      BOT_CLIENT_SECRET: 'bot-secret',
    }),
  );
  const entraHost: DevHost = await serveRoutes(
    routes(async () => entra),
    0,
  );
  return {
    url: devHost.url,
    entraUrl: entraHost.url,
    services,
    async call(method, path, as, body, headers = {}) {
      const response = await fetch(`${devHost.url}/${path}`, {
        method,
        headers: { 'x-dev-person': as, 'content-type': 'application/json', ...headers },
        ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
      });
      return { status: response.status, body: (await response.json()) as Record<string, any> };
    },
    async stop() {
      await devHost.close();
      await entraHost.close();
      await azurite.stop();
    },
  };
}

/**
 * Starts the API before the file's tests and stops it after them; `call` reaches
 * it, `api()` gives its URLs and services once started.
 */
export function useApi(options: { readonly roundTrips?: RoundTrips } = {}): { call: RunningApi['call']; api: () => RunningApi } {
  let running: RunningApi | undefined;
  // Each test of a file that starts the API talks to it and to Azurite: on a busy 2-core machine
  // a dozen calls can take longer than jest's default 5 s, which is no failure of the product.
  jest.setTimeout(30_000);
  beforeAll(async () => {
    running = await startApi(options);
  }, 30_000);
  afterAll(async () => {
    await running?.stop();
  });
  const api = () => {
    if (!running) throw new Error('the API is not started yet');
    return running;
  };
  return { call: (...args) => api().call(...args), api };
}
