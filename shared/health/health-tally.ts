import type { Objection } from '../consent/answers';
import type { ConsentRound } from '../consent/consent-round';
import { hasAnswered } from '../consent/consent-round';
import type { Proposal } from '../consent/proposal';
import type { CircleId } from '../kernel/ids';
import type { Meeting } from '../meetings/meeting';
import type { Selection } from '../selection/selection';

/** Objections by what became of them; `open` counts only those on a record that still stands (not withdrawn). */
export interface ObjectionTally {
  readonly raised: number;
  readonly integrated: number;
  readonly withdrawn: number;
  readonly open: number;
}

/** The decisions of one calendar month: adopted proposals and recorded role terms. */
export interface MonthTally {
  readonly decided: number;
  /** Those asked in the decisions' rounds, and those of them who answered. */
  readonly asked: number;
  readonly answered: number;
  /**
   * Milliseconds from draft to adoption of each adopted proposal. Kept one by one,
   * not as a histogram, because a median of days must come out exactly as the
   * records give it; a circle adopting 50 decisions a year adds about 600 characters.
   */
  readonly toDecisionMs: readonly number[];
}

/**
 * What governance health counts of a set of records, as sums that add: the tally of
 * two sets together is the sum of their tallies, so a circle's tally is kept by
 * adding each decision once, when it is made, instead of reading every record again.
 */
export interface HealthTally {
  /** By month (YYYY-MM, UTC) of adoption or recording. */
  readonly months: Readonly<Record<string, MonthTally>>;
  readonly objections: ObjectionTally;
  /** Meeting evaluations: how many, and their ratings added up. */
  readonly ratings: { readonly count: number; readonly sum: number };
}

export const noObjections: ObjectionTally = { raised: 0, integrated: 0, withdrawn: 0, open: 0 };
export const emptyTally: HealthTally = { months: {}, objections: noObjections, ratings: { count: 0, sum: 0 } };

const addMonth = (a: MonthTally, b: MonthTally): MonthTally => ({
  decided: a.decided + b.decided,
  asked: a.asked + b.asked,
  answered: a.answered + b.answered,
  toDecisionMs: [...a.toDecisionMs, ...b.toDecisionMs],
});

export const addObjections = (a: ObjectionTally, b: ObjectionTally): ObjectionTally => ({
  raised: a.raised + b.raised,
  integrated: a.integrated + b.integrated,
  withdrawn: a.withdrawn + b.withdrawn,
  open: a.open + b.open,
});

/** Two tallies as one: the tally of both sets of records. */
export function addTallies(a: HealthTally, b: HealthTally): HealthTally {
  const months: Record<string, MonthTally> = { ...a.months };
  for (const [month, tally] of Object.entries(b.months))
    months[month] = Object.hasOwn(months, month) ? addMonth(months[month] as MonthTally, tally) : tally;
  return {
    months,
    objections: addObjections(a.objections, b.objections),
    ratings: { count: a.ratings.count + b.ratings.count, sum: a.ratings.sum + b.ratings.sum },
  };
}

/** Objections of one record; an objection on a withdrawn proposal or selection blocks nothing any more. */
export function objectionTally(objections: readonly Objection[], recordStands: boolean): ObjectionTally {
  const count = (status: Objection['status']) => objections.filter((o) => o.status === status).length;
  return {
    raised: objections.length,
    integrated: count('integrated'),
    withdrawn: count('withdrawn'),
    open: recordStands ? count('open') : 0,
  };
}

function decidedIn(month: string, round: ConsentRound, toDecisionMs: readonly number[]): Record<string, MonthTally> {
  const answered = round.eligible.filter((personId) => hasAnswered(round, personId)).length;
  return { [month]: { decided: 1, asked: round.eligible.length, answered, toDecisionMs } };
}

/** What one proposal adds to its circle's health: its objections, and once adopted its decision. */
export function proposalHealth(proposal: Proposal): HealthTally {
  const months =
    proposal.status === 'adopted'
      ? decidedIn(proposal.adoptedAt.slice(0, 7), proposal.round, [Date.parse(proposal.adoptedAt) - Date.parse(proposal.createdAt)])
      : {};
  return { ...emptyTally, months, objections: objectionTally(proposal.objections, proposal.status !== 'withdrawn') };
}

/** What one role selection adds to the selecting circle's health: its objections, and once recorded its decision. */
export function selectionHealth(selection: Selection): HealthTally {
  const months = selection.status === 'recorded' ? decidedIn(selection.recordedAt.slice(0, 7), selection.round, []) : {};
  return { ...emptyTally, months, objections: objectionTally(selection.objections, selection.status !== 'withdrawn') };
}

/** What one meeting adds to its circle's health: its evaluations. */
export function meetingHealth(meeting: Meeting): HealthTally {
  const ratings = Object.values(meeting.evaluations).map((evaluation) => evaluation.rating);
  return { ...emptyTally, ratings: { count: ratings.length, sum: ratings.reduce((sum, rating) => sum + rating, 0) } };
}

/**
 * How a meeting's step changes its circle's evaluations (the ratings' count and sum
 * after, less before); null when it changes none, so nothing needs writing.
 */
export function evaluationChange(before: Meeting | null, after: Meeting): HealthTally | null {
  const was = before ? meetingHealth(before).ratings : { count: 0, sum: 0 };
  const is = meetingHealth(after).ratings;
  if (was.count === is.count && was.sum === is.sum) return null;
  return { ...emptyTally, ratings: { count: is.count - was.count, sum: is.sum - was.sum } };
}

/** A decision is final: a proposal adopted or withdrawn, a selection recorded or withdrawn, is never stepped again. */
export function isDecided(record: Proposal | Selection): boolean {
  return record.status === 'adopted' || record.status === 'recorded' || record.status === 'withdrawn';
}

/** The tally of each circle's records, as health scopes them: a selection under the circle that selects. */
export function circleTallies(records: {
  readonly proposals: readonly Proposal[];
  readonly selections: readonly Selection[];
  readonly meetings: readonly Meeting[];
}): Map<CircleId, HealthTally> {
  const tallies = new Map<CircleId, HealthTally>();
  const add = (circleId: CircleId, tally: HealthTally) => tallies.set(circleId, addTallies(tallies.get(circleId) ?? emptyTally, tally));
  for (const proposal of records.proposals) add(proposal.circleId, proposalHealth(proposal));
  for (const selection of records.selections) add(selection.selectingCircleId, selectionHealth(selection));
  for (const meeting of records.meetings) add(meeting.circleId, meetingHealth(meeting));
  return tallies;
}
