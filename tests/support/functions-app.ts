import { fork, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { FromWorker, RegisteredFunction, ToWorker, WorkerRequest, WorkerResponse } from './functions-worker';

export type { RegisteredFunction, WorkerRequest, WorkerResponse };

/** A built entry loaded by the worker stand-in in its own process. */
export interface FunctionsApp {
  readonly functions: readonly RegisteredFunction[];
  /** `name@version` of the programming model the entry set. */
  readonly programmingModel: string;
  /** Milliseconds from `require` of the entry until it was loaded (and the model's capabilities read). */
  readonly loadMs: number;
  /** The first request, when one was given: served right after loading, timed in the worker. */
  readonly first?: WorkerResponse & { readonly ms: number; readonly sinceLoadStartMs: number };
  invoke(request: WorkerRequest): Promise<WorkerResponse>;
  stop(): Promise<void>;
}

let transpiled: Promise<string> | undefined;

/**
 * The stand-in as JavaScript: compiled beside this file when the bench runs tsc's
 * output, else (under ts-jest) transpiled once into node_modules/.cache.
 */
async function workerScript(): Promise<string> {
  const compiled = join(__dirname, 'functions-worker.js');
  if (existsSync(compiled)) return compiled;
  transpiled ??= (async () => {
    const { build } = await import('esbuild');
    const outfile = join(process.cwd(), 'node_modules', '.cache', 'sociocracy-tests', 'functions-worker.js');
    const result = await build({
      entryPoints: [join(__dirname, 'functions-worker.ts')],
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      write: false,
      logLevel: 'silent',
    });
    await mkdir(dirname(outfile), { recursive: true });
    // Written aside and renamed, so a worker started by another test file never reads half a file.
    await writeFile(`${outfile}.${process.pid}`, result.outputFiles[0]?.contents ?? '');
    await rename(`${outfile}.${process.pid}`, outfile);
    return outfile;
  })();
  return transpiled;
}

/**
 * Loads `entry` (a built `index.js`) as the Functions worker would, in a fresh
 * process started in the entry's folder (the host's script root) with exactly
 * `environment` (plus PATH) as its settings.
 */
export async function startFunctionsApp(
  entry: string,
  environment: Record<string, string>,
  firstRequest?: WorkerRequest,
): Promise<FunctionsApp> {
  const child: ChildProcess = fork(await workerScript(), [entry, ...(firstRequest ? [JSON.stringify(firstRequest)] : [])], {
    env: { PATH: process.env.PATH ?? '', ...environment },
    cwd: dirname(entry),
    execArgv: [],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const waiting = new Map<number, { resolve: (response: WorkerResponse) => void; reject: (error: Error) => void }>();
  let nextId = 1;
  const loaded = await new Promise<Extract<FromWorker, { type: 'loaded' }>>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the worker exited with ${code} before loading ${entry}`)));
    child.on('message', (message: FromWorker) => {
      if (message.type === 'loaded') resolve(message);
      else if (message.type === 'failed' && message.id === undefined)
        reject(new Error(`the worker could not load ${entry}:\n${message.error}`));
      else if (message.type === 'response') waiting.get(message.id)?.resolve(message.response);
      else if (message.type === 'failed' && message.id !== undefined) waiting.get(message.id)?.reject(new Error(message.error));
      if ('id' in message && message.id !== undefined) waiting.delete(message.id);
    });
  });
  child.removeAllListeners('exit');
  child.once('exit', () => {
    for (const { reject } of waiting.values()) reject(new Error('the worker exited'));
    waiting.clear();
  });
  return {
    functions: loaded.functions,
    programmingModel: loaded.programmingModel,
    loadMs: loaded.loadMs,
    ...(loaded.first ? { first: loaded.first } : {}),
    invoke: (request) =>
      new Promise<WorkerResponse>((resolve, reject) => {
        const id = nextId++;
        waiting.set(id, { resolve, reject });
        child.send({ type: 'invoke', id, request } satisfies ToWorker);
      }),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
