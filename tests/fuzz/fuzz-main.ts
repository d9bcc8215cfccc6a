/**
 * `npm run fuzz`: at least 10,000 seeded inputs over every route of the API's
 * description and the bot's endpoint, against the dev host on a real Azurite with
 * the demo organisation. Prints counts by status and by route and the first
 * failures with what was sent; exits 1 on any 5xx, any 4xx without the error
 * shape, or any request left unanswered. FUZZ_SEED and FUZZ_RUNS change the run.
 */
import { describeReport, fuzz } from './fuzz-run';
import { startFuzzStack } from './fuzz-stack';

async function main(): Promise<void> {
  const seed = Number(process.env.FUZZ_SEED ?? 20261203);
  const runs = Number(process.env.FUZZ_RUNS ?? 10_000);
  const stack = await startFuzzStack();
  try {
    const started = Date.now();
    const report = await fuzz({
      url: stack.url,
      serviceUrl: stack.serviceUrl,
      seed,
      runs,
      onProgress: (done) => process.stderr.write(`${done} inputs sent\n`),
    });
    console.log(describeReport(report, 8));
    console.log(`\nTook ${Math.round((Date.now() - started) / 1000)} s.`);
    process.exitCode = report.failures.length > 0 ? 1 : 0;
  } finally {
    await stack.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
