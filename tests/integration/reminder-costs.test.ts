import type { Circle, Proposal, Reminder } from '../../shared';
import { addDays, reminderId, reviewsChangedByDecision } from '../../shared';
import { changeStructure } from '../../functions/application/change-structure';
import type { InStep } from '../../functions/application/handle-command';
import { indexReminders } from '../../functions/application/index-reminders';
import { runProposalStep } from '../../functions/application/run-proposal-step';
import type { Remind } from '../../functions/application/send-reminders';
import { sendDueReminders } from '../../functions/application/send-reminders';
import { readSettings } from '../../functions/composition/config';
import { createServices, governanceTable, type Services } from '../../functions/composition/services';
import { governancePartition } from '../../functions/storage/keys';
import { reviewsProjectedMarker } from '../../functions/storage/review-projection';
import { tableClient, type RoundTrips } from '../../functions/storage/table-storage';
import { adoptInNorthside, northsideConsentSteps } from '../support/adopted-decision';
import { startAzurite, type RunningAzurite } from '../support/azurite';
import { careCoop } from '../support/care-coop';
import { daysFromNow, now, today } from '../support/clock';
import { admin, as } from '../support/people';
import { recordingReads } from '../support/recorded-reads';
import { wordsOf } from '../support/refusal-words';

/**
 * Timers and what follows a step cost what is due, on a real Azurite: closing a round
 * that adopts a decision indexes that decision's reminders, and the reminder timer
 * checks what is due, without reading every proposal or the whole organisation. Two
 * organisations alike but for their history, Riverside with one earlier decision in
 * Northside and Lakeside with twelve, pay the same storage requests for each.
 */
const tenants = { few: 'riverside', many: 'lakeside' } as const;
const northsiders = ['amara', 'dev', 'farid', 'grace', 'hana'];
/** The decision measured: its 14-day reminder falls today. */
const reviewDate = addDays(today, 14);
const chatId = 'northside-chat';

let azurite: RunningAzurite;
/** The stores the steps themselves use, uncounted. */
let services: Services;
/** The stores what follows a step (and the timer) use, each request counted. */
let counted: Services;
const trips: RoundTrips = { count: 0 };

/** The storage requests `work` sends through `counted`, with what it returned. */
async function requestsOf<T>(work: () => Promise<T>): Promise<{ requests: number; value: T }> {
  const before = trips.count;
  const value = await work();
  return { requests: trips.count - before, value };
}

