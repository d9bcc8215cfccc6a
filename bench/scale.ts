/**
 * `npm run bench:scale [-- --size=0.1 --samples=15 --route-budget=20 --budget=25]`: grows one
 * organisation to 1 %, 10 % and 100 % (up to `--size`) of 2,000 circles, 20,000
 * people and 100,000 decisions on a local Azurite, seeded through the product's own
 * deciders and stores, and after each size prints every read route, an answer, a
 * close and the reminder timer: median and p95 next to a raw query of the same page
 * in the same run, and at the end the growth from size to size. Azurite slows with
 * every row it holds: a size whose seeding would not end within `--budget` minutes
 * is said so, with figures, and the largest that fits is measured instead.
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { TableClient } from '@azure/data-tables';
import type { Circle } from '../shared';
import { addDays, dayOf } from '../shared';
import { isStorageUnavailable } from '../functions/application/storage-faults';
import type { InStep } from '../functions/application/handle-command';
import { keepInStep } from '../functions/application/keep-in-step';
import { sendDueReminders } from '../functions/application/send-reminders';
import { readSettings } from '../functions/composition/config';
import { createServices, governanceTable, reminderTable, type Services } from '../functions/composition/services';
import { serveRoutes } from '../functions/dev/host';
import { routes } from '../functions/http/routes';
import { listingRange } from '../functions/storage/circle-listing';
import { circleMapPrefix } from '../functions/storage/circle-map-projection';
import { historyKey } from '../functions/storage/event-rows';
import { tallyRange } from '../functions/storage/health-projection';
import { inboxRange } from '../functions/storage/inbox-projection';
import { circleReviewRange } from '../functions/storage/review-projection';
import { openRange } from '../functions/storage/open-proposal-projection';
import { governancePartition, key, quoted, rowsUnder } from '../functions/storage/keys';
import { LogbookStore } from '../functions/storage/logbook-store';
import { ProposalStore } from '../functions/storage/proposal-store';
import { StructureStore, structureRows } from '../functions/storage/structure-store';
import { timerStorageDeadlineMs } from '../functions/storage/table-storage';
import { freePort } from '../tests/support/azurite';
import { startConnectorRecorder } from '../tests/support/connector-recorder';
import { startAzuriteTables } from '../functions/dev/azurite';
import { rehearseDecision, writeDecisions } from './seed-decisions';
import { circlesAt, circleIdOf, fullSize, seedCircles } from './seed-organisation';
import { growth, header, measure, median, row, type Call, type Measured } from './scale-measure';

const option = (name: string, fallback: number) => {
  const given = process.argv.find((arg) => arg.startsWith(`--${name}=`));
  const value = given ? Number(given.slice(name.length + 3)) : fallback;
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} takes a positive number`);
  return value;
};

const size = option('size', 1);
const samples = Math.max(15, option('samples', 15));
const routeBudgetMs = option('route-budget', 20) * 1000;
const levels: number[] = [...new Set([0.01, 0.1, 1].filter((level) => level < size).concat(size))];
/** The whole run, seeding included; a size that cannot be seeded within it is not tried. */
const budgetMs = option('budget', 25) * 60_000;
const decisionsPerCircle = fullSize.decisions / fullSize.circles;
const tenantId = 'bench-scale';
/** A team circle that exists at every size: its members are the callers. */
const measuredCircle = circleIdOf(2);

async function limited(count: number, concurrency: number, task: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) await task(next++);
    }),
  );
}

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
const heap = () => `${(process.memoryUsage().heapUsed / 1024 / 1024).toFixed(0)} MB`;

/** A circle's row as stored, for a rehearsal to read beside the proposal. */
async function storedCircle(table: TableClient, circleId: string) {
  const partitionKey = governancePartition(tenantId);
  const rowKey = key('circle', circleId);
  return { ...(await table.getEntity<Record<string, unknown>>(partitionKey, rowKey)), partitionKey, rowKey };
}

interface Seeded {
  rows: number;
  decided: Set<string>;
  /** Time spent seeding so far. */
  ms: number;
}

