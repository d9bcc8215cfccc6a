import type { Actor, CalendarDate, Inbox, LogbookPage, LogbookQuery, Meeting, Proposal, Result, Selection } from '../../shared';
import {
  circleMapEntry,
  circleTallies,
  circlesOf,
  decisionRecord,
  decisionReview,
  fail,
  findCircle,
  heldReview,
  isDecided,
  keptTermReviews,
  logbookRows,
  ok,
  proposalInbox,
  proposalListing,
  reviewedBy,
  reviewNotices,
  selectionInbox,
} from '../../shared';
import { sayEverywhere } from '../../texts/all';
import { ContentionError, maxAttempts } from './contention';
import type { LogbookRepository } from './ports/logbook-repository';
import type { ProposalRepository } from './ports/proposal-repository';
import type { RecordRepository } from './ports/record-repository';
import type { StructureRepository } from './ports/structure-repository';

export interface LogbookPorts {
  readonly logbook: LogbookRepository;
  readonly structures: StructureRepository;
  readonly proposals: ProposalRepository;
  readonly selections: RecordRepository<Selection>;
  readonly meetings: RecordRepository<Meeting>;
}

const entriesOf = (inbox: Inbox) => [...inbox].map(([personId, entry]) => ({ personId, entry }));

/**
 * Projects a tenant's logbook again from its records: every decision and role term,
 * each member's circles, the research record of each decision, which proposals are open, which decision reviewed each reviewed one
 * the reviews still to be held, what awaits each person, each circle's lists and its health tally. Idempotent: run twice, it leaves the same rows. Records
 * written before the logbook was kept beside them are found this way, once.
 *
 * A write meanwhile keeps its own rows in step from what it read, but the rebuild may
 * then overwrite them with what it read before: so it is done again until the
 * records stayed as they were from before it read them to after it wrote (a write
 * after that finds the rows rebuilt and moves them on itself). Two rebuilds at once
 * (two first reads) settle the same way.
 */
export async function reprojectLogbook(ports: LogbookPorts, tenantId: string): Promise<void> {
  for (let attempt = 1; attempt <= maxAttempts; attempt += 1) {
    const before = await ports.logbook.recordsVersion(tenantId);
    await projectOnce(ports, tenantId);
    if ((await ports.logbook.recordsVersion(tenantId)) === before) return;
  }
  throw new ContentionError('records', maxAttempts);
}

async function projectOnce(ports: LogbookPorts, tenantId: string): Promise<void> {
  const [{ structure }, proposals, selections, meetings] = await Promise.all([
    ports.structures.load(tenantId),
    ports.proposals.loadAll(tenantId),
    ports.selections.loadAll(tenantId),
    ports.meetings.loadAll(tenantId),
  ]);
  const rows = logbookRows({ structure, actor: { kind: 'system' } }, proposals, meetings, sayEverywhere);
  const people = new Set(Object.values(structure.circles).flatMap((circle) => circle.members.map((member) => member.personId)));
  const decided = (proposal: Proposal) => proposal.status === 'adopted' || proposal.status === 'withdrawn';
  await ports.logbook.reproject(tenantId, {
    rows,
    memberships: new Map([...people].map((personId) => [personId, circlesOf(structure, personId)])),
    records: proposals.filter(decided).map(decisionRecord),
    open: proposals.filter((proposal) => !decided(proposal)),
    reviewedBy: proposals.flatMap((proposal) => reviewedBy(proposal) ?? []),
    reviews: [
      ...proposals.flatMap((proposal) => decisionReview(proposal) ?? []),
      ...Object.values(structure.circles).flatMap(keptTermReviews),
    ],
    held: proposals.flatMap((proposal) => heldReview(proposal) ?? []),
    notices: reviewNotices(structure),
    inbox: [
      ...proposals.flatMap((proposal) => {
        const circle = findCircle(structure, proposal.circleId);
        return circle ? entriesOf(proposalInbox(proposal, circle)) : [];
      }),
      ...selections.flatMap((selection) => entriesOf(selectionInbox(selection, structure))),
    ],
    listings: { proposals: proposals.map(proposalListing), selections, meetings },
    health: {
      tallies: circleTallies({ proposals: proposals.filter(isDecided), selections: selections.filter(isDecided), meetings }),
      undecided: {
        proposals: proposals.filter((proposal) => !isDecided(proposal)),
        selections: selections.filter((selection) => !isDecided(selection)),
      },
    },
    circleMap: Object.values(structure.circles).map(circleMapEntry),
  });
}

/**
 * A read of rows kept beside the records; a tenant whose records predate them is
 * projected first (once), and read again.
 */
export async function keptRead<T>(ports: LogbookPorts, tenantId: string, read: () => Promise<T | 'unprojected'>): Promise<T> {
  const kept = await read();
  if (kept !== 'unprojected') return kept;
  await reprojectLogbook(ports, tenantId);
  const again = await read();
  if (again === 'unprojected') throw new Error(`The rows kept for tenant ${tenantId} were projected but their marker is missing.`);
  return again;
}

/** One page of the logbook as the caller may read it; a tenant not yet projected is projected first. */
export async function readLogbook(
  ports: LogbookPorts,
  tenantId: string,
  actor: Actor,
  query: LogbookQuery,
  today: CalendarDate,
): Promise<Result<LogbookPage>> {
  const reader = actor.kind === 'system' ? 'everything' : { personId: actor.personId };
  let page = await ports.logbook.page(tenantId, reader, query, today);
  if (page === 'unprojected') {
    await reprojectLogbook(ports, tenantId);
    page = await ports.logbook.page(tenantId, reader, query, today);
  }
  if (page === null) return fail('invalid-input', 'pageTokenRefused', 'query.after');
  if (page === 'unprojected') throw new Error(`The logbook of tenant ${tenantId} was projected but its marker is missing.`);
  return ok(page);
}
