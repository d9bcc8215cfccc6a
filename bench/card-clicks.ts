/**
 * `npm run bench`, the bot's part: clicks on a consent round's card through the bot's
 * endpoint (the Agents SDK adapter on the dev host, a local Azurite, the Bot
 * Connector's calls answered by the recorder the tests use). Prints storage round
 * trips per click (an answer, a click Teams sends again, a refused one) next to the
 * HTTP answer's, and the latency of each.
 */
import { performance } from 'node:perf_hooks';
import type { RoundTrips } from '../functions/storage/table-storage';
import { startApi } from '../tests/support/api-host';
import { botClient, dataOf } from '../tests/support/bot-client';
import { startConnectorRecorder } from '../tests/support/connector-recorder';

const samples = 100;
const answering = ['amara', 'farid', 'grace', 'hana'];
const answererOf = (i: number): string => {
  const person = answering[i % answering.length];
  if (person === undefined) throw new Error('the bench has no one to answer');
  return person;
};

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))] ?? NaN;
const ms = (value: number) => `${value.toFixed(2)} ms`;

async function main() {
  const roundTrips: RoundTrips = { count: 0 };
  const api = await startApi({ roundTrips });
  const connector = await startConnectorRecorder();
  try {
    const { say, click } = botClient(
      () => api,
      () => connector,
    );
    await click('dev', 'bind-circle', { subject: 'conversation', circleId: 'northside' });
    const [form] = await say('dev', 'propose');
    const fields = {
      ...dataOf(form, 'Draft the proposal'),
      title: 'Bench proposal',
      text: 'A proposal to answer.',
      reviewDate: '2099-01-01',
    };
    const proposal = dataOf(await click('dev', 'draft-proposal', fields, { on: 'form-message' }), 'Present to the circle');
    const step = (name: string, extra: Record<string, unknown> = {}) => ({ subject: 'proposal', ...proposal, step: name, ...extra });
    await click('dev', 'proposal-step', step('present-proposal'));
    for (const name of ['open-clarifying-questions', 'open-quick-reactions']) await click('hana', 'proposal-step', step(name));
    await click('hana', 'proposal-step', step('open-consent-round', { mode: 'sync' }));
    // As anyone who clicks a card in a conversation has been seen there before.
    for (const person of [...answering, 'ben']) await say(person, 'help');
    const answer = (i: number) => (i % 2 === 0 ? { kind: 'consent' } : { kind: 'concern', concern: `Concern ${i}` });

    /** Round trips and milliseconds of each of `samples` runs of `work`, each after its `prepare` (not counted). */
    const measure = async (work: (i: number) => Promise<unknown>, prepare?: (i: number) => Promise<unknown>) => {
      const trips: number[] = [];
      const latencies: number[] = [];
      for (let i = 0; i < samples; i += 1) {
        await prepare?.(i);
        const before = roundTrips.count;
        const started = performance.now();
        await work(i);
        latencies.push(performance.now() - started);
        trips.push(roundTrips.count - before);
      }
      return { trips, latencies };
    };
    const answerClick = (i: number, kind: number, id: string) =>
      click(answererOf(i), 'proposal-step', step('answer', answer(kind)), { id });
    const clicks = await measure((i) => answerClick(i, i, `click-${i}`));
    // Teams sends a click again within seconds, while the member's row still keeps its operation id.
    const replays = await measure(
      (i) => answerClick(i, i + 1, `replayed-${i}`),
      (i) => answerClick(i, i, `replayed-${i}`),
    );
    const refusals = await measure(() => click('ben', 'proposal-step', step('answer', { kind: 'consent' })));
    const path = `circles/northside/proposals/${String(proposal.proposalId)}/steps`;
    const http = await measure(async (i) => {
      const reply = await api.call('POST', path, answererOf(i), { type: 'answer', answer: { kind: 'consent' } });
      if (reply.status !== 200) throw new Error(`the answer was refused: ${JSON.stringify(reply.body)}`);
    });

    const line = (name: string, { trips, latencies }: { trips: number[]; latencies: number[] }) =>
      console.log(
        `${name}: round trips max ${Math.max(...trips)}, mean ${(trips.reduce((a, b) => a + b, 0) / trips.length).toFixed(2)}; latency median ${ms(percentile(latencies, 50))}, p95 ${ms(percentile(latencies, 95))}`,
      );
    console.log(`card clicks through the bot's endpoint on Azurite (in memory), ${samples} each, ${new Date().toISOString()}`);
    line('a click answering in the round', clicks);
    line('the same click sent again by Teams', replays);
    line('a click refused (not a member)', refusals);
    line('an answer over HTTP', http);
  } finally {
    await connector.close();
    await api.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
