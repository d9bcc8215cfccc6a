import { textsFor } from '../../texts/all';
import { createServer, type Server } from 'node:http';
import type { Actor } from '../../shared';
import { addDays, openReviews } from '../../shared';
import { changeStructure } from '../../functions/application/change-structure';
import { indexReminders } from '../../functions/application/index-reminders';
import type { Remind, ReminderRun, ReminderRunDeps } from '../../functions/application/send-reminders';
import { sendDueReminders } from '../../functions/application/send-reminders';
import type { Caller } from '../../functions/bot/actions';
import { handleAction } from '../../functions/bot/actions';
import { conversationPoster } from '../../functions/bot/adapter';
import { reminderCard } from '../../functions/bot/cards/reminder-card';
import { remindWith } from '../../functions/bot/reminders';
import { readSettings } from '../../functions/composition/config';
import { createServices, reminderTable, type Services } from '../../functions/composition/services';
import { demoStructure, demoTenant, seedDemoOrganisation } from '../../functions/dev/demo-organisation';
import { ensureTable, tableClient } from '../../functions/storage/table-storage';
import { allActions, cardProblems, cardTexts } from '../support/adaptive-cards';
import { startAzurite, type RunningAzurite } from '../support/azurite';
import { daysFromNow, now, today } from '../support/clock';
import { useConnectorRecorder, type ConnectorCall } from '../support/connector-recorder';
import { recordingReads } from '../support/recorded-reads';
import { wordsOf } from '../support/refusal-words';

const english = textsFor('en');

/**
 * The review-reminder timer on a real Azurite, posting through the Agents SDK's
 * CloudAdapter (anonymous, as in dev mode) to a recorder standing where Teams' Bot
 * Connector would be. Four tenants share the one due-date index:
 *
 * - Riverside (the demo organisation, seeded at 9:00 on 21 November 2026): Kemi's term
 *   as Training's facilitator ends on 1 December, so its 14-day reminder fell four days
 *   ago, within the week a timer catches up; Training has its chat. Northside's decision
 *   on key safe codes is reviewed the same day, but Northside has no conversation yet.
 * - Lakeside (the demo's circles, three days later): the same reminder fell a week ago;
 *   no circle has a conversation yet.
 * - Hillside (a month later): every reminder falls after today.
 * - Harbour (ten days earlier): Kemi's term ends today; Training has its chat.
 */
const connector = useConnectorRecorder();

const admin: Actor = { kind: 'person', personId: 'admin', organisationAdmin: true };
/** The week a first run catches up on, today included. */
const catchUpWeek = ['2026-11-14', '2026-11-15', '2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20', '2026-11-21'];
const nothingElse = { alreadySent: 0, unbound: 0, stale: 0, failed: 0 };
const kemisTerm = (reviewDate: string, daysBefore: number) =>
  JSON.stringify(['role-term', 'training', 'training-facilitator', reviewDate, daysBefore]);

let azurite: RunningAzurite;
let services: Services;

const settings = () => readSettings({ STORAGE_CONNECTION_STRING: azurite.connectionString, AUTH_MODE: 'dev' });

/** The timer's dependencies as the timer function wires them: the bot's reminder card, posted through the CloudAdapter. */
const timerDeps = (from: Services = services, overrides: Partial<ReminderRunDeps> = {}): ReminderRunDeps => ({
  ...from,
  remind: remindWith(conversationPoster(from)),
  ...overrides,
});

/** The reference the bot keeps of a chat it is in (as `remember` stores it), pointing its posts at `serviceUrl`. */
const referenceOf = (tenantId: string, chatId: string, serviceUrl: string) => ({
  channelId: 'msteams',
  serviceUrl,
  locale: 'en-GB',
  conversation: { id: chatId, tenantId, conversationType: 'groupChat', isGroup: true },
  agent: { id: 'sociocracy-bot', name: 'Sociocracy for Teams' },
});

/** Stores the chat as the bot would on its first message there, its posts going to `serviceUrl` (the recorder unless said otherwise). */
async function storeChat(tenantId: string, chatId: string, serviceUrl: string = connector().url): Promise<void> {
  await services.conversations.update(tenantId, chatId, (current) => ({
    conversationId: chatId,
    reference: referenceOf(tenantId, chatId, serviceUrl),
    teamsUserIds: current?.teamsUserIds ?? {},
    cards: current?.cards ?? {},
  }));
}