/** Adds the circles and decisions of `fraction` not yet stored, counting rows and time in `seeded`. */
async function seedLevel(
  services: Services,
  seeding: InStep['sources'],
  table: TableClient,
  fraction: number,
  seeded: Seeded,
): Promise<void> {
  const started = performance.now();
  const today = dayOf(services.now());
  const circles = circlesAt(fraction);
  const added = await seedCircles(seeding.structures, tenantId, circles, services.now());
  const structureSeconds = seconds(started);
  const { structure } = await seeding.structures.load(tenantId);
  const fresh = circles.filter((c) => !seeded.decided.has(c.circleId)).map((c) => structure.circles[c.circleId] as Circle);
  let rows = 0;
  let decisions = 0;
  await limited(fresh.length, 2, async (i) => {
    const circle = fresh[i] as Circle;
    const index = Number(circle.circleId.slice(7));
    const made = [];
    const circleRow = await storedCircle(table, circle.circleId);
    const everyAnswer = circle.policy.closing.silence === 'all-must-answer';
    for (let n = 0; n < decisionsPerCircle; n += 1) {
      const number = index * decisionsPerCircle + n;
      const day = addDays(today, -(10 + ((number * 7) % 700)));
      const answers = everyAnswer ? circle.members.length : 2 + (number % 5);
      made.push(await rehearseDecision({ tenantId, circle, circleRow, proposalId: `${circle.circleId}-d${n}`, number, day, answers }));
    }
    rows += await writeDecisions(table, made);
    decisions += made.length;
    seeded.decided.add(circle.circleId);
    if (seeded.decided.size % 50 === 0)
      console.log(`  … ${seeded.decided.size} circles' decisions, ${rows} rows this size, ${seconds(started)}`);
  });
  const indexStarted = performance.now();
  await keepInStep(seeding, tenantId, services.now(), { events: [], structure: true });
  seeded.rows += rows + added * 2;
  seeded.ms += performance.now() - started;
  console.log(
    `seeded ${added} circles (${structureSeconds}) and ${decisions} decisions (${rows} rows) in ${seconds(started)}, reminders indexed in ${seconds(indexStarted)}; ` +
      `${Object.keys(structure.circles).length} circles, ${seeded.decided.size * decisionsPerCircle} decisions, ≈ ${seeded.rows} governance rows in all; bench heap ${heap()}`,
  );
}

/** Rounds left running in the measured circle, one per answer and close the bench sends. */
async function openRounds(seeding: InStep['sources'], table: TableClient, today: string, label: string): Promise<string[]> {
  const { structure } = await seeding.structures.load(tenantId);
  const circle = structure.circles[measuredCircle] as Circle;
  const circleRow = await storedCircle(table, measuredCircle);
  const ids = Array.from({ length: samples }, (_, k) => `open-${label}-${k}`);
  const made = await Promise.all(
    ids.map((proposalId, k) =>
      rehearseDecision({ tenantId, circle, circleRow, proposalId, number: k, day: today, answers: 0, open: true }),
    ),
  );
  await writeDecisions(table, made);
  return ids;
}

/**
 * Clicks on the consent card's Consent, as Teams sends them to the bot's endpoint on
 * the dev host (the Agents SDK adapter in process); the Bot Connector's calls are
 * answered by the recorder the tests use, as Teams is unreachable offline.
 */
