import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TableClient } from '@azure/data-tables';
import { InvocationContext } from '@azure/functions';
import { readSettings } from '../../functions/composition/config';
import { createServices, governanceTable, type Services } from '../../functions/composition/services';
import { startedOnFirstUse } from '../../functions/composition/started-on-first-use';
import { azuriteConnectionString, startAzuriteTables, type RunningAzurite } from '../../functions/dev/azurite';
import { serveRoutes, type DevHost } from '../../functions/dev/host';
import { routes } from '../../functions/http/routes';
import { tableClient, timerStorageDeadlineMs } from '../../functions/storage/table-storage';
import { timers } from '../../functions/timers/timers';
import { freePort } from './azurite';

export type TimedReply = { status: number; retryAfter: string | null; body: Record<string, any>; ms: number };

/**
 * One instance of the API, as functions/index.ts makes it (services started on first
 * use, a failed start tried again), served over HTTP by the dev host, in front of an
 * Azurite that keeps its tables in a folder, so it can be stopped, frozen and
 * brought back on the same port with the same data.
 */
export interface OutageRig {
  call(method: string, path: string, as: string, body?: unknown, headers?: Record<string, string>): Promise<TimedReply>;
  services(): Promise<Services>;
  /** The governance table, read directly to check what is stored. */
  readonly governance: TableClient;
  /** Runs every timer once, as the host would, and collects what they logged as warnings. */
  runTimers(): Promise<string[]>;
  startStorage(): Promise<void>;
  /** Closes storage as Ctrl-C does: connections are refused until it starts again. */
  stopStorage(): Promise<void>;
  /** SIGSTOP: connections are taken, nothing is answered. */
  freezeStorage(): void;
  thawStorage(): void;
  close(): Promise<void>;
}

export async function outageRig(): Promise<OutageRig> {
  const folder = await mkdtemp(join(tmpdir(), 'storage-outage-'));
  const port = await freePort();
  const connectionString = azuriteConnectionString(port);
  const settings = readSettings({
    STORAGE_CONNECTION_STRING: connectionString,
    AUTH_MODE: 'dev',
    ORGANISATION_ADMINS: 'riverside-dev:admin',
  });
  const services = startedOnFirstUse(() => createServices(settings));
  const unhurried = startedOnFirstUse(() => createServices(settings, { deadlineMs: timerStorageDeadlineMs }));
  const host: DevHost = await serveRoutes(routes(services), 0);
  let azurite: RunningAzurite | undefined;
  const running = () => {
    if (!azurite) throw new Error('storage is not started');
    return azurite;
  };
  return {
    async call(method, path, as, body, headers = {}) {
      const started = performance.now();
      const response = await fetch(`${host.url}/${path}`, {
        method,
        headers: { 'x-dev-person': as, 'content-type': 'application/json', ...headers },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await response.text();
      return {
        status: response.status,
        retryAfter: response.headers.get('retry-after'),
        body: text ? JSON.parse(text) : {},
        ms: performance.now() - started,
      };
    },
    services,
    governance: tableClient(connectionString, governanceTable),
    async runTimers() {
      const warnings: string[] = [];
      for (const timer of timers(unhurried)) {
        const context = new InvocationContext({
          invocationId: `${timer.name}-outage`,
          functionName: timer.name,
          logHandler: (level, ...args) => {
            if (level === 'warning') warnings.push(String(args[0]));
          },
        });
        await timer.run(context);
      }
      return warnings;
    },
    async startStorage() {
      azurite = await startAzuriteTables({ port, location: folder });
    },
    async stopStorage() {
      await running().stop();
    },
    freezeStorage: () => process.kill(running().pid, 'SIGSTOP'),
    thawStorage: () => process.kill(running().pid, 'SIGCONT'),
    async close() {
      await host.close();
      await azurite?.stop();
      await rm(folder, { recursive: true, force: true });
    },
  };
}

/** Asks again until `done` holds for the reply, at most `boundMs`; the last reply otherwise, for the assertion to show. */
export async function askUntil(
  ask: () => Promise<TimedReply>,
  done: (reply: TimedReply) => boolean,
  boundMs = 60_000,
): Promise<TimedReply> {
  const until = performance.now() + boundMs;
  for (;;) {
    const reply = await ask();
    if (done(reply) || performance.now() > until) return reply;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
