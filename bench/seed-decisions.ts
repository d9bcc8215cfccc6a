/**
 * Decisions for `npm run bench:scale`, made by the product's own step runner in
 * memory and then written in bulk with the proposal store's own writes. Taking a
 * hundred thousand decisions through storage one step at a time would take hours;
 * rehearsed in memory, each step still runs `runProposalStep` (decider, fences,
 * event streams), so the rows written are exactly those the steps would have left.
 */
import type { Actor, Circle } from '../shared';
import { addDays } from '../shared';
import type { LoadedProposal, MemberRow, ProposalRepository, StoredHeader, Write } from '../functions/application/ports/proposal-repository';
import { runProposalStep } from '../functions/application/run-proposal-step';

type RowKind = 'header' | 'member' | 'event';

/**
 * One proposal's rows kept in memory behind the repository port: the real store
 * names the rows, this keeps them. Nothing else writes, so every ETag holds.
 */
class Rehearsal implements ProposalRepository {
  private readonly kinds = new WeakMap<Write, RowKind>();
  private readonly stored = new Map<string, { write: Write; kind: RowKind; etag: string }>();
  private version = 0;

  constructor(
    private readonly store: ProposalRepository,
    private readonly circle: Circle,
  ) {}

  async load(tenantId: string, _circleId: string, _proposalId: string, onlyMember?: string): Promise<LoadedProposal> {
    let header: LoadedProposal['header'] = null;
    const rows = new Map<string, { row: MemberRow & { operations: readonly string[] }; etag: string; eventCount: number }>();
    for (const [rowKey, { write, kind, etag }] of this.stored) {
      const eventCount = write.eventCount ?? 0;
      if (kind === 'header') header = { ...(write.value as StoredHeader), etag, eventCount };
      const row = write.value as MemberRow & { operations: readonly string[] };
      if (kind === 'member' && (onlyMember === undefined || row.personId === onlyMember)) rows.set(rowKey, { row, etag, eventCount });
    }
    return { tenantId, circle: this.circle, header, rows };
  }

  loadAll(): Promise<never> {
    throw new Error('a rehearsal holds one proposal');
  }

  proposalOf(loaded: LoadedProposal) {
    return this.store.proposalOf(loaded);
  }

  private named(write: Write, kind: RowKind): Write {
    this.kinds.set(write, kind);
    return write;
  }

  // Named by the real store, with whatever it carries besides (such as a logbook entry).
  headerWrite(...args: Parameters<ProposalRepository['headerWrite']>): Write {
    return this.named(this.store.headerWrite(...args), 'header');
  }

  memberWrite(...args: Parameters<ProposalRepository['memberWrite']>): Write {
    return this.named(this.store.memberWrite(...args), 'member');
  }

  eventWrite(...args: Parameters<ProposalRepository['eventWrite']>): Write {
    return this.named(this.store.eventWrite(...args), 'event');
  }

  async write(_tenantId: string, writes: readonly Write[]): Promise<Map<string, string>> {
    const etags = new Map<string, string>();
    for (const write of writes) {
      const kind = this.kinds.get(write);
      if (!kind) throw new Error(`a write the rehearsal did not name: ${write.rowKey}`);
      this.version += 1;
      const etag = `rehearsed-${this.version}`;
      this.stored.set(write.rowKey, { write, kind, etag });
      etags.set(write.rowKey, etag);
    }
    return etags;
  }

  /** The rows as they stand after the last step, to be created in storage. */
  rows(): Write[] {
    return [...this.stored.values()].map(({ write }) => ({ ...write, etag: undefined }));
  }
}

const person = (personId: string): Actor => ({ kind: 'person', personId, organisationAdmin: false });

export interface DecisionPlan {
  readonly tenantId: string;
  readonly circle: Circle;
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

const topics = ['weekend shifts', 'budget for training', 'meeting rhythm', 'onboarding buddies', 'tool for notes', 'holiday cover', 'supplier for coffee', 'remote days'];

/** Runs the steps of one decision in memory; its rows, ready to write. */
export async function rehearseDecision(store: ProposalRepository, plan: DecisionPlan): Promise<Write[]> {
  const rehearsal = new Rehearsal(store, plan.circle);
  const members = plan.circle.members.map((m) => m.personId);
  const facilitator = members[0] as string;
  const author = members[1 % members.length] as string;
  const topic = topics[plan.number % topics.length] as string;
  const start = Date.parse(`${plan.day}T09:00:00.000Z`);
  let minute = 0;
  const step = async (command: object, by: string, at?: number) => {
    minute += 1;
    const now = new Date(at ?? start + minute * 60_000).toISOString();
    const result = await runProposalStep(rehearsal, { tenantId: plan.tenantId, circleId: plan.circle.circleId, command: { proposalId: plan.proposalId, ...command }, actor: person(by), now });
    if (!result.ok) throw new Error(`${plan.proposalId} ${JSON.stringify(command)}: ${result.error.message}`);
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
  return rehearsal.rows();
}

/** Writes each decision's rows as the product writes a proposal's: one `write` of the store, one transaction. */
export async function writeDecisions(store: ProposalRepository, tenantId: string, decisions: readonly Write[][]): Promise<number> {
  let rows = 0;
  for (const decision of decisions) {
    if (!(await store.write(tenantId, decision))) throw new Error('a seeded row existed already');
    rows += decision.length;
  }
  return rows;
}