async function cardClicks(
  services: Services,
  seeding: InStep['sources'],
  url: string,
  raw: TableClient,
  label: string,
  people: { facilitator: string; viewer: string },
  rawCall: Call,
  settle: () => Promise<void>,
): Promise<Measured> {
  const { facilitator, viewer } = people;
  const connector = await startConnectorRecorder();
  try {
    const conversationId = `bench-chat-${label}`;
    let sequence = 0;
    const post = async (person: string, fields: Record<string, unknown>) => {
      sequence += 1;
      const activity = {
        id: `${conversationId}-activity-${sequence}`,
        channelId: 'msteams',
        serviceUrl: connector.url,
        from: { id: `user-${person}`, aadObjectId: person, name: person },
        recipient: { id: 'sociocracy-bot', name: 'Sociocracy for Teams' },
        conversation: { id: conversationId, tenantId },
        ...fields,
      };
      const response = await fetch(`${url}/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(activity),
      });
      const text = await response.text();
      // The bot answers a refused click with a card too: a card naming no error is the only success.
      const carded = text.includes('application/vnd.microsoft.card.adaptive') && !/"style":"attention"/.test(text);
      return { bytes: Buffer.byteLength(text), status: response.status === 200 && !carded ? 422 : response.status };
    };
    const click = (person: string, verb: string, data: Record<string, unknown>) =>
      post(person, { type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb, data } } });
    await click(facilitator, 'bind-circle', { subject: 'conversation', circleId: measuredCircle });
    await post(viewer, { type: 'message', text: 'help', deliveryMode: 'expectReplies' });
    const rounds = await openRounds(seeding, raw, dayOf(services.now()), `click-${label}`);
    const answer = (i: number) =>
      click(viewer, 'proposal-step', {
        subject: 'proposal',
        circleId: measuredCircle,
        proposalId: rounds[i],
        revision: 1,
        step: 'answer',
        kind: 'consent',
      });
    const measured = await measure('card click (answer)', 'getEntity + upsert', samples, routeBudgetMs, answer, rawCall, settle);
    const stored = await seeding.proposals.load(tenantId, measuredCircle, rounds[0] as string);
    const answered = seeding.proposals.proposalOf(stored);
    if (!answered || !('round' in answered) || !answered.round?.answers[viewer]) throw new Error('the clicks did not record an answer');
    return measured;
  } finally {
    await connector.close();
  }
}

/** Every request the product's services send to Azurite, to count what one call costs. */
const storageTrips = { count: 0 };

async function measureLevel(
  services: Services,
  timerServices: Services,
  seeding: InStep['sources'],
  url: string,
  raw: TableClient,
  reminderRaw: TableClient,
  fraction: number,
): Promise<Measured[]> {
  const { structure } = await seeding.structures.load(tenantId);
  const circle = structure.circles[measuredCircle] as Circle;
  const [facilitator, , viewer] = circle.members.map((m) => m.personId) as [string, string, string];
  const partition = `PartitionKey eq ${quoted(governancePartition(tenantId))}`;
  const proposalId = `${measuredCircle}-d7`;

  const http = async (path: string, as = viewer, body?: unknown) => {
    const response = await fetch(`${url}/${path}`, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { 'x-dev-person': as, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    return { bytes: Buffer.byteLength(text), status: response.status, text };
  };
  const get = (path: string) => () => http(path);
  const rawPage = (client: TableClient, filter: string, top: number) => async () => {
    const pages = client.listEntities({ queryOptions: { filter } }).byPage({ maxPageSize: top });
    const first = await pages.next();
    return { bytes: Buffer.byteLength(JSON.stringify(first.done ? [] : first.value)), status: 200 };
  };
  const rawAll = (filter: string) => async () => {
    let bytes = 0;
    for await (const entity of raw.listEntities({ queryOptions: { filter } })) bytes += Buffer.byteLength(JSON.stringify(entity));
    return { bytes, status: 200 };
  };
  const headers25 = rawPage(raw, `${partition} and ${rowsUnder('proposal')}`, 25);
  const token = await services.feeds.tokenFor(tenantId, { kind: 'person', personId: viewer });
  // A person's feed as storage holds it: the circles their calendar shows, then each circle's calendar rows.
  const calendarRows = `PartitionKey eq ${quoted(key(tenantId, 'calendar'))}`;
  const rawFeed = async () => {
    const circles: string[] = [];
    let bytes = 0;
    for await (const row of raw.listEntities<{ circleId: string; member: boolean }>({
      queryOptions: { filter: `${calendarRows} and ${rowsUnder(key('person', viewer))}` },
    })) {
      bytes += Buffer.byteLength(JSON.stringify(row));
      if (row.member) circles.push(row.circleId);
    }
    for (const circleId of circles) bytes += (await rawAll(`${calendarRows} and ${rowsUnder(key('circle', circleId))}`)()).bytes;
    return { bytes, status: 200 };
  };
  // The tab's Me view: the caller's own circles and everything awaiting them, in one request.
  const rawMe = async () => {
    const mine = structure.circles[measuredCircle] ? [measuredCircle] : [];
    const ranges = [inboxRange(viewer), ...mine.flatMap((circleId) => [circleReviewRange(circleId), listingRange('meeting', circleId)])];
    const [rows, circles] = await Promise.all([
      Promise.all(ranges.map((range) => rawAll(`${partition} and ${rowsUnder(range)}`)())),
      Promise.all(mine.map((circleId) => raw.getEntity(governancePartition(tenantId), key('circle', circleId)))),
    ]);
    return { bytes: rows.reduce((sum, read) => sum + read.bytes, 0) + Buffer.byteLength(JSON.stringify(circles)), status: 200 };
  };

  const label = `${fraction}`.replace('.', '_');
  const rounds = await openRounds(seeding, raw, dayOf(services.now()), label);
  const step = (id: string, as: string, command: object) => http(`circles/${measuredCircle}/proposals/${id}/steps`, as, command);
  const upsert = (i: number) => async () => {
    await raw.getEntity(governancePartition(tenantId), key('circle', measuredCircle));
    await raw.upsertEntity({ partitionKey: governancePartition(`bench-raw-${label}`), rowKey: `row-${i}`, d0: 'x'.repeat(200) });
    return { bytes: 0, status: 200 };
  };
  const days = Array.from({ length: 8 }, (_, k) => addDays(dayOf(services.now()), k - 7));
  // A run that failed says why once, so a 500 in the table has its cause beside it.
  const timerFailures = new Set<string>();
  const reminderTimer = async () => {
    const report = (message: string, error: unknown) => {
      const why = `${message}: ${error instanceof Error ? error.message : String(error)}`;
      if (!timerFailures.has(why)) console.log(`  reminder timer: ${why}`);
      timerFailures.add(why);
    };
    const run = await sendDueReminders({ ...timerServices, remind: async () => undefined }, timerServices.now(), undefined, report);
    return { bytes: Buffer.byteLength(JSON.stringify(run)), status: run.failed > 0 ? 500 : 200 };
  };
  // What is due decides what a run costs: the raw beside it reads the index's days and, for each reminder due, the two rows a check reads.
  const due = (await sendDueReminders({ ...services, remind: async () => undefined }, services.now())).due;
  const rawReminderDays = async () => {
    let bytes = 0;
    for (const day of days) bytes += (await rawPage(reminderRaw, `PartitionKey eq ${quoted(key('due', day))}`, 1000)()).bytes;
    await Promise.all(Array.from({ length: 2 * due }, () => raw.getEntity(governancePartition(tenantId), 'settings')));
    return { bytes, status: 200 };
  };

  const budget = routeBudgetMs;
  const settle = async () => {
    for (const started = performance.now(); performance.now() - started < 60_000; ) {
      const probe = performance.now();
      await raw.getEntity(governancePartition(tenantId), 'settings');
      if (performance.now() - probe < 100) return;
    }
  };
  const measured: Measured[] = [];
  const run = async (m: Promise<Measured>) => {
    const done = await m;
    measured.push(done);
    console.log(row(done));
  };
  console.log(header);
  await run(measure('logbook page', '25 rows of the proposal range', samples, budget, get('logbook'), headers25, settle));
  await run(
    measure(
      'logbook by circle',
      '25 rows of the proposal range',
      samples,
      budget,
      get(`logbook?circleId=${measuredCircle}`),
      headers25,
      settle,
    ),
  );
  // Undecided proposals on the page are read whole besides (their answers are on member rows): the raw query is the list's page alone.
  await run(
    measure(
      'circle proposals GET',
      '26 rows of its list',
      samples,
      budget,
      get(`circles/${measuredCircle}/proposals`),
      rawPage(raw, `${partition} and ${rowsUnder(listingRange('proposal', measuredCircle))}`, 26),
      settle,
    ),
  );
  await run(
    measure('logbook search', '25 rows of the proposal range', samples, budget, get('logbook?text=weekend%20shifts'), headers25, settle),
  );
  // The first page holds the open proposals of the viewer's circle besides: the raw query reads their rows too.
  const rawExport = async () => {
    const [decided, open] = await Promise.all([
      rawPage(raw, `${partition} and ${rowsUnder('decision-record')}`, 101)(),
      rawAll(`${partition} and ${rowsUnder(openRange(measuredCircle))}`)(),
    ]);
    return { bytes: decided.bytes + open.bytes, status: 200 };
  };
  await run(
    measure(
      'export page (100)',
      "101 decision records + own circle's open rows",
      samples,
      budget,
      get('export?pageSize=100'),
      rawExport,
      settle,
    ),
  );
  await run(measure('reviews', '25 rows of the proposal range', samples, budget, get('reviews'), headers25, settle));
  // Health is worked out from the circles and each circle's tally kept on write: the raw query reads those rows.
  const rawHealth = async () => {
    const [circles, tallies] = await Promise.all([
      rawAll(`${partition} and ${structureRows}`)(),
      rawAll(`${partition} and ${rowsUnder(tallyRange)}`)(),
    ]);
    return { bytes: circles.bytes + tallies.bytes, status: 200 };
  };
  await run(measure('health', 'structure rows + every tally row', samples, budget, get('health'), rawHealth, settle));
  await run(
    measure(
      'circle map GET /circles',
      'every circle-map row',
      samples,
      budget,
      get('circles'),
      rawAll(`${partition} and ${rowsUnder(circleMapPrefix)}`),
      settle,
    ),
  );
  const rawCircle = async () => ({
    bytes: Buffer.byteLength(JSON.stringify(await raw.getEntity(governancePartition(tenantId), key('circle', measuredCircle)))),
    status: 200,
  });
  await run(
    measure(
      'one circle GET /circles/{id}',
      "point read of the circle's row",
      samples,
      budget,
      get(`circles/${measuredCircle}`),
      rawCircle,
      settle,
    ),
  );
  await run(measure('Me GET /me', "own inbox rows + own circles' rows, reviews, meetings", samples, budget, get('me'), rawMe, settle));
  await run(
    measure('calendar feed (person)', "own circles' calendar rows", samples, budget, get(`calendar/${token}.ics`), rawFeed, settle),
  );
  const proposalPath = `circles/${measuredCircle}/proposals/${proposalId}`;
  const proposalRows = `${partition} and ${rowsUnder(key('proposal', proposalId))}`;
  await run(measure('proposal GET', "the proposal's own rows", samples, budget, get(proposalPath), rawAll(proposalRows), settle));
  const proposalEvents = rawPage(raw, `${partition} and ${rowsUnder(historyKey('proposal', proposalId))}`, 25);
  await run(measure('proposal history page', '25 event rows', samples, budget, get(`${proposalPath}/history`), proposalEvents, settle));
  const circleEvents = rawPage(raw, `${partition} and ${rowsUnder(historyKey('circle', measuredCircle))}`, 25);
  await run(
    measure('circle history page', '25 event rows', samples, budget, get(`circles/${measuredCircle}/history`), circleEvents, settle),
  );
  const answer: Call = (i) => step(rounds[i] as string, viewer, { type: 'answer', answer: { kind: 'consent' } });
  await run(measure('HTTP answer', 'getEntity + upsert', samples, budget, answer, (i) => upsert(i)(), settle));
  // A close does more than an answer (the closing fence, then the reminders, calendars and health it moved): its requests are counted too.
  const closeTrips: number[] = [];
  const close: Call = async (i) => {
    const before = storageTrips.count;
    const done = await step(rounds[i] as string, facilitator, { type: 'close-consent-round', present: [viewer] });
    closeTrips.push(storageTrips.count - before);
    return done;
  };
  await run(measure('close of a round', 'getEntity + upsert', samples, budget, close, (i) => upsert(samples + i)(), settle));
  console.log(
    `  a close sent ${[...closeTrips].sort((a, b) => a - b)[Math.floor(closeTrips.length / 2)]} storage requests (median; the same with 1 % or 100 % of the organisation when it costs what it moved)`,
  );
  try {
    await run(cardClicks(services, seeding, url, raw, label, { facilitator, viewer }, (i) => upsert(2 * samples + i)(), settle));
  } catch (error) {
    console.log(`card click: not measured (${(error as Error).message})`);
  }
  await run(
    measure(
      'reminder timer',
      `8 index queries + 2 point reads a reminder (${due} due)`,
      samples,
      budget,
      reminderTimer,
      rawReminderDays,
      settle,
    ),
  );
  return measured;
}

async function main(): Promise<void> {
  const azurite = await startAzuriteTables({ port: await freePort() });
  const services = await createServices(
    readSettings({ STORAGE_CONNECTION_STRING: azurite.connectionString, AUTH_MODE: 'dev', DEV_TENANT_ID: tenantId }),
    { roundTrips: storageTrips },
  );
  const host = await serveRoutes(
    routes(async () => services),
    0,
  );
  // The raw queries go without the product's deadline: they show what Azurite itself takes.
  const raw = TableClient.fromConnectionString(azurite.connectionString, governanceTable, { allowInsecureConnection: true });
  const reminderRaw = TableClient.fromConnectionString(azurite.connectionString, reminderTable, { allowInsecureConnection: true });
  // Seeding goes without the product's 1.5 s deadline a call: Azurite slows with every row it holds (at 3.7 % the
  // whole-tenant repair after seeding passed it), and a seed is not a caller to answer 503.
  const unhurried = await createServices(
    readSettings({ STORAGE_CONNECTION_STRING: azurite.connectionString, AUTH_MODE: 'dev', DEV_TENANT_ID: tenantId }),
    { deadlineMs: 30 * 60_000 },
  );
  // The reminder timer runs as the app runs it: on its own clients, with a timer's deadline.
  const timerServices = await createServices(
    readSettings({ STORAGE_CONNECTION_STRING: azurite.connectionString, AUTH_MODE: 'dev', DEV_TENANT_ID: tenantId }),
    { deadlineMs: timerStorageDeadlineMs },
  );
  const seeding: InStep['sources'] = {
    ...unhurried,
    structures: new StructureStore(raw),
    proposals: new ProposalStore(raw),
    logbook: new LogbookStore(raw),
  };
  const results: { fraction: number; measured: Measured[] }[] = [];
  const seeded: Seeded = { rows: 0, decided: new Set(), ms: 0 };
  const runStarted = performance.now();
  try {
    const sizes = levels.map((l) => `${l * 100} %`).join(', ');
    console.log(
      `bench:scale on Azurite 3.35 in memory, node ${process.versions.node}, sizes ${sizes}, ${samples} samples a call, ${new Date().toISOString()}`,
    );
    for (let level = 0; level < levels.length; level += 1) {
      const fraction = levels[level] as number;
      const circleCount = circlesAt(fraction).length;
      console.log(
        `\n— ${fraction * 100} %: ${circleCount} circles, ${Math.round(fullSize.people * fraction)} people, ${circleCount * decisionsPerCircle} decisions —`,
      );
      try {
        await seedLevel(services, seeding, raw, fraction, seeded);
      } catch (error) {
        if (!isStorageUnavailable(error)) throw error;
        console.log(
          `Azurite did not hold ${fraction * 100} %: seeding failed after ≈ ${seeded.rows} rows (${(error as Error).message}); the largest size measured is the one above.`,
        );
        break;
      }
      const started = performance.now();
      results.push({ fraction, measured: await measureLevel(services, timerServices, seeding, host.url, raw, reminderRaw, fraction) });
      console.log(`measured in ${seconds(started)}; Azurite's resident memory ${azuriteMemory(azurite.pid)}`);
      const next = levels[level + 1];
      if (next !== undefined) {
        const left = budgetMs - (performance.now() - runStarted) - (performance.now() - started);
        const fits = largestWithin(fraction, next, seeded.ms, left);
        if (fits !== next) {
          console.log(
            `Azurite cannot be seeded to ${next * 100} % within the run's ${budgetMs / 60_000} minutes: ` +
              `${fraction * 100} % (≈ ${seeded.rows} rows in one partition) took ${(seeded.ms / 1000).toFixed(0)} s, ` +
              'and Azurite 3.35 inserts slower the more rows the partition holds, so seeding grows about with the square of the rows: ' +
              `≈ ${((seeded.ms * ((next / fraction) ** 2 - 1)) / 60_000).toFixed(0)} more minutes.` +
              (fits === null ? ' No larger size fits.' : ` The largest that fits is ≈ ${(fits * 100).toFixed(1)} %.`),
          );
          if (fits === null) break;
          levels.splice(level + 1, levels.length, fits);
        }
      }
    }
    console.log(`\ngrowth of the median, ${results.map((r) => `${r.fraction * 100} %`).join(' → ')}:`);
    for (const line of growth(results)) console.log(line);
    const slow = results.flatMap((r) => r.measured.filter((m) => median(m.calls) > 300).map((m) => `${m.name} at ${r.fraction * 100} %`));
    console.log(slow.length ? `over 300 ms (median): ${slow.join(', ')}` : 'every call under 300 ms (median)');
    const costly = results.flatMap((r) =>
      r.measured.filter((m) => median(m.calls) > 5 * median(m.raws)).map((m) => `${m.name} at ${r.fraction * 100} %`),
    );
    console.log(costly.length ? `over 5× its raw query (median): ${costly.join(', ')}` : 'every call within 5× its raw query (median)');
  } finally {
    await host.close();
    await azurite.stop();
  }
}

/**
 * The next size to seed: `next` when its seeding is expected to end within `leftMs`,
 * else the largest that is (seeding time growing about with the square of the rows,
 * as Azurite inserts slower the fuller the partition), or null when none
 * 20 % larger than `fraction` is.
 */
function largestWithin(fraction: number, next: number, seededMs: number, leftMs: number): number | null {
  const expected = (target: number) => seededMs * ((target / fraction) ** 2 - 1);
  if (expected(next) <= leftMs) return next;
  const fits = Math.floor(fraction * Math.sqrt(1 + Math.max(0, leftMs) / seededMs) * 1000) / 1000;
  return fits >= fraction * 1.2 ? fits : null;
}

/** Azurite's resident set, read from /proc (Linux), to see how close it comes to the machine's memory. */
function azuriteMemory(pid: number): string {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
    return `${(kb / 1024).toFixed(0)} MB`;
  } catch {
    return 'unknown';
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