/** Binds Training to its chat, as the secretary's “Bind to this circle” does, and stores the chat. */
async function bindTraining(tenantId: string, chatId: string): Promise<void> {
  const bound = await changeStructure(
    services.structures,
    tenantId,
    { type: 'bind-circle', circleId: 'training', binding: { kind: 'chat', chatId } },
    admin,
    now,
  );
  if (!bound.ok) throw new Error(wordsOf(bound.error));
  await storeChat(tenantId, chatId);
}

/** A new deployment's index (no sent markers, no last run), rebuilt from the records of the given tenants. */
async function freshIndex(...tenants: string[]): Promise<void> {
  const table = tableClient(azurite.connectionString, reminderTable);
  await table.deleteTable();
  await ensureTable(table);
  for (const tenantId of tenants) await indexReminders(services, tenantId, now);
}

/** What the connector was sent from here on. */
function connectorCallsFromNow(): () => ConnectorCall[] {
  const before = connector().calls.length;
  return () => connector().calls.slice(before);
}

/** The Adaptive Card a posted message carries. */
function postedCard(call: ConnectorCall | undefined): any {
  expect(call?.activity).toMatchObject({ type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive' }] });
  return call?.activity.attachments[0].content;
}

async function indexedOn(day: string, tenantId: string): Promise<string[]> {
  return (await services.reminders.dueOn(day)).filter((entry) => entry.tenantId === tenantId).map((entry) => entry.reminderId);
}

beforeAll(async () => {
  azurite = await startAzurite();
  services = await createServices(settings());
  await seedDemoOrganisation(services, now);
  for (const [tenantId, at] of [
    ['lakeside', daysFromNow(-3)],
    ['hillside', daysFromNow(30)],
    ['harbour', daysFromNow(-10)],
  ] as const) {
    await services.structures.save(await services.structures.load(tenantId), demoStructure(at));
  }
  await bindTraining(demoTenant, 'training-chat');
  await bindTraining('harbour', 'harbour-training-chat');
}, 30_000);
afterAll(async () => {
  await azurite?.stop();
});

describe('the reminder timer reads the due-date index, not every record', () => {
  beforeAll(async () => {
    await freshIndex(demoTenant, 'lakeside', 'hillside');
  });

  it('a run for one tenant (as when a circle is bound) reads only that tenant, and never the whole of it', async () => {
    const calls = connectorCallsFromNow();
    const { ports, tenants, whole } = recordingReads(services);
    const run = await sendDueReminders(timerDeps(services, ports), now, { tenantId: 'lakeside' });
    // Lakeside's Training has no conversation yet: the reminder waits.
    expect(run).toEqual({ days: catchUpWeek, due: 1, sent: 0, ...nothingElse, unbound: 1 });
    expect(tenants()).toEqual(['lakeside']);
    expect(whole()).toEqual([]);
    expect(calls()).toEqual([]);
  });

  it('the first run catches up a week and sends Training’s facilitator reminder, 14 days ahead, to Training’s chat', async () => {
    const calls = connectorCallsFromNow();
    const { ports, tenants, whole } = recordingReads(services);
    const run: ReminderRun = await sendDueReminders(timerDeps(services, ports), now);
    // Northside's key-safe reminder and Lakeside's wait for a conversation.
    expect(run).toEqual({ days: catchUpWeek, due: 3, sent: 1, ...nothingElse, unbound: 2 });
    // Hillside's reminders are indexed, for December, so its records are not read today.
    expect(await indexedOn('2026-12-17', 'hillside')).toEqual([kemisTerm('2026-12-31', 14)]);
    expect(tenants()).toEqual(['lakeside', demoTenant]);
    expect(whole()).toEqual([]);

    // POST /v3/conversations/training-chat/activities/{id}: the SDK posts unprompted as a reply to its
    // continuation activity, whose id is a fresh one, so the card is a new message in the chat.
    expect(calls().map(({ method, conversationId }) => ({ method, conversationId }))).toEqual([
      { method: 'POST', conversationId: 'training-chat' },
    ]);
    const [call] = calls();
    expect(call?.activityId).toBe(call?.activity.replyToId);
    expect(call?.activity).toMatchObject({ conversation: { id: 'training-chat', tenantId: demoTenant }, from: { id: 'sociocracy-bot' } });
    const card = postedCard(call);
    expect(cardTexts(card)[0]).toBe('Review in 10 days: Facilitator term of Kemi Adeyemi');
    expect(cardTexts(card)).toEqual(expect.arrayContaining(['Circle: Training', 'Review by: Dec 1, 2026']));
    expect(allActions(card)).toEqual([
      expect.objectContaining({
        type: 'Action.Execute',
        verb: 'start-selection',
        data: { subject: 'conversation', circleId: 'training', roleId: 'facilitator' },
      }),
    ]);
    expect(cardProblems(card)).toEqual([]);
  });

  it('a second run at the same moment reads the same week: the reminder sent left the index, those waiting for a chat are still there', async () => {
    const calls = connectorCallsFromNow();
    expect(await sendDueReminders(timerDeps(), now)).toEqual({ days: catchUpWeek, due: 2, sent: 0, ...nothingElse, unbound: 2 });
    // Indexed again (any change to the structure does so), the sent marker still keeps it from going twice, and it leaves again.
    await indexReminders(services, demoTenant, now);
    expect(await sendDueReminders(timerDeps(), now, { tenantId: demoTenant })).toEqual({
      days: catchUpWeek,
      due: 2,
      sent: 0,
      ...nothingElse,
      alreadySent: 1,
      unbound: 1,
    });
    expect(await sendDueReminders(timerDeps(), now, { tenantId: demoTenant })).toEqual({
      days: catchUpWeek,
      due: 1,
      sent: 0,
      ...nothingElse,
      unbound: 1,
    });
    expect(calls()).toEqual([]);
  });

  it('a circle bound to its chat after the timer’s run hears at once of the review due in it', async () => {
    const calls = connectorCallsFromNow();
    const chatId = 'lakeside-training-chat';
    await storeChat('lakeside', chatId);
    const jun: Caller = {
      tenantId: 'lakeside',
      personId: 'jun',
      actor: { kind: 'person', personId: 'jun', organisationAdmin: false },
      conversationId: chatId,
      binding: { kind: 'chat', chatId },
      now,
      texts: english,
      conversation: null,
    };
    const outcome = await handleAction({ services: { ...services, now: () => now }, conversations: services.conversations }, jun, {
      action: { verb: 'bind-circle', data: { circleId: 'training' } },
    });
    expect(cardTexts(outcome.viewer)).toContain('This conversation is the circle “Training”.');
    expect(calls().map((call) => call.conversationId)).toEqual([chatId]);
    expect(cardTexts(postedCard(calls()[0]))[0]).toBe('Review in 7 days: Facilitator term of Kemi Adeyemi');
  });

  it('a later run reads the week up to its own day: what was sent stays sent, what waits for a conversation still waits', async () => {
    const { ports, tenants, whole } = recordingReads(services);
    const run = await sendDueReminders(timerDeps(services, ports), daysFromNow(2));
    // Training's reminder of the 17th went out and left the index; Northside's still waits for its chat. Lakeside's was sent on binding.
    expect(run).toEqual({
      days: ['2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20', '2026-11-21', '2026-11-22', '2026-11-23'],
      due: 1,
      sent: 0,
      ...nothingElse,
      unbound: 1,
    });
    expect(tenants()).toEqual([demoTenant]);
    expect(whole()).toEqual([]);
  });
});

describe('a review that changed after its reminders were indexed', () => {
  beforeAll(async () => {
    await freshIndex(demoTenant);
  });

  it('is not reminded by what the index said: the run counts it stale and drops it; indexing again adds the new reminder days', async () => {
    const calls = connectorCallsFromNow();
    // Kemi steps down early: her term now ends on 24 November. Only the records change.
    const ended = await changeStructure(
      services.structures,
      demoTenant,
      { type: 'end-term', circleId: 'training', assignmentId: 'training-facilitator', lastDay: '2026-11-24' },
      admin,
      now,
    );
    expect(ended.ok).toBe(true);
    expect(await indexedOn('2026-11-17', demoTenant)).toContain(kemisTerm('2026-12-01', 14));
    expect(await sendDueReminders(timerDeps(), now)).toEqual({ days: catchUpWeek, due: 2, sent: 0, ...nothingElse, stale: 1, unbound: 1 });
    expect(calls()).toEqual([]);

    await indexReminders(services, demoTenant, now);
    expect(await indexedOn('2026-11-17', demoTenant)).not.toContain(kemisTerm('2026-12-01', 14));
    // The 14-day reminder of the new date (10 November) is past the catch-up; the day's own is to come.
    expect(await indexedOn('2026-11-10', demoTenant)).toEqual([]);
    expect(await indexedOn('2026-11-24', demoTenant)).toEqual([kemisTerm('2026-11-24', 0)]);
    // The old date's own reminder stays indexed until its day, when the run finds it stale and drops it.
    expect(await indexedOn('2026-12-01', demoTenant)).toContain(kemisTerm('2026-12-01', 0));
    expect(await sendDueReminders(timerDeps(), '2026-12-01T09:00:00.000Z', { tenantId: demoTenant })).toMatchObject({ stale: 1 });
    expect(await indexedOn('2026-12-01', demoTenant)).not.toContain(kemisTerm('2026-12-01', 0));
  });
});

describe('on the day of a review (Harbour: Kemi’s term as Training’s facilitator ends today)', () => {
  const headingOfToday = 'Review today: Facilitator term of Kemi Adeyemi';

  describe('two runs started together', () => {
    beforeAll(async () => {
      await freshIndex('harbour');
    });

    it('post the reminder once in all, though each is its own instance on the same tables', async () => {
      const calls = connectorCallsFromNow();
      const other = await createServices(settings());
      const runs = await Promise.all([sendDueReminders(timerDeps(services), now), sendDueReminders(timerDeps(other), now)]);
      // What is guaranteed: the claim lets one run post it. Whether the other run still finds it in the index
      // (and is told it was sent) or finds it already gone (the sender dropped it) depends on timing, so either counts.
      expect(calls().map((call) => call.conversationId)).toEqual(['harbour-training-chat']);
      expect(cardTexts(postedCard(calls()[0]))[0]).toBe(headingOfToday);
      expect(runs.reduce((sent, run) => sent + run.sent, 0)).toBe(1);
      for (const run of runs) {
        expect([0, 1]).toContain(run.due);
        // A run that found it either posted it or was told another run had; none was unbound, stale or failed.
        expect({ accountedFor: run.sent + run.alreadySent, unbound: run.unbound, stale: run.stale, failed: run.failed }).toEqual({
          accountedFor: run.due,
          unbound: 0,
          stale: 0,
          failed: 0,
        });
      }
      expect(await indexedOn(today, 'harbour')).toEqual([]);
    });
  });

  describe('a post that fails', () => {
    let failing: Server;
    let refused = 0;
    beforeAll(async () => {
      await freshIndex('harbour');
      // Where the connector answers every post with a server error.
      failing = createServer((request, reply) => {
        refused += 1;
        request.resume();
        reply
          .writeHead(500, { 'content-type': 'application/json' })
          .end(JSON.stringify({ error: { code: 'ServiceError', message: 'Try again later.' } }));
      });
      await new Promise<void>((resolve) => failing.listen(0, '127.0.0.1', () => resolve()));
    });
    afterAll(async () => {
      await new Promise<void>((resolve) => failing.close(() => resolve()));
    });

    it('gives the claim back, whether the connector refuses it or the remind itself throws; the next run sends it', async () => {
      const calls = connectorCallsFromNow();
      const address = failing.address();
      await storeChat('harbour', 'harbour-training-chat', `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`);
      expect(await sendDueReminders(timerDeps(), now)).toEqual({ days: catchUpWeek, due: 1, sent: 0, ...nothingElse, failed: 1 });
      expect(refused).toBeGreaterThanOrEqual(1);
      await storeChat('harbour', 'harbour-training-chat');

      const throwing: Remind = async () => {
        throw new Error('the bot could not build its card');
      };
      expect(await sendDueReminders(timerDeps(services, { remind: throwing }), daysFromNow(1 / 24))).toEqual({
        days: catchUpWeek,
        due: 1,
        sent: 0,
        ...nothingElse,
        failed: 1,
      });
      expect(calls()).toEqual([]);

      expect(await sendDueReminders(timerDeps(), daysFromNow(2 / 24))).toEqual({ days: catchUpWeek, due: 1, sent: 1, ...nothingElse });
      expect(calls().map((call) => call.conversationId)).toEqual(['harbour-training-chat']);
      expect(cardTexts(postedCard(calls()[0]))[0]).toBe(headingOfToday);
    });

    it('once sent, a second run at the same moment sends nothing again, even when the reminder is indexed again', async () => {
      const calls = connectorCallsFromNow();
      expect(await sendDueReminders(timerDeps(), daysFromNow(2 / 24))).toEqual({ days: catchUpWeek, due: 0, sent: 0, ...nothingElse });
      await indexReminders(services, 'harbour', daysFromNow(2 / 24));
      expect(await sendDueReminders(timerDeps(), daysFromNow(2 / 24))).toEqual({
        days: catchUpWeek,
        due: 1,
        sent: 0,
        ...nothingElse,
        alreadySent: 1,
      });
      expect(calls()).toEqual([]);
    });

    it('a reminder indexed later the same day still goes out', async () => {
      const calls = connectorCallsFromNow();
      const at = daysFromNow(3 / 24);
      // Hana stood in as Training's secretary for a month while Jun was away; her term ends today.
      const assigned = await changeStructure(
        services.structures,
        'harbour',
        {
          type: 'assign-role',
          circleId: 'training',
          assignmentId: 'training-secretary-interim',
          roleId: 'secretary',
          personId: 'hana',
          termStart: addDays(today, -30),
          termEnd: today,
        },
        admin,
        at,
        // The command handler indexes the reminders of the term it recorded.
        { sources: services, tenantId: 'harbour', now: at },
      );
      expect(assigned.ok).toBe(true);

      // Only the term it recorded is indexed: Kemi's reminder, sent already, is not indexed again.
      expect(await sendDueReminders(timerDeps(), daysFromNow(4 / 24))).toEqual({ days: catchUpWeek, due: 1, sent: 1, ...nothingElse });
      expect(calls().map((call) => call.conversationId)).toEqual(['harbour-training-chat']);
      const card = postedCard(calls()[0]);
      expect(cardTexts(card)[0]).toBe('Review today: Secretary term of Hana Sato');
      expect(allActions(card)).toEqual([
        expect.objectContaining({ verb: 'start-selection', data: { subject: 'conversation', circleId: 'training', roleId: 'secretary' } }),
      ]);
    });
  });
});

describe('starting a decision’s review from its reminder', () => {
  it('drafts a proposal that holds the review of the decision: the overdue one on travel time', async () => {
    const { structure } = await services.structures.load(demoTenant);
    const proposals = await services.proposals.loadAll(demoTenant);
    const review = openReviews(structure, proposals, today).find((r) => r.subjectId === 'travel-time');
    const hub = structure.circles.hub;
    if (!review || !hub) throw new Error('the demo organisation has no review of travel time');
    expect(review).toMatchObject({ kind: 'decision', circleId: 'hub', status: 'overdue' });
    const decision = proposals.find((p) => p.proposalId === 'travel-time') ?? null;
    const card = reminderCard({ review, on: review.reviewDate, daysBefore: 0 }, hub, decision, today, english);
    expect(cardTexts(card)[0]).toBe('Review 12 days overdue: Pay travel time between visits');

    // Ben, the hub's secretary, sends the form as it is: the decision continues unchanged, reviewed again in six months.
    const form = allActions(card).find((action) => action.title === 'Start the review')?.card as {
      body: { id?: string; value?: string }[];
    };
    const inputs = Object.fromEntries(form.body.flatMap((element) => (element.id ? [[element.id, element.value]] : [])));
    const draft = allActions(card).find((action) => action.title === 'Draft the review');
    const ben: Caller = {
      tenantId: demoTenant,
      personId: 'ben',
      actor: { kind: 'person', personId: 'ben', organisationAdmin: false },
      conversationId: 'hub-chat',
      binding: { kind: 'chat', chatId: 'hub-chat' },
      now,
      texts: english,
      conversation: null,
    };
    const outcome = await handleAction({ services: { ...services, now: () => now }, conversations: services.conversations }, ben, {
      action: { type: 'Action.Execute', verb: 'draft-proposal', data: { ...(draft?.data as Record<string, unknown>), ...inputs } },
    });
    expect(cardTexts(outcome.viewer).join(' ')).toContain('Review: Pay travel time between visits');

    const drafted = (await services.proposals.loadAll(demoTenant)).filter((p) => p.reviewOf?.kind === 'decision');
    expect(drafted).toEqual([
      expect.objectContaining({
        circleId: 'hub',
        status: 'draft',
        author: 'ben',
        title: 'Review: Pay travel time between visits',
        text: decision?.text,
        reviewDate: '2027-05-21',
        reviewOf: { kind: 'decision', proposalId: 'travel-time' },
      }),
    ]);
  });
});
