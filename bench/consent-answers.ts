/**
 * `npm run bench`: consent answers against a local Azurite. Prints storage round
 * trips per answer, answer latency next to one raw upsert + one partition query,
 * 1,000 members answering one round with 100 in flight next to raw upserts, and
 * how long an answer waits for its 503 when storage is frozen or stopped.
 */
import { performance } from 'node:perf_hooks';
import type { Actor, Structure } from '../shared';
import { emptyStructure, structureDecider, transition } from '../shared';
import { runProposalStep } from '../functions/application/run-proposal-step';
import { governancePartition } from '../functions/storage/keys';
import { ProposalStore } from '../functions/storage/proposal-store';
import { StructureStore } from '../functions/storage/structure-store';
import { isStorageUnavailable } from '../functions/application/storage-faults';
import { ensureTable, storageDeadlineMs, tableClient, type RoundTrips } from '../functions/storage/table-storage';
import { startAzurite } from '../tests/support/azurite';
import { textsFor } from '../texts/all';

const members = 1_000;
const inFlight = 100;
const latencySamples = 200;
const now = new Date().toISOString();
const admin: Actor = { kind: 'person', personId: 'admin', organisationAdmin: true };
const person = (personId: string): Actor => ({ kind: 'person', personId, organisationAdmin: false });
const memberId = (i: number) => `member-${String(i).padStart(4, '0')}`;

function organisation(): Structure {
  const commands: object[] = [
    { type: 'create-circle', circleId: 'hub', name: 'Hub', parentId: null },
    { type: 'create-circle', circleId: 'crowd', name: 'A very large circle', parentId: 'hub' },
    ...Array.from({ length: members }, (_, i) => ({
      type: 'add-member',
      circleId: 'crowd',
      member: { personId: memberId(i), displayName: `Member ${i}` },
    })),
    {
      type: 'assign-role',
      circleId: 'crowd',
      assignmentId: 'facilitator',
      roleId: 'facilitator',
      personId: memberId(0),
      termStart: now.slice(0, 10),
    },
  ];
  return commands.reduce<Structure>((structure, command) => {
    const result = transition(structureDecider, structure, command, admin, now);
    if (!result.ok) throw new Error(textsFor('en').say('refusals', result.error.said));
    return result.value.state;
  }, emptyStructure);
}

async function limited<T>(count: number, concurrency: number, task: (i: number) => Promise<T>): Promise<T[]> {
  const results: T[] = new Array(count);
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) {
        const i = next++;
        results[i] = await task(i);
      }
    }),
  );
  return results;
}

/** As a client answers a 503: sends the answer again (its operation id makes it apply once). */
async function sentUntilStored<T>(send: () => Promise<T>, resent: { count: number }): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await send();
    } catch (error) {
      if (!isStorageUnavailable(error) || attempt === 20) throw error;
      resent.count += 1;
    }
  }
}

/** Milliseconds until `send` fails as storage unavailable (the 503 a caller would get). */
async function unavailableAfter(send: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  const error = await send().then(
    () => new Error('storage answered while it was down'),
    (failure: unknown) => failure,
  );
  if (!isStorageUnavailable(error)) throw error;
  return performance.now() - started;
}

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))] ?? NaN;
const ms = (value: number) => `${value.toFixed(2)} ms`;

