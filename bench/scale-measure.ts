/** Timing for `npm run bench:scale`: samples of a call next to samples of its raw storage query. */
import { performance } from 'node:perf_hooks';

export interface Sample {
  readonly ms: number;
  readonly bytes: number;
  readonly status: number;
}

export interface Measured {
  readonly name: string;
  readonly raw: string;
  readonly calls: readonly Sample[];
  readonly raws: readonly Sample[];
}

export const percentile = (values: readonly number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};

/** One call of the `i`-th sample: the size of what it answered, and its HTTP status. */
export type Call = (i: number) => Promise<{ bytes: number; status: number }>;

export async function timed(run: () => ReturnType<Call>): Promise<Sample> {
  const started = performance.now();
  const { bytes, status } = await run();
  return { ms: performance.now() - started, bytes, status };
}

/**
 * `samples` calls, each followed by its raw query, so drift in the machine's load
 * falls on both alike; stops early (fewer samples, flagged in the table) once the
 * calls have taken `budgetMs`, so one route that reads the whole tenant cannot eat the run.
 * After a call that failed (a 503 once the product's storage deadline passed), Azurite
 * still works through the queries it was sent: `settle` waits for that before the raw query.
 */
export async function measure(
  name: string,
  raw: string,
  samples: number,
  budgetMs: number,
  call: Call,
  rawCall: Call,
  settle: () => Promise<void>,
): Promise<Measured> {
  const calls: Sample[] = [];
  const raws: Sample[] = [];
  const started = performance.now();
  for (let i = 0; i < samples && (i < 3 || performance.now() - started < budgetMs); i += 1) {
    const sample = await timed(() => call(i));
    calls.push(sample);
    if (sample.status >= 500) await settle();
    raws.push(await timed(() => rawCall(i)));
  }
  return { name, raw, calls, raws };
}

const kb = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${(bytes / 1024).toFixed(1)} KB`);
const ms = (value: number) => (value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${value.toFixed(value < 10 ? 1 : 0)} ms`);

export const median = (samples: readonly Sample[]) =>
  percentile(
    samples.map((s) => s.ms),
    50,
  );

/** One line of the table: the call's median, p95, size and statuses, its raw query's median, and the ratio. */
export function row(measured: Measured): string {
  const callMedian = median(measured.calls);
  const rawMedian = median(measured.raws);
  const statuses = [...new Set(measured.calls.map((s) => s.status))].join('/');
  const fewer = measured.calls.length < 15 ? ` (n=${measured.calls.length})` : '';
  return [
    measured.name.padEnd(28),
    ms(callMedian).padStart(9),
    ms(
      percentile(
        measured.calls.map((s) => s.ms),
        95,
      ),
    ).padStart(9),
    kb(
      percentile(
        measured.calls.map((s) => s.bytes),
        50,
      ),
    ).padStart(10),
    statuses.padStart(7),
    ms(rawMedian).padStart(9),
    `${(callMedian / rawMedian).toFixed(1)}×`.padStart(8),
    `  ${measured.raw}${fewer}`,
  ].join(' ');
}

export const header = [
  'what'.padEnd(28),
  'median'.padStart(9),
  'p95'.padStart(9),
  'size'.padStart(10),
  'status'.padStart(7),
  'raw med'.padStart(9),
  'ratio'.padStart(8),
  '  raw query of the same page',
].join(' ');

/** The growth of each call's median from the first size to each later one. */
export function growth(levels: readonly { fraction: number; measured: readonly Measured[] }[]): string[] {
  const [first] = levels;
  if (!first) return [];
  return first.measured.map((m) => {
    const figures = levels.map((level) => {
      const same = level.measured.find((n) => n.name === m.name);
      return same ? ms(median(same.calls)) : '—';
    });
    const last = levels[levels.length - 1]?.measured.find((n) => n.name === m.name);
    const factor = last ? ` (${(median(last.calls) / median(m.calls)).toFixed(1)}×)` : '';
    return `${m.name.padEnd(28)} ${figures.join(' → ')}${factor}`;
  });
}
