import type { Circle, Structure } from '../circles/circle';
import { isMember } from '../circles/circle';
import type { Proposal } from '../consent/proposal';
import type { Meeting } from '../meetings/meeting';
import { minutesOf } from '../meetings/meeting-minutes';
import type { CalendarDate, PersonId } from '../kernel/ids';
import { roleWords } from '../reviews/reviews';
import { dayOf, messageDate } from '../kernel/time';
import type { core } from '../texts/core';
import type { Said } from '../texts/said';
import type { LogbookEntry, LogbookQuery, LogbookStatus } from './logbook';
import { findsFoldedWords, foldForSearch, searchWords } from './search-text';

/**
 * A logbook entry as kept beside the records, so a page of the logbook is read
 * without the records themselves. A role term's status follows the calendar, so it
 * is worked out when read, from its first and last day.
 */
export interface LogbookRow {
  readonly kind: LogbookEntry['kind'];
  readonly id: string;
  readonly circleId: string;
  /** The record's own title; minutes and role terms have none (`said` words them), though rows kept before keep an English one. */
  readonly title: string;
  /** Minutes' and role terms' title in words of the `core` catalogue (`minutesTitle`, `termTitle`), read in each reader's language. */
  readonly said?: Said<keyof typeof core>;
  /** A proposal's stage; a role term's is worked out when read. */
  readonly stage: Exclude<LogbookStatus, 'upcoming' | 'current' | 'ended'> | null;
  readonly date: CalendarDate;
  readonly reviewDate: CalendarDate;
  /** Only an undecided proposal is private to its circle. */
  readonly decided: boolean;
  /** The title, text, driver and outcome, folded once for search (`foldForSearch`). */
  readonly search: string;
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

const isDecided = (proposal: Proposal) => proposal.status === 'adopted' || proposal.status === 'withdrawn';

/** A proposal's logbook row: the day it was decided (or drafted, while undecided), and what search looks in. */
export function decisionRow(proposal: Proposal): LogbookRow {
  const text = [proposal.title, proposal.text, proposal.driver, ...outcome(proposal)].join('\n');
  return {
    kind: 'decision',
    id: proposal.proposalId,
    circleId: proposal.circleId,
    title: proposal.title,
    stage: proposal.status,
    date: decidedOn(proposal),
    reviewDate: proposal.reviewDate,
    decided: isDecided(proposal),
    search: foldForSearch(text),
  };
}

/**
 * A title of the core's in every language the app speaks, as the adapter writes them:
 * a row is kept once for every reader, so search must find it by the words each reads.
 */
export type SaidEverywhere = (said: Said<keyof typeof core>) => readonly string[];

/**
 * The logbook rows of a circle's role terms, each titled with the role, the circle and
 * who holds it (`core.termTitle`), found by that title in any language (`everywhere`).
 */
export function termRows(circle: Circle, everywhere: SaidEverywhere): LogbookRow[] {
  return circle.assignments.map((a) => {
    const holder = circle.members.find((m) => m.personId === a.personId)?.displayName ?? a.personId;
    const said: Said<keyof typeof core> = { key: 'termTitle', values: { ...roleWords(circle, a.roleId), circle: circle.name, holder } };
    return {
      kind: 'role-term',
      id: a.assignmentId,
      circleId: circle.circleId,
      title: '',
      said,
      stage: null,
      date: a.termStart,
      reviewDate: a.termEnd,
      decided: true,
      search: foldForSearch(everywhere(said).join('\n')),
    };
  });
}

/**
 * A closed meeting's minutes as a logbook row, found by its items, notes and the
 * decisions taken. Unlike the meeting (its check-ins and evaluations are the
 * circle's), the minutes are the organisation's memory, read by everyone.
 */
export function minutesRow(meeting: Meeting, circle: Circle): LogbookRow | null {
  const minutes = minutesOf(meeting);
  if (!minutes) return null;
  const said: Said<keyof typeof core> = { key: 'minutesTitle', values: { circle: circle.name, day: messageDate(minutes.heldOn) } };
  const text = [
    circle.name,
    minutes.heldOn,
    ...minutes.items.flatMap((item) => [item.title, item.notes, ...item.decisions.map((decision) => decision.title)]),
  ].join('\n');
  const reviewDate = minutes.nextMeeting ? minutes.nextMeeting.localStart.slice(0, 10) : minutes.heldOn;
  return {
    kind: 'minutes',
    id: meeting.meetingId,
    circleId: meeting.circleId,
    title: '',
    said,
    stage: 'held',
    date: minutes.heldOn,
    reviewDate,
    decided: true,
    search: foldForSearch(text),
  };
}

/** The entry as the reader sees it on `today`: a role term is upcoming, current or ended. */
export function entryOfRow(row: LogbookRow, today: CalendarDate): LogbookEntry {
  const status = row.stage ?? (row.date > today ? 'upcoming' : row.reviewDate < today ? 'ended' : 'current');
  const entry: LogbookEntry = {
    kind: row.kind,
    id: row.id,
    circleId: row.circleId,
    title: row.title,
    status,
    date: row.date,
    reviewDate: row.reviewDate,
  };
  return row.said ? { ...entry, said: row.said } : entry;
}

/**
 * What a reader finds of each row on `today`: its entry when they may read it and it
 * matches every filter but the circle (which picks the rows read), otherwise none.
 * An undecided proposal is only for members of its circle.
 */
export function entriesFound(
  query: Pick<LogbookQuery, 'kind' | 'status' | 'text'>,
  readerCircles: ReadonlySet<string> | 'all',
  today: CalendarDate,
) {
  const words = query.text === undefined ? [] : searchWords(query.text);
  return (row: LogbookRow): LogbookEntry | null => {
    if (!row.decided && readerCircles !== 'all' && !readerCircles.has(row.circleId)) return null;
    if (query.kind !== undefined && row.kind !== query.kind) return null;
    const entry = entryOfRow(row, today);
    if (query.status !== undefined && entry.status !== query.status) return null;
    return findsFoldedWords(row.search, words) ? entry : null;
  };
}

/** The circles a person is a member of: whose undecided proposals they read. */
export function circlesOf(structure: Structure, personId: PersonId): string[] {
  return Object.values(structure.circles)
    .filter((circle) => isMember(circle, personId))
    .map((circle) => circle.circleId)
    .sort();
}

/** The people whose circles differ between two states of the organisation, each with their circles after. */
export function membershipChanges(before: Structure, after: Structure): Map<PersonId, string[]> {
  const people = new Set<PersonId>();
  const circleIds = new Set([...Object.keys(before.circles), ...Object.keys(after.circles)]);
  for (const circleId of circleIds) {
    const was = new Set(before.circles[circleId]?.members.map((m) => m.personId) ?? []);
    const is = new Set(after.circles[circleId]?.members.map((m) => m.personId) ?? []);
    for (const personId of was) if (!is.has(personId)) people.add(personId);
    for (const personId of is) if (!was.has(personId)) people.add(personId);
  }
  return new Map([...people].sort().map((personId) => [personId, circlesOf(after, personId)]));
}
