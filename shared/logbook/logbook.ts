import { z } from 'zod';
import type { Proposal } from '../consent/proposal';
import { proposalStages } from '../consent/proposal';
import { type CalendarDate, CircleId } from '../kernel/ids';
import type { Reader } from '../privacy/privacy';
import { readableProposals } from '../privacy/privacy';
import type { Meeting } from '../meetings/meeting';
import type { LogbookRow, SaidEverywhere } from './logbook-rows';
import { decisionRow, entriesFound, minutesRow, termRows } from './logbook-rows';
import { findCircle } from '../circles/circle';
import type { core } from '../texts/core';
import type { Said } from '../texts/said';

/**
 * The logbook: decisions, who holds which role and the minutes of meetings, visible
 * to the whole organisation, so newcomers read it instead of asking again.
 */
export const logbookKinds = ['decision', 'role-term', 'minutes'] as const;

export interface LogbookEntry {
  readonly kind: (typeof logbookKinds)[number];
  readonly id: string;
  readonly circleId: string;
  /** The record's own title; for minutes and role terms, older rows' English title (newer ones are worded by `said`). */
  readonly title: string;
  /** Minutes' and role terms' title in words of the `core` catalogue, for each reader to read in theirs. */
  readonly said?: Said<keyof typeof core>;
  /** A proposal's stage, `current` / `ended` / `upcoming` for a role term, `held` for a meeting's minutes. */
  readonly status: LogbookStatus;
  /** When it was decided (or drafted, while undecided); a term's first day; the day a meeting was held. */
  readonly date: CalendarDate;
  /** A decision's review date, a term's last day; for minutes, the day of the next meeting proposed (the day held when none is). */
  readonly reviewDate: CalendarDate;
}

/** The statuses an entry can have: a proposal's stages, then those of a role term, then a meeting's minutes. */
export const logbookStatuses = [...proposalStages, 'upcoming', 'current', 'ended', 'held'] as const;
export type LogbookStatus = (typeof logbookStatuses)[number];

/** A page token: opaque to callers, handed out as `next` and given back as `after`. */
export const PageToken = z
  .string()
  .max(1400)
  .regex(/^[A-Za-z0-9_-]+$/, 'pageTokenRefused');

export const LogbookQuery = z.object({
  circleId: CircleId.optional(),
  kind: z.enum(logbookKinds).optional(),
  status: z.enum(logbookStatuses).optional(),
  text: z.string().trim().min(1).max(200).optional(),
  after: PageToken.optional(),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});
export type LogbookQuery = z.infer<typeof LogbookQuery>;

/** One page, newest first; `next` (none on the last page) asks for the page after it. */
export interface LogbookPage {
  readonly entries: readonly LogbookEntry[];
  readonly pageSize: number;
  readonly next: string | null;
}

/** The order of the logbook: newest first; on one day, decisions, then minutes, then role terms, then by id. */
export function newestFirst(a: LogbookRow, b: LogbookRow): number {
  return b.date.localeCompare(a.date) || a.kind.localeCompare(b.kind) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Every decision, role term and closed meeting's minutes of the organisation as the
 * logbook keeps them, newest first; a proposal still undecided only for the members
 * of its circle, who may read it. A role term is found by its title in any language (`everywhere`).
 */
export function logbookRows(
  reader: Reader,
  proposals: readonly Proposal[],
  meetings: readonly Meeting[],
  everywhere: SaidEverywhere,
): LogbookRow[] {
  const decisions = readableProposals(proposals, reader).map(decisionRow);
  const terms = Object.values(reader.structure.circles).flatMap((circle) => termRows(circle, everywhere));
  const minutes = meetings.flatMap((meeting) => {
    const circle = findCircle(reader.structure, meeting.circleId);
    const row = circle ? minutesRow(meeting, circle) : null;
    return row ? [row] : [];
  });
  return [...decisions, ...terms, ...minutes].sort(newestFirst);
}

/**
 * The entries that match every given filter, on `today`; the text matches when each
 * of its words begins a word of the entry, in any order, regardless of case and accents.
 */
export function matchingEntries(
  rows: readonly LogbookRow[],
  query: Omit<LogbookQuery, 'after' | 'pageSize'>,
  today: CalendarDate,
): LogbookEntry[] {
  const found = entriesFound(query, 'all', today);
  return rows.flatMap((row) => {
    const entry = query.circleId === undefined || row.circleId === query.circleId ? found(row) : null;
    return entry ? [entry] : [];
  });
}
