import type { TableClient } from '@azure/data-tables';
import type { Structure } from '../../shared';
import { addDays, reminderId } from '../../shared';
import { indexReminders } from '../../functions/application/index-reminders';
import { readsAtOnce } from '../../functions/application/reads-at-once';
import { runProposalStep } from '../../functions/application/run-proposal-step';
import { sendDueReminders } from '../../functions/application/send-reminders';
import { readSettings } from '../../functions/composition/config';
import { createServices, governanceTable, reminderTable, type Services } from '../../functions/composition/services';
import { ConversationStore } from '../../functions/storage/conversation-store';
import { LogbookStore } from '../../functions/storage/logbook-store';
import { ProposalStore } from '../../functions/storage/proposal-store';
import { RecordStore } from '../../functions/storage/record-store';
import { ReminderIndex } from '../../functions/storage/reminder-index';
import { StructureStore } from '../../functions/storage/structure-store';
import { tableClient } from '../../functions/storage/table-storage';
import { Meeting, Selection, selectionInbox } from '../../shared';
import { startAzurite, type RunningAzurite } from '../support/azurite';
import { careCoop } from '../support/care-coop';
import { now, today } from '../support/clock';
import { as } from '../support/people';
import { northsideConsentSteps } from '../support/adopted-decision';
import { wordsOf } from '../support/refusal-words';

/**
 * The reminder timer with 300 reminders due at once, on a real Azurite: sixty
 * decisions of Northside, each reminded on five days of the catch-up week. It sends
 * each once, and never has more than a few storage requests in flight, so a busy
 * store answers every one within the deadline.
 */
const tenantId = 'riverside';
const chatId = 'northside-chat';
const decisions = 60;
/** Reminded 14 to 10 days ahead of a review in ten days: today and each of the four days before. */
const reminderOffsetsDays = [14, 13, 12, 11, 10];
const reviewDate = addDays(today, 10);

let azurite: RunningAzurite;
let services: Services;

/** Requests to storage in flight: now, the most at once, and how many in all. */
const inFlight = { now: 0, most: 0, requests: 0 };
const countingInFlight: Parameters<TableClient['pipeline']['addPolicy']>[0] = {
  name: 'count-in-flight',
  sendRequest: async (request, next) => {
    inFlight.now += 1;
    inFlight.requests += 1;
    inFlight.most = Math.max(inFlight.most, inFlight.now);
    try {
      return await next(request);
    } finally {
      inFlight.now -= 1;
    }
  },
};

/** Northside bound to its chat and reminded on five days. */
function northsideRemindedOften(): Structure {
  const structure = careCoop();
  const northside = structure.circles.northside;
  if (!northside) throw new Error('the care co-op has no Northside');
  const policy = { ...northside.policy, reminderOffsetsDays };
  return { ...structure, circles: { ...structure.circles, northside: { ...northside, policy, binding: { kind: 'chat', chatId } } } };
}

/** A decision of Northside adopted in a meeting round, everyone consenting. */
async function adopt(proposalId: string): Promise<void> {
  const draft = {
    title: `Rota change ${proposalId}`,
    text: 'The weekend rota pairs a new carer with an experienced one.',
    driver: 'New carers feel alone at weekends.',
    reviewDate,
    reviewOf: null,
  };
  const steps = northsideConsentSteps(draft, { closed: true });
  for (const [command, person] of steps) {
    const result = await runProposalStep(services.proposals, {
      tenantId,
      circleId: 'northside',
      command: { ...command, proposalId },
      actor: as(person),
      now,
    });
    if (!result.ok) throw new Error(`${result.error.code}: ${wordsOf(result.error)}`);
  }
}

beforeAll(async () => {
  azurite = await startAzurite();
  services = await createServices(readSettings({ STORAGE_CONNECTION_STRING: azurite.connectionString, AUTH_MODE: 'dev' }));
  expect(await services.structures.save(await services.structures.load(tenantId), northsideRemindedOften())).toBe(true);
  await services.conversations.update(tenantId, chatId, () => ({
    conversationId: chatId,
    reference: { channelId: 'msteams', serviceUrl: 'https://smba.trafficmanager.net/emea/', conversation: { id: chatId, tenantId } },
    teamsUserIds: {},
    cards: {},
  }));
  for (let n = 0; n < decisions; n += 1) await adopt(`rota-${String(n).padStart(2, '0')}`);
  await indexReminders(services, tenantId, now);
}, 180_000);

afterAll(async () => {
  await azurite?.stop();
});

/** The timer's stores over tables that count the requests in flight. */
function countedStores() {
  const governance = tableClient(azurite.connectionString, governanceTable);
  const index = tableClient(azurite.connectionString, reminderTable);
  for (const table of [governance, index]) table.pipeline.addPolicy(countingInFlight);
  return {
    logbook: new LogbookStore(governance),
    structures: new StructureStore(governance),
    proposals: new ProposalStore(governance),
    selections: new RecordStore(governance, 'selection', Selection, selectionInbox),
    meetings: new RecordStore(governance, 'meeting', Meeting),
    conversations: new ConversationStore(governance),
    reminders: new ReminderIndex(index),
  };
}

describe('the reminder timer with 300 reminders due', () => {
  it(`sends each once, never more than ${readsAtOnce} storage requests in flight`, async () => {
    const sent: string[] = [];
    const remind = async (...[, reminder]: Parameters<Parameters<typeof sendDueReminders>[0]['remind']>) => {
      sent.push(reminderId(reminder));
    };

    const run = await sendDueReminders({ ...countedStores(), remind }, now, { tenantId });

    const decisionReminders = sent.filter((id) => (JSON.parse(id) as unknown[])[0] === 'decision');
    expect(decisionReminders).toHaveLength(decisions * reminderOffsetsDays.length);
    expect(new Set(sent).size).toBe(sent.length);
    expect(run).toMatchObject({ due: sent.length, sent: sent.length, alreadySent: 0, unbound: 0, stale: 0, failed: 0 });
    expect(inFlight.most).toBeLessThanOrEqual(readsAtOnce);
    // The index's days, the projection marker and the notices, each review's row and held
    // marker, Northside's row, its conversation and each decision once; each reminder's claim and drop.
    expect(inFlight.requests).toBe(8 + 2 + 2 * decisions + 1 + 1 + decisions + 2 * sent.length);
  }, 120_000);
});
