import { changeStructure } from '../../functions/application/change-structure';
import type { InStep } from '../../functions/application/handle-command';
import type { Notifier } from '../../functions/application/ports/notifier';
import { runProposalStep } from '../../functions/application/run-proposal-step';
import type { DeadlineRun } from '../../functions/application/round-deadlines';
import { runRoundDeadlines } from '../../functions/application/round-deadlines';
import { readSettings } from '../../functions/composition/config';
import { createServices, governanceTable, reminderTable, type Services } from '../../functions/composition/services';
import { DeadlineIndex } from '../../functions/storage/deadline-index';
import { ProposalStore } from '../../functions/storage/proposal-store';
import { tableClient, type RoundTrips } from '../../functions/storage/table-storage';
import { startAzurite, type RunningAzurite } from '../support/azurite';
import { careCoop } from '../support/care-coop';
import { daysFromNow, now } from '../support/clock';
import { admin, as } from '../support/people';
import { rotaProposal, toConsentRound } from '../support/proposals';
import { noteRowsRead } from '../support/rows-read';
import { wordsOf } from '../support/refusal-words';

/**
 * The deadline timer reads what is due, not what runs: Riverside has one round
 * whose deadline comes; Lakeside has one too, an hour later, beside fifty rounds
 * still running (due in ten days). The run that closes each round reads the index's
 * due rows and that proposal, and costs Lakeside what it costs Riverside.
 */
const hour = 1 / 24;
const minute = hour / 60;
const undue = 50;

let azurite: RunningAzurite;
let services: Services;
/** The timer's own reads and writes, counted: the index and the proposals. */
const trips: RoundTrips = { count: 0 };
const rowsRead: string[] = [];
let counted: Pick<Services, 'deadlines' | 'proposals'>;

const quiet: Notifier = {
  stepStored: async () => undefined,
  remindAwaited: async () => undefined,
  roundKeptOpen: async () => undefined,
  minutesTaken: async () => undefined,
  meetingUnderWay: async () => undefined,
};
const inStep = (tenantId: string, at: string): InStep => ({ sources: services, tenantId, now: at });

async function roundOpen(tenantId: string, proposalId: string, at: string): Promise<void> {
  for (const [command, person] of toConsentRound({ ...rotaProposal, proposalId })) {
    const result = await runProposalStep(
      services.proposals,
      { tenantId, circleId: 'northside', command: { ...command, proposalId }, actor: as(person), now: at },
      inStep(tenantId, at),
    );
    if (!result.ok) throw new Error(`${result.error.code}: ${wordsOf(result.error)}`);
  }
}

async function organisation(tenantId: string): Promise<void> {
  expect(await services.structures.save(await services.structures.load(tenantId), careCoop())).toBe(true);
  const policy = await changeStructure(
    services.structures,
    tenantId,
    { type: 'set-circle-policy', circleId: 'northside', policy: { closing: { silence: 'silence-is-consent' } } },
    admin,
    now,
  );
  if (!policy.ok) throw new Error(wordsOf(policy.error));
}

/** One counted run at `at`: its storage requests, the rows it read, and what it did. */
async function measured(at: string): Promise<{ requests: number; rows: string[]; run: DeadlineRun }> {
  const before = trips.count;
  rowsRead.length = 0;
  const run = await runRoundDeadlines({ ...services, ...counted, notifier: quiet }, at);
  return { requests: trips.count - before, rows: [...rowsRead], run };
}

beforeAll(async () => {
  azurite = await startAzurite();
  services = await createServices(readSettings({ STORAGE_CONNECTION_STRING: azurite.connectionString, AUTH_MODE: 'dev' }));
  const index = tableClient(azurite.connectionString, reminderTable, trips);
  const governance = tableClient(azurite.connectionString, governanceTable, trips);
  noteRowsRead(index, rowsRead);
  noteRowsRead(governance, rowsRead);
  counted = { deadlines: new DeadlineIndex(index), proposals: new ProposalStore(governance) };
  await organisation('riverside');
  await organisation('lakeside');
  await roundOpen('riverside', 'key-safe', now);
  await roundOpen('lakeside', 'key-safe', daysFromNow(hour));
  for (let n = 0; n < undue; n += 1) await roundOpen('lakeside', `undue-${n}`, daysFromNow(3));
  // Both closing-soon reminders (six days in) go out first, so each measured run meets one deadline only.
  await runRoundDeadlines({ ...services, notifier: quiet }, daysFromNow(6 + 2 * hour));
}, 300_000);
afterAll(async () => {
  await azurite?.stop();
});

describe('the deadline timer reads only what is due', () => {
  const runs: Record<string, { requests: number; rows: string[]; run: DeadlineRun }> = {};

  it('closes Riverside’s round at its deadline, reading the one due row and that proposal', async () => {
    runs.riverside = await measured(daysFromNow(7 + minute));
    expect(runs.riverside.run).toEqual({ closed: 1, keptOpen: 0, reminded: 0, stale: 0, failed: 0 });
    expect(runs.riverside.rows.filter((row) => row.startsWith('riverside|'))).toEqual(['riverside|proposal|key-safe|1']);
  }, 60_000);

  it('closes Lakeside’s an hour later, reading none of its fifty running rounds', async () => {
    runs.lakeside = await measured(daysFromNow(7 + hour + minute));
    expect(runs.lakeside.run).toEqual({ closed: 1, keptOpen: 0, reminded: 0, stale: 0, failed: 0 });
    expect(runs.lakeside.rows.filter((row) => row.includes('undue-'))).toEqual([]);
    expect(runs.lakeside.rows.filter((row) => row.startsWith('lakeside|'))).toEqual(['lakeside|proposal|key-safe|1']);
  }, 60_000);

  it('costs Lakeside, with fifty rounds running, what it costs Riverside', () => {
    expect(runs.lakeside?.requests).toBe(runs.riverside?.requests);
    expect(runs.lakeside?.rows.length).toBe(runs.riverside?.rows.length);
    console.log(
      `a run closing one round: ${runs.riverside?.requests} requests, ${runs.riverside?.rows.length} rows read (with ${undue} rounds running beside it: ${runs.lakeside?.requests}, ${runs.lakeside?.rows.length})`,
    );
  });

  it('a run with nothing due reads no row', async () => {
    const idle = await measured(daysFromNow(8));
    expect(idle.rows).toEqual([]);
    expect(idle.requests).toBe(2);
  }, 60_000);
});
