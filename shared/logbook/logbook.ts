import { z } from 'zod';
import type { Proposal } from '../consent/proposal';
import { proposalStages } from '../consent/proposal';
import { CalendarDate, CircleId } from '../kernel/ids';
import { dayOf } from '../kernel/time';
import type { Reader } from '../privacy/privacy';
import { readableProposals } from '../privacy/privacy';
import { roleName } from '../reviews/reviews';
import { findsEveryWord, searchWords } from './search-text';

/**
 * The logbook: decisions and who holds which role, visible to the whole
 * organisation, so newcomers read it instead of asking again.
 */
export interface LogbookEntry {
  readonly kind: 'decision' | 'role-term';
  readonly id: string;
  readonly circleId: string;
  readonly title: string;
  /** A proposal's stage, or `current` / `ended` / `upcoming` for a role term. */
  readonly status: LogbookStatus;
  /** When it was decided (or drafted, while undecided); a term's first day. */
  readonly date: CalendarDate;
  readonly reviewDate: CalendarDate;
  /** What a text search looks in: the title, text, driver and outcome, as the reader may read them. */
  readonly text: string;
}

/** The statuses an entry can have: a proposal's stages, then those of a role term. */
export const logbookStatuses = [...proposalStages, 'upcoming', 'current', 'ended'] as const;
export type LogbookStatus = (typeof logbookStatuses)[number];

export const LogbookQuery = z.object({
  circleId: CircleId.optional(),
  kind: z.enum(['decision', 'role-term']).optional(),
  status: z.enum(logbookStatuses).optional(),
  text: z.string().trim().min(1).max(200).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export type LogbookQuery = z.infer<typeof LogbookQuery>;

export interface LogbookPage {
  readonly entries: readonly LogbookEntry[];
  readonly page: number;
  readonly pageSize: number;
  readonly total: number;
}

function decidedOn(proposal: Proposal): CalendarDate {
  if (proposal.status === 'adopted') return dayOf(proposal.adoptedAt);
  if (proposal.status === 'withdrawn') return dayOf(proposal.withdrawnAt);
  return dayOf(proposal.createdAt);
}

/** How a proposal ended, in the words on record: why it was withdrawn, and each objection's reason. */
function outcome(proposal: Proposal): string[] {
  const withdrawal = proposal.status === 'withdrawn' ? [proposal.reason] : [];
  return [...withdrawal, ...proposal.objections.map((objection) => objection.reason)];
}

/**
 * Every decision and role term of the organisation, newest first; a proposal still
 * undecided only for the members of its circle, who may read it.
 */
export function logbookEntries(reader: Reader, proposals: readonly Proposal[], today: CalendarDate): LogbookEntry[] {
  const { structure } = reader;
  const decisions = readableProposals(proposals, reader).map((p): LogbookEntry => ({
    kind: 'decision', id: p.proposalId, circleId: p.circleId, title: p.title, status: p.status,
    date: decidedOn(p), reviewDate: p.reviewDate, text: [p.title, p.text, p.driver, ...outcome(p)].join('\n'),
  }));
  const terms = Object.values(structure.circles).flatMap((circle) =>
    circle.assignments.map((a): LogbookEntry => {
      const holder = circle.members.find((m) => m.personId === a.personId)?.displayName ?? a.personId;
      const title = `${roleName(circle, a.roleId)} of ${circle.name}: ${holder}`;
      const status = a.termStart > today ? 'upcoming' : a.termEnd < today ? 'ended' : 'current';
      return { kind: 'role-term', id: a.assignmentId, circleId: circle.circleId, title, status, date: a.termStart, reviewDate: a.termEnd, text: title };
    }),
  );
  return [...decisions, ...terms].sort((a, b) => b.date.localeCompare(a.date) || a.title.localeCompare(b.title));
}

/**
 * The entries that match every given filter, all of them; the text matches when each
 * of its words begins a word of the entry, in any order, regardless of case and accents.
 */
export function matchingEntries(entries: readonly LogbookEntry[], query: Omit<LogbookQuery, 'page' | 'pageSize'>): LogbookEntry[] {
  const words = query.text === undefined ? [] : searchWords(query.text);
  return entries.filter(
    (entry) =>
      (query.circleId === undefined || entry.circleId === query.circleId) &&
      (query.kind === undefined || entry.kind === query.kind) &&
      (query.status === undefined || entry.status === query.status) &&
      (words.length === 0 || findsEveryWord(entry.text, words)),
  );
}

/** One page of the entries that match every given filter. */
export function searchLogbook(entries: readonly LogbookEntry[], query: LogbookQuery): LogbookPage {
  const matching = matchingEntries(entries, query);
  const start = (query.page - 1) * query.pageSize;
  return { entries: matching.slice(start, start + query.pageSize), page: query.page, pageSize: query.pageSize, total: matching.length };
}
