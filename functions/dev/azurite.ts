import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

/** The well-known development account every Azurite accepts. */
const devAccountKey = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

/** The connection string of Azurite's table service on a port of this machine (known before it starts). */
export function azuriteConnectionString(port: number): string {
  return `DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${devAccountKey};TableEndpoint=http://127.0.0.1:${port}/devstoreaccount1;`;
}

export interface RunningAzurite {
  readonly connectionString: string;
  /** The process, for tests that freeze storage (SIGSTOP) and thaw it (SIGCONT). */
  readonly pid: number;
  /** Closes Azurite as Ctrl-C does, so a folder keeps every write it acknowledged. */
  stop(): Promise<void>;
}

export interface AzuriteOptions {
  readonly port: number;
  /** A folder to keep data in; in memory when absent. */
  readonly location?: string;
}

/** Starts Azurite's table service from this package's node_modules and waits until it listens. */
export async function startAzuriteTables(options: AzuriteOptions): Promise<RunningAzurite> {
  // npm scripts and jest run from the package root; compiled scripts run from dist/.
  const bin = join(process.cwd(), 'node_modules', '.bin', 'azurite-table');
  const storage = options.location ? ['--location', options.location] : ['--inMemoryPersistence'];
  const args = [
    ...storage,
    '--tableHost',
    '127.0.0.1',
    '--tablePort',
    String(options.port),
    '--skipApiVersionCheck',
    '--disableProductStyleUrl',
    '--disableTelemetry',
    '--silent',
  ];
  const child: ChildProcess = spawn(bin, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  await new Promise<void>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`Azurite did not start within 20 s:\n${output}`)), 20_000);
    const onData = (data: Buffer) => {
      output += data.toString();
      if (output.includes('successfully started')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Azurite exited with ${code} (is port ${options.port} free?):\n${output}`));
    });
  });
  return {
    connectionString: azuriteConnectionString(options.port),
    pid: child.pid ?? 0,
    stop: () =>
      new Promise<void>((resolve) => {
        child.removeAllListeners('exit');
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        // SIGTERM ends Azurite at once and loses what it has not yet saved (it saves every 5 s);
        // on SIGINT it saves and closes. A thawed process is needed to hear it; SIGKILL if it hangs.
        const hung = setTimeout(() => child.kill('SIGKILL'), 10_000);
        child.once('exit', () => {
          clearTimeout(hung);
          resolve();
        });
        child.kill('SIGCONT');
        child.kill('SIGINT');
      }),
  };
}
