/**
 * `npm run bench`: cold start of the Function App. In fresh processes, the
 * production bundle (`functions/build/bundle-functions.ts`) loaded as the Functions
 * worker loads it and serving its first `GET circles` from a local Azurite, next to
 * what an unbundled app pays before any of its own code runs (requiring the bare
 * SDKs from node_modules), and to the unbundled app itself (tsc's output).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleFunctions } from '../functions/build/bundle-functions';
import { startAzurite } from '../tests/support/azurite';
import { startFunctionsApp, type WorkerRequest } from '../tests/support/functions-app';

const runs = 7;
const sdks = ['@azure/functions', '@azure/data-tables', '@microsoft/agents-hosting', 'zod'];
const firstRequest: WorkerRequest = { method: 'GET', path: 'circles', headers: { 'x-dev-person': 'amara' } };

/** Milliseconds to require the SDKs from the repository's node_modules, timed inside a fresh node. */
function bareImports(): Promise<number> {
  const code = `const { performance } = require('node:perf_hooks'); const started = performance.now(); for (const name of ${JSON.stringify(sdks)}) require(name); process.stdout.write(String(performance.now() - started));`;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', code], { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (data: Buffer) => {
      output += data.toString();
    });
    child.once('exit', (code) => (code === 0 ? resolve(Number(output)) : reject(new Error(`requiring the SDKs failed (${code})`))));
  });
}

interface ColdStart {
  readonly loadMs: number;
  readonly requestMs: number;
  readonly totalMs: number;
}

/** Loads `entry` in a fresh worker stand-in and serves the first request right away. */
async function coldStart(entry: string, environment: Record<string, string>): Promise<ColdStart> {
  const app = await startFunctionsApp(entry, environment, firstRequest);
  try {
    const first = app.first;
    if (!first || first.status !== 200) throw new Error(`GET circles answered ${first?.status}: ${first?.body}`);
    return { loadMs: app.loadMs, requestMs: first.ms, totalMs: first.sinceLoadStartMs };
  } finally {
    await app.stop();
  }
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? NaN) : ((sorted[middle - 1] ?? NaN) + (sorted[middle] ?? NaN)) / 2;
};
const ms = (value: number) => `${value.toFixed(0)} ms`;
const summary = (values: readonly number[]) => `${ms(median(values))} (min ${ms(Math.min(...values))})`;

function describe(label: string, samples: readonly ColdStart[]): string {
  return `${label}: import ${ms(median(samples.map((s) => s.loadMs)))} + first GET circles ${ms(median(samples.map((s) => s.requestMs)))} = ${summary(samples.map((s) => s.totalMs))}`;
}

async function main(): Promise<void> {
  const folder = await mkdtemp(join(tmpdir(), 'sociocracy-cold-start-'));
  const azurite = await startAzurite();
  try {
    const bundle = await bundleFunctions(join(folder, 'functions'));
    const bundled = join(bundle.folder, 'index.js');
    // `npm run bench` compiles the whole tree with tsc into dist/bench, the app included.
    const compiled = join(__dirname, '..', 'functions', 'index.js');
    const unbundled = existsSync(compiled) ? compiled : undefined;
    const environment = { STORAGE_CONNECTION_STRING: azurite.connectionString, AUTH_MODE: 'dev' };

    // One round unmeasured: files into the page cache, the table created in Azurite.
    await coldStart(bundled, environment);
    await bareImports();
    if (unbundled) await coldStart(unbundled, environment);

    const bundleRuns: ColdStart[] = [];
    const bareRuns: number[] = [];
    const unbundledRuns: ColdStart[] = [];
    // Interleaved, so drift in the machine's load falls on all three alike.
    for (let i = 0; i < runs; i += 1) {
      bundleRuns.push(await coldStart(bundled, environment));
      bareRuns.push(await bareImports());
      if (unbundled) unbundledRuns.push(await coldStart(unbundled, environment));
    }

    const bundleMedian = median(bundleRuns.map((run) => run.totalMs));
    const bareMedian = median(bareRuns);
    console.log(`functions cold start, ${runs} fresh processes each, node ${process.versions.node}, Azurite 3.35 in memory; median (min):`);
    console.log(`  bundle ${(bundle.bytes / 1024).toFixed(1)} KB, ${describe('worker load', bundleRuns)}`);
    console.log(`  bare SDK imports unbundled (${sdks.join(', ')}): ${summary(bareRuns)}`);
    if (unbundled) console.log(`  unbundled app (tsc output + node_modules), ${describe('worker load', unbundledRuns)}`);
    console.log(
      `cold start: bundle ${ms(bundleMedian)} (import + first request) vs bare SDK imports unbundled ${ms(bareMedian)} — ratio ${(bundleMedian / bareMedian).toFixed(2)}`,
    );
  } finally {
    await azurite.stop();
    await rm(folder, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
