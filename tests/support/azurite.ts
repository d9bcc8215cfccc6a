import { createServer } from 'node:net';
import { startAzuriteTables, type RunningAzurite } from '../../functions/dev/azurite';

export type { RunningAzurite };

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Starts a real Azurite table service on a free port, in memory, for one test file. */
export async function startAzurite(): Promise<RunningAzurite> {
  return startAzuriteTables({ port: await freePort() });
}