/** Northside's proposal taken to its consent round, everyone consenting; the close is left to the test. */
async function answeredRound(tenantId: string, proposalId: string): Promise<void> {
  const draft = {
    title: 'Key safe codes change monthly',
    text: 'The key safe code changes on the first of every month.',
    driver: 'A former carer still knows the code.',
    reviewDate,
    reviewOf: null,
  };
  const steps = northsideConsentSteps(draft, { closed: false });
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

/** Where the command handler keeps what follows a step: the counted stores, reads recorded. */
function inStepOf(tenantId: string, reads: ReturnType<typeof recordingReads>, at: string = now): InStep {
  return { sources: { ...counted, ...reads.ports }, tenantId, now: at };
}

/** Stores Northside's chat as the bot keeps it and binds Northside to it. */
async function bindNorthside(tenantId: string): Promise<void> {
  await services.conversations.update(tenantId, chatId, () => ({
    conversationId: chatId,
    reference: { channelId: 'msteams', serviceUrl: 'https://smba.trafficmanager.net/emea/', conversation: { id: chatId, tenantId } },
    teamsUserIds: {},
    cards: {},
  }));
  const bound = await changeStructure(
    services.structures,
    tenantId,
    { type: 'bind-circle', circleId: 'northside', binding: { kind: 'chat', chatId } },
    admin,
    now,
  );
  if (!bound.ok) throw new Error(wordsOf(bound.error));
}

/** What the reminder card would be given, recorded instead of posted. */
function recordingRemind(): { remind: Remind; reminded: { reminder: Reminder; circle: Circle; decision: Proposal | null }[] } {
  const reminded: { reminder: Reminder; circle: Circle; decision: Proposal | null }[] = [];
  return {
    reminded,
    remind: async (_conversation, reminder, circle, decision) => {
      reminded.push({ reminder, circle, decision });
    },
  };
}

const indexedOn = async (day: string, tenantId: string) =>
  (await services.reminders.dueOn(day)).filter((entry) => entry.tenantId === tenantId).map((entry) => entry.reminderId);
const decisionReminder = (daysBefore: number) => JSON.stringify(['decision', 'northside', 'key-safe', reviewDate, daysBefore]);

beforeAll(async () => {
  azurite = await startAzurite();
  const settings = readSettings({ STORAGE_CONNECTION_STRING: azurite.connectionString, AUTH_MODE: 'dev' });
  services = await createServices(settings);
  counted = await createServices(settings, { roundTrips: trips });
  const table = tableClient(azurite.connectionString, governanceTable);
  for (const [tenantId, earlier] of [
    [tenants.few, 1],
    [tenants.many, 12],
  ] as const) {
    expect(await services.structures.save(await services.structures.load(tenantId), careCoop())).toBe(true);
    for (let n = 0; n < earlier; n += 1) {
      await adoptInNorthside(table, tenantId, {
        proposalId: `earlier-${n}`,
        title: `Earlier decision ${n}`,
        reviewDate: addDays(today, 100 + n),
        reviewOf: null,
        at: daysFromNow(n / 100),
      });
    }
    await bindNorthside(tenantId);
    await answeredRound(tenantId, 'key-safe');
  }
}, 180_000);
afterAll(async () => {
  await azurite?.stop();
});

describe('closing a round that adopts a decision', () => {
  const closed: Record<string, number> = {};

  it.each(Object.values(tenants))('indexes that decision’s reminders, reading no proposal but the one it closes (%s)', async (tenantId) => {
    const reads = recordingReads(counted);
    const close = { type: 'close-consent-round', proposalId: 'key-safe', present: northsiders };
    const { requests, value } = await requestsOf(() =>
      runProposalStep(
        services.proposals,
        { tenantId, circleId: 'northside', command: close, actor: as('hana'), now },
        inStepOf(tenantId, reads),
      ),
    );
    expect(value.ok && value.value.proposal.status).toBe('adopted');
    expect(reads.everyProposal()).toEqual([]);
    expect(reads.tenants()).toEqual([tenantId]);
    expect(await indexedOn(today, tenantId)).toEqual([decisionReminder(14)]);
    expect(await indexedOn(reviewDate, tenantId)).toEqual([decisionReminder(0)]);
    closed[tenantId] = requests;
  }, 30_000);

  it('costs the same with twelve earlier decisions as with one', () => {
    expect(closed[tenants.many]).toBe(closed[tenants.few]);
  });

  it('indexes the adopted decision’s reminders in eight storage requests, whatever the organisation holds', async () => {
    const { proposal, circle } = await services.proposals
      .load(tenants.many, 'northside', 'key-safe')
      .then((loaded) => ({ proposal: services.proposals.proposalOf(loaded), circle: loaded.circle }));
    if (!proposal || !circle) throw new Error('the decision was not stored');
    const reads = recordingReads(counted);
    const { requests } = await requestsOf(() =>
      indexReminders({ ...counted, ...reads.ports }, tenants.many, now, reviewsChangedByDecision(circle, proposal)),
    );
    // The circle marked, then the decision's review and its held marker, the projection marker and the notices (point reads),
    // a write a reminder day, and the mark cleared.
    expect(requests).toBe(8);
    expect(reads.whole()).toEqual([]);
  }, 30_000);
});

describe('the reminder timer', () => {
  const ran: Record<string, number> = {};

  it.each(
    Object.values(tenants),
  )('checks and sends the reminder due by point reads, the card given the decision (%s)', async (tenantId) => {
    const reads = recordingReads(counted);
    const { remind, reminded } = recordingRemind();
    const { requests, value: run } = await requestsOf(() => sendDueReminders({ ...counted, ...reads.ports, remind }, now, { tenantId }));
    expect(run).toMatchObject({ due: 1, sent: 1, alreadySent: 0, unbound: 0, stale: 0, failed: 0 });
    expect(reads.whole()).toEqual([]);
    expect(
      reminded.map(({ reminder, circle, decision }) => [reminderId(reminder), circle.circleId, decision?.status, decision?.title]),
    ).toEqual([[decisionReminder(14), 'northside', 'adopted', 'Key safe codes change monthly']]);
    ran[tenantId] = requests;
  }, 30_000);

  it('costs the same with twelve earlier decisions as with one', () => {
    expect(ran[tenants.many]).toBe(ran[tenants.few]);
  });
});

describe('a change of the circles', () => {
  it('indexes the reminders of the term it records, and of every review of a circle whose reminder days changed, without reading every proposal', async () => {
    const tenantId = tenants.many;
    const reads = recordingReads(counted);
    const assigned = await changeStructure(
      services.structures,
      tenantId,
      {
        type: 'assign-role',
        circleId: 'finance',
        assignmentId: 'finance-secretary-interim',
        roleId: 'secretary',
        personId: 'chloe',
        termStart: addDays(today, 1),
        termEnd: addDays(today, 20),
      },
      admin,
      now,
      inStepOf(tenantId, reads),
    );
    expect(assigned.ok).toBe(true);
    expect(await indexedOn(addDays(today, 6), tenantId)).toEqual([
      JSON.stringify(['role-term', 'finance', 'finance-secretary-interim', addDays(today, 20), 14]),
    ]);

    const northside = careCoop().circles.northside;
    const policy = { ...northside?.policy, reminderOffsetsDays: [14, 7, 0] };
    const set = await changeStructure(
      services.structures,
      tenantId,
      { type: 'set-circle-policy', circleId: 'northside', policy },
      admin,
      now,
      inStepOf(tenantId, reads),
    );
    expect(set.ok).toBe(true);
    // Every review of Northside is reminded a week ahead now, the decisions made before the change too.
    expect(await indexedOn(addDays(reviewDate, -7), tenantId)).toEqual([decisionReminder(7)]);
    expect(await indexedOn(addDays(today, 100 + 5 - 7), tenantId)).toEqual([
      JSON.stringify(['decision', 'northside', 'earlier-5', addDays(today, 105), 7]),
    ]);
    expect(reads.everyProposal()).toEqual([]);
  }, 30_000);
});

describe('a tenant whose reviews were kept before the timer read them this way', () => {
  it('is projected once from its records, then reminded as any other', async () => {
    const tenantId = tenants.many;
    await tableClient(azurite.connectionString, governanceTable).deleteEntity(governancePartition(tenantId), reviewsProjectedMarker);
    const { remind, reminded } = recordingRemind();
    const weekAhead = daysFromNow(7);
    const run = await sendDueReminders({ ...counted, remind }, weekAhead, { tenantId });
    expect(run).toMatchObject({ sent: 1, stale: 0, failed: 0 });
    expect(reminded.map(({ reminder }) => reminderId(reminder))).toEqual([decisionReminder(7)]);
    const reads = recordingReads(counted);
    await sendDueReminders({ ...counted, ...reads.ports, remind }, weekAhead, { tenantId });
    expect(reads.whole()).toEqual([]);
  }, 60_000);
});

describe('a change whose reminders could not be indexed (storage out of reach after the step was stored)', () => {
  it('leaves its circle marked, and the timer’s next run indexes that circle and sends what is due', async () => {
    const tenantId = tenants.few;
    await answeredRound(tenantId, 'key-safe-2');
    // The index refuses the reminders' write, as Table Storage does when it is overloaded.
    const refusing = new Proxy(counted.reminders, {
      get(target, property) {
        const value: unknown = Reflect.get(target, property, target);
        if (property === 'add') return async () => Promise.reject(Object.assign(new Error('Server busy'), { statusCode: 503 }));
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const close = { type: 'close-consent-round', proposalId: 'key-safe-2', present: northsiders };
    const inStep: InStep = { sources: { ...counted, reminders: refusing }, tenantId, now };
    await expect(
      runProposalStep(services.proposals, { tenantId, circleId: 'northside', command: close, actor: as('hana'), now }, inStep),
    ).rejects.toThrow('Server busy');
    const reminderOfToday = JSON.stringify(['decision', 'northside', 'key-safe-2', reviewDate, 14]);
    expect(await indexedOn(today, tenantId)).not.toContain(reminderOfToday);
    expect((await services.reminders.unindexed()).map(({ tenantId: marked, circleId }) => [marked, circleId])).toEqual([
      [tenantId, 'northside'],
    ]);

    const { remind, reminded } = recordingRemind();
    await sendDueReminders({ ...counted, remind }, daysFromNow(1 / 24));
    expect(reminded.map(({ reminder }) => reminderId(reminder))).toContain(reminderOfToday);
    expect(await services.reminders.unindexed()).toEqual([]);
  }, 60_000);
});