async function main() {
  const azurite = await startAzurite();
  try {
    const roundTrips: RoundTrips = { count: 0 };
    const table = tableClient(azurite.connectionString, 'governance', roundTrips);
    await ensureTable(table);
    const tenantId = 'bench-tenant';
    const structures = new StructureStore(table);
    await structures.save(await structures.load(tenantId), organisation());
    const proposals = new ProposalStore(table);
    const step = (proposalId: string, command: object, actor: Actor, operationId?: string) =>
      runProposalStep(proposals, {
        tenantId,
        circleId: 'crowd',
        command: { proposalId, ...command },
        actor,
        now,
        ...(operationId ? { operationId } : {}),
      });
    const openRound = async (proposalId: string) => {
      const author = person(memberId(0));
      for (const command of [
        { type: 'draft-proposal', title: 'Bench proposal', text: 'A proposal to answer.', reviewDate: '2099-01-01' },
        { type: 'present-proposal' },
        { type: 'open-clarifying-questions' },
        { type: 'open-quick-reactions' },
        { type: 'open-consent-round' },
      ]) {
        const result = await step(proposalId, command, author);
        if (!result.ok) throw new Error(textsFor('en').say('refusals', result.error.said));
      }
    };
    const consent = { type: 'answer', answer: { kind: 'consent' } };

    await openRound('latency');
    const before = roundTrips.count;
    const answerLatencies: number[] = [];
    for (let i = 0; i < latencySamples; i += 1) {
      const started = performance.now();
      const result = await step('latency', consent, person(memberId(i)));
      answerLatencies.push(performance.now() - started);
      if (!result.ok) throw new Error(textsFor('en').say('refusals', result.error.said));
    }
    const tripsPerAnswer = (roundTrips.count - before) / latencySamples;

    const baseline: number[] = [];
    const partitionKey = governancePartition('bench-baseline');
    for (let i = 0; i < latencySamples; i += 1) {
      const started = performance.now();
      await table.upsertEntity({ partitionKey, rowKey: `row-${i}`, d0: 'x'.repeat(200) });
      for await (const _row of table.listEntities({ queryOptions: { filter: `PartitionKey eq '${partitionKey}'` } })) void _row;
      baseline.push(performance.now() - started);
    }

    await openRound('crowd');
    const crowdStarted = performance.now();
    const resent = { count: 0 };
    const crowdAnswer = (i: number) => ({
      type: 'answer',
      answer: { kind: i % 10 === 0 ? 'concern' : 'consent', text: i % 10 === 0 ? `Concern ${i}` : undefined },
    });
    // Azurite serves one request at a time: with 100 in flight some wait past the storage deadline and are sent again.
    const results = await limited(members, inFlight, (i) =>
      sentUntilStored(() => step('crowd', crowdAnswer(i), person(memberId(i)), `crowd-${i}`), resent),
    );
    const crowdSeconds = (performance.now() - crowdStarted) / 1000;
    const recorded = results.filter((result) => result.ok).length;
    const stored = await proposals.load(tenantId, 'crowd', 'crowd');
    const storedAnswers = [...stored.rows.values()].filter((row) => row.row.answer !== null);
    const lost = results.filter((result, i) => result.ok && !storedAnswers.some((row) => row.row.personId === memberId(i))).length;
    const tally = storedAnswers.reduce<Record<string, number>>((counts, row) => {
      const kind = row.row.answer?.kind ?? 'none';
      counts[kind] = (counts[kind] ?? 0) + 1;
      return counts;
    }, {});

    const rawStarted = performance.now();
    // The raw upserts go through the same client, deadline included: on a busy machine they too are sent again.
    const rawResent = { count: 0 };
    const upsert = (i: number) =>
      table.upsertEntity({ partitionKey: governancePartition('bench-raw'), rowKey: `row-${i}`, d0: 'x'.repeat(200) });
    await limited(members, inFlight, (i) => sentUntilStored(() => upsert(i), rawResent));
    const rawSeconds = (performance.now() - rawStarted) / 1000;

    process.kill(azurite.pid, 'SIGSTOP');
    const frozenMs = await unavailableAfter(() => step('latency', consent, person(memberId(0))));
    process.kill(azurite.pid, 'SIGCONT');
    await azurite.stop();
    const stoppedMs = await unavailableAfter(() => step('latency', consent, person(memberId(0))));

    const answerMedian = percentile(answerLatencies, 50);
    const baselineMedian = percentile(baseline, 50);
    console.log(`consent answers on Azurite 3.35 (in memory), ${new Date().toISOString()}`);
    console.log(`storage round trips per answer: ${tripsPerAnswer.toFixed(2)} (over ${latencySamples} answers)`);
    console.log(`answer latency: median ${ms(answerMedian)}, p95 ${ms(percentile(answerLatencies, 95))}`);
    console.log(`one upsert + one partition query: median ${ms(baselineMedian)}, p95 ${ms(percentile(baseline, 95))}`);
    console.log(`answer / baseline (median): ${(answerMedian / baselineMedian).toFixed(2)}`);
    console.log(
      `${members} members answering one round, ${inFlight} in flight: recorded ${recorded}, refused ${members - recorded}, lost ${lost}, sent again after a 503 ${resent.count}`,
    );
    console.log(`final tally: ${JSON.stringify(tally)} (${storedAnswers.length} answers stored)`);
    console.log(
      `throughput: ${(members / crowdSeconds).toFixed(0)} answers/s; raw upserts ${(members / rawSeconds).toFixed(0)}/s (sent again after a 503 ${rawResent.count}); ratio ${(rawSeconds / crowdSeconds).toFixed(2)}`,
    );
    console.log(
      `an answer with storage down is a 503 after: frozen ${ms(frozenMs)}, stopped ${ms(stoppedMs)} (deadline ${storageDeadlineMs} ms per storage call)`,
    );
  } finally {
    await azurite.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
