/**
 * Decisions for `npm run bench:scale`. Taking a hundred thousand decisions through
 * Azurite one step at a time would take hours, so each decision's steps run through
 * the product's own step runner and proposal store (decider, closing fence, event
 * rows, read-model projections) against a table in memory, and the rows the store
 * left there are then created in Azurite in one transaction: exactly the rows the
 * steps would have left in storage.
 */
import type { TableClient, TableEntity } from '@azure/data-tables';
import type { Actor, Circle, HealthTally } from '../shared';
import { addDays, addTallies, emptyTally } from '../shared';
import { fromProperties, toProperties } from '../functions/storage/entity-codec';
import { tallyRange } from '../functions/storage/health-projection';
import { statusOf } from '../functions/storage/table-storage';
import { runProposalStep } from '../functions/application/run-proposal-step';
import { ProposalStore } from '../functions/storage/proposal-store';
import { MemoryTable } from './seed-table';
import { textsFor } from '../texts/all';

type Entity = TableEntity<Record<string, unknown>>;

const person = (personId: string): Actor => ({ kind: 'person', personId, organisationAdmin: false });

export interface DecisionPlan {
  readonly tenantId: string;
  readonly circle: Circle;
  /** The circle's row as stored, which the store reads with the proposal. */
  readonly circleRow: Entity;
  readonly proposalId: string;
  /** Sequence number across the organisation: it spreads dates and review days. */
  readonly number: number;
  /** The day the proposal was drafted; its steps are a minute apart, the close a day after the round's deadline. */
  readonly day: string;
  /** How many members answer before the facilitator closes; the others are silent. */
  readonly answers: number;
  /** Leave the round running, synchronous (for the bench's answers and closes). */
  readonly open?: boolean;
}

const topics = [
  'weekend shifts',
  'budget for training',
  'meeting rhythm',
  'onboarding buddies',
  'tool for notes',
  'holiday cover',
  'supplier for coffee',
  'remote days',
];

/** Runs the steps of one decision through the real store on a table in memory; the rows it left, ready to write. */
export async function rehearseDecision(plan: DecisionPlan): Promise<Entity[]> {
  const table = new MemoryTable();
  table.preload(plan.circleRow);
  const store = new ProposalStore(table.asClient());
  const members = plan.circle.members.map((m) => m.personId);
  const facilitator = members[0] as string;
  const author = members[1 % members.length] as string;
  const topic = topics[plan.number % topics.length] as string;
  const start = Date.parse(`${plan.day}T09:00:00.000Z`);
  let minute = 0;
  const step = async (command: object, by: string, at?: number) => {
    minute += 1;
    const now = new Date(at ?? start + minute * 60_000).toISOString();
    const result = await runProposalStep(store, {
      tenantId: plan.tenantId,
      circleId: plan.circle.circleId,
      command: { proposalId: plan.proposalId, ...command },
      actor: person(by),
      now,
    });
    if (!result.ok) throw new Error(`${plan.proposalId} ${JSON.stringify(command)}: ${textsFor('en').say('refusals', result.error.said)}`);
  };
  await step(
    {
      type: 'draft-proposal',
      title: `Decision ${plan.number} on ${topic}`,
      text: `We agree to try a new approach to ${topic} in circle ${plan.circle.name} for six months, and to look at how it went.`,
      driver: `What we do now about ${topic} no longer works for everyone.`,
      reviewDate: addDays(plan.day, 180 + (plan.number % 400)),
    },
    author,
  );
  await step({ type: 'present-proposal' }, author);
  await step({ type: 'open-clarifying-questions' }, facilitator);
  await step({ type: 'open-quick-reactions' }, facilitator);
  // A round left open is one of a meeting (synchronous), so the bench may close it at once with those present.
  await step({ type: 'open-consent-round', options: plan.open ? { mode: 'sync' } : {} }, facilitator);
  for (const member of members.slice(0, plan.answers)) await step({ type: 'answer', answer: { kind: 'consent' } }, member);
  // Closed a day after the circle's deadline: those who did not answer consent by silence.
  const closed = start + (plan.circle.policy.closing.deadlineDays + 1) * 24 * 3_600_000;
  if (!plan.open) await step({ type: 'close-consent-round' }, facilitator, closed);
  return table.entities().filter((entity) => entity.rowKey !== plan.circleRow.rowKey);
}

/** What a row is without what storage adds on reading it (ETag, timestamp, OData names). */
const written = (entity: Entity): Entity =>
  Object.fromEntries(
    Object.entries(entity).filter(([name]) => name !== 'etag' && name !== 'timestamp' && !name.startsWith('odata.')),
  ) as Entity;

const isTally = (entity: Entity) => entity.rowKey.startsWith(`${tallyRange}|`);

/**
 * Each circle's health tally, rehearsed with one decision each time, is the sum of
 * them: added to what the circle's row holds already, written once per circle.
 */
async function writeTallies(table: TableClient, tallies: readonly Entity[]): Promise<void> {
  const byRow = new Map<string, { partitionKey: string; tally: HealthTally }>();
  for (const entity of tallies) {
    const was = byRow.get(entity.rowKey)?.tally ?? emptyTally;
    byRow.set(entity.rowKey, { partitionKey: entity.partitionKey, tally: addTallies(was, fromProperties(entity) as HealthTally) });
  }
  for (const [rowKey, { partitionKey, tally }] of byRow) {
    const stored = await table.getEntity<Record<string, unknown>>(partitionKey, rowKey).then(fromProperties, (error: unknown) => {
      if (statusOf(error) === 404) return emptyTally;
      throw error;
    });
    await table.upsertEntity({ partitionKey, rowKey, ...toProperties(addTallies(stored as HealthTally, tally)) }, 'Replace');
  }
}

/** Creates each decision's rows in one transaction (as the store's own step does), in transactions of 100 where it holds more. */
export async function writeDecisions(table: TableClient, decisions: readonly Entity[][]): Promise<number> {
  let rows = 0;
  for (const made of decisions) {
    const decision = made.filter((entity) => !isTally(entity));
    for (let i = 0; i < decision.length; i += 100)
      await table.submitTransaction(decision.slice(i, i + 100).map((entity) => ['create', written(entity)]));
    rows += decision.length;
  }
  await writeTallies(table, decisions.flat().filter(isTally));
  return rows;
}
