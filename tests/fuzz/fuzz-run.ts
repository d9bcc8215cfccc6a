import fc from 'fast-check';
import { botInputs } from './bot-inputs';
import type { ApiDescription, FuzzInput } from './route-inputs';
import { offRouteInputs, routeInputs } from './route-inputs';
import { wellFormedSteps } from './step-inputs';

/** What one input got: its status (or none, when the host did not answer) and what was wrong with the answer. */
export interface Outcome {
  readonly index: number;
  readonly input: FuzzInput;
  readonly status: number | 'no answer';
  readonly problem: string | null;
  /** The body of the answer. */
  readonly answer: string;
}

export interface FuzzReport {
  readonly seed: number;
  readonly runs: number;
  readonly byStatus: ReadonlyMap<string, number>;
  readonly byTarget: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /** Every answer of 5xx, every 4xx without the error shape, every request left unanswered. */
  readonly failures: readonly Outcome[];
}

/** The one input number `index` of a run: inputs are made one by one from `seed + index`, so any one can be made again alone. */
export function inputAt(arbitrary: fc.Arbitrary<FuzzInput>, seed: number, index: number): FuzzInput {
  const [input] = fc.sample(arbitrary, { seed: seed + index, numRuns: 1 });
  if (!input) throw new Error('fast-check made no input');
  return input;
}

/**
 * Every route of the API's own description, the routes it leaves out (other
 * methods, the calendar feed), well-formed steps that move records on, and the
 * bot's endpoint, which takes about a fifth of the inputs.
 */
export function everyInput(description: ApiDescription, serviceUrl: string): fc.Arbitrary<FuzzInput> {
  return fc.oneof(
    ...routeInputs(description).map((arbitrary) => ({ weight: 3, arbitrary })),
    { weight: 3, arbitrary: offRouteInputs },
    { weight: 20, arbitrary: wellFormedSteps },
    { weight: 20, arbitrary: botInputs(serviceUrl) },
  );
}

/** Header values fetch can send at all (it refuses control characters before a byte leaves). */
const sendable = (value: string) => /^[\t\u0020-\u007e\u0080-\u00ff]*$/.test(value);

/** `{ "error": { "code", "message", "field"? } }` and nothing else, or why not. */
export function errorShapeProblem(text: string): string | null {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return 'the body is not JSON';
  }
  const error = (body as { error?: unknown } | null)?.error as Record<string, unknown> | undefined;
  if (typeof body !== 'object' || body === null || Object.keys(body).join() !== 'error') return 'the body is not { error }';
  if (typeof error !== 'object' || error === null) return 'error is not an object';
  if (typeof error.code !== 'string' || typeof error.message !== 'string') return 'error lacks a code or a message';
  if ('field' in error && typeof error.field !== 'string') return 'error.field is not a string';
  const extra = Object.keys(error).filter((key) => !['code', 'message', 'field'].includes(key));
  return extra.length > 0 ? `error has more than code, message and field: ${extra.join(', ')}` : null;
}

async function send(url: string, index: number, input: FuzzInput, timeoutMs: number): Promise<Outcome> {
  const headers = Object.fromEntries(Object.entries(input.headers).filter(([, value]) => sendable(value)));
  try {
    const sent = input.body === undefined ? {} : { body: input.body };
    const response = await fetch(`${url}${input.path}`, { method: input.method, headers, signal: AbortSignal.timeout(timeoutMs), ...sent });
    const answer = await response.text();
    const status = response.status;
    const problem =
      status >= 500 ? `answered ${status}` : status >= 400 && input.path.startsWith('/api/') ? errorShapeProblem(answer) : null;
    return { index, input, status, problem, answer };
  } catch (error) {
    return { index, input, status: 'no answer', problem: `no answer: ${(error as Error).message}`, answer: '' };
  }
}

/** Sends `runs` inputs one after another (so a run is the same each time) and counts what came back. */
export async function fuzz(options: {
  url: string;
  serviceUrl: string;
  seed: number;
  runs: number;
  timeoutMs?: number;
  onProgress?: (done: number) => void;
}): Promise<FuzzReport> {
  const description = (await (await fetch(`${options.url}/api/openapi.json`)).json()) as ApiDescription;
  const arbitrary = everyInput(description, options.serviceUrl);
  const byStatus = new Map<string, number>();
  const byTarget = new Map<string, Map<string, number>>();
  const failures: Outcome[] = [];
  for (let index = 0; index < options.runs; index += 1) {
    const outcome = await send(options.url, index, inputAt(arbitrary, options.seed, index), options.timeoutMs ?? 20_000);
    const status = String(outcome.status);
    byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
    const counts = byTarget.get(outcome.input.target) ?? new Map<string, number>();
    counts.set(status, (counts.get(status) ?? 0) + 1);
    byTarget.set(outcome.input.target, counts);
    if (outcome.problem) failures.push(outcome);
    if ((index + 1) % 1000 === 0) options.onProgress?.(index + 1);
  }
  return { seed: options.seed, runs: options.runs, byStatus, byTarget, failures };
}

const shortened = (text: string | undefined, length: number) =>
  text === undefined ? '(none)' : text.length > length ? `${text.slice(0, length)}… (${text.length} characters)` : text;

/** The report as people read it: counts by status and by route, then the first failures with what was sent. */
export function describeReport(report: FuzzReport, examples = 5): string {
  const sorted = (counts: ReadonlyMap<string, number>) =>
    [...counts.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([status, n]) => `${status}: ${n}`)
      .join(', ');
  const fivexx = [...report.byStatus.entries()].filter(([status]) => status.startsWith('5')).reduce((sum, [, n]) => sum + n, 0);
  const lines = [
    `Fuzzed ${report.runs} inputs (seed ${report.seed}): ${fivexx} answers of 5xx, ${report.failures.length} failures in all.`,
    `By status: ${sorted(report.byStatus)}`,
    'By route:',
    ...[...report.byTarget.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([target, counts]) => `  ${target.padEnd(62)} ${sorted(counts)}`),
  ];
  for (const failure of report.failures.slice(0, examples)) {
    lines.push(
      '',
      `#${failure.index} (make it again with inputAt(…, ${report.seed}, ${failure.index})): ${failure.problem}`,
      `  ${failure.input.method} ${shortened(failure.input.path, 300)}`,
      `  headers ${JSON.stringify(failure.input.headers)}`,
      `  body ${shortened(failure.input.body, 600)}`,
      `  answer ${shortened(failure.answer, 300)}`,
    );
  }
  return lines.join('\n');
}
