import { spawn, type ChildProcess } from 'node:child_process';
import { statSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { freePort } from '../support/azurite';

/**
 * `npm start` as a person runs it, in its own process group as a terminal would:
 * from the TypeScript sources (esbuild, no tsc output), on the PORT and Azurite
 * port given, in memory. The test waits for the ready line, never for time.
 */
interface Started {
  readonly child: ChildProcess;
  /** Every line printed so far, stdout and stderr alike. */
  readonly lines: string[];
  /** Resolves with the exit code once the process and its output have closed. */
  readonly closed: Promise<number | null>;
}

function npmStart(environment: Record<string, string>): Started {
  const child = spawn('npm', ['start', '--', '--in-memory'], {
    cwd: process.cwd(),
    env: { ...process.env, ...environment },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const rest = { stdout: '', stderr: '' };
  for (const stream of ['stdout', 'stderr'] as const) {
    child[stream]?.on('data', (data: Buffer) => {
      const parts = (rest[stream] + data.toString()).split('\n');
      rest[stream] = parts.pop() ?? '';
      lines.push(...parts);
    });
  }
  const closed = new Promise<number | null>((resolve) => child.once('close', (code) => resolve(code)));
  return { child, lines, closed };
}

/** Resolves with the first line matching `pattern`; rejects if the process ends first. */
function lineMatching({ child, lines }: Started, pattern: RegExp): Promise<string> {
  return new Promise((resolve, reject) => {
    const look = () => {
      const found = lines.find((line) => pattern.test(line));
      if (found === undefined) return false;
      resolve(found);
      return true;
    };
    if (look()) return;
    // Registered after the listeners that split lines, so each chunk's lines are in `lines` by now.
    const onData = () => look() && stop();
    const onClose = (code: number | null) => {
      stop();
      if (!look()) reject(new Error(`npm start ended (${code}) before printing ${pattern}:\n${lines.join('\n')}`));
    };
    const stop = () => {
      child.stdout?.off('data', onData);
      child.stderr?.off('data', onData);
      child.off('close', onClose);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('close', onClose);
  });
}

/** Whether something listens on the port. */
const listens = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

describe('npm start', () => {
  let started: Started | undefined;
  afterEach(async () => {
    // As Ctrl-C in a terminal: the whole group hears SIGINT, and the start stops what it started.
    if (started?.child.pid && started.child.exitCode === null && started.child.signalCode === null)
      process.kill(-started.child.pid, 'SIGINT');
    await started?.closed;
  });

  it('serves the API and the tab on PORT from the sources compiled by esbuild, saying what it does until it is ready, and Ctrl-C stops Azurite too', async () => {
    const began = Date.now();
    const [apiPort, tablePort] = [await freePort(), await freePort()];
    started = npmStart({ PORT: String(apiPort), AZURITE_TABLE_PORT: String(tablePort) });

    const ready = await lineMatching(started, /^Ready: /);
    expect(ready).toMatch(new RegExp(`^Ready: http://127\\.0\\.0\\.1:${apiPort} \\(\\d+\\.\\d s\\)`));
    // Compiled now from the sources, not read from an earlier tsc build.
    expect(statSync(join('dist', 'dev', 'start.js')).mtimeMs).toBeGreaterThanOrEqual(began - 1_000);
    const progress = started.lines.filter((line) => /…$/.test(line) || /^The tab's bundle .* is current/.test(line));
    expect(progress).toEqual([
      'Compiling functions/dev/start.ts with esbuild (types are checked by npm test)…',
      `Starting Azurite on port ${tablePort} (in memory)…`,
      expect.stringMatching(/^(Bundling the tab…|The tab's bundle in dist\/tab is current: not bundled again\.)$/),
      'Seeding the demo organisation (unless the store holds it already)…',
    ]);

    const circles = await fetch(`http://127.0.0.1:${apiPort}/api/circles`, { headers: { 'x-dev-person': 'amara' } });
    expect(circles.status).toBe(200);
    expect(((await circles.json()) as { circles: { circleId: string }[] }).circles.map((circle) => circle.circleId)).toContain('northside');
    const tab = await fetch(`http://127.0.0.1:${apiPort}/tab/`);
    expect({ status: tab.status, type: tab.headers.get('content-type') }).toEqual({
      status: 200,
      type: expect.stringMatching(/^text\/html/),
    });
    expect(await tab.text()).toContain('main.js');
    expect(await listens(tablePort)).toBe(true);

    process.kill(-(started.child.pid ?? 0), 'SIGINT');
    await started.closed;
    expect(await listens(tablePort)).toBe(false);
    expect(await listens(apiPort)).toBe(false);
  }, 240_000);

  it('refuses a PORT that is no port number, in words, before starting anything', async () => {
    started = npmStart({ PORT: 'seventy', AZURITE_TABLE_PORT: String(await freePort()) });
    expect(await started.closed).not.toBe(0);
    expect(started.lines).toContain('npm start failed: PORT must be a port number from 1 to 65535, not “seventy”.');
    expect(started.lines.some((line) => line.startsWith('Starting Azurite'))).toBe(false);
  }, 120_000);
});
