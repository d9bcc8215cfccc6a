import { z } from 'zod';
import type { Circle } from '../circles/circle';
import { worksIn } from '../circles/circle';
import type { CalendarDate, Instant, PersonId } from '../kernel/ids';
import { CircleId, Id } from '../kernel/ids';
import { dayOf, isBefore } from '../kernel/time';
import type { Meeting } from '../meetings/meeting';
import type { Review } from '../reviews/reviews';
import { holds } from '../roles/holders';
import type { InboxEntry } from './inbox';
import { stillAwaits } from './inbox';
import { SaidOf } from '../texts/said';

/** Whatever is asked of a person, of every kind: what their inbox, the bot's `status` and their notifications show. */
export const AwaitedStep = z.object({
  /** The record it links to: a proposal, a role selection, a review (of a decision or a term), a meeting. */
  kind: z.enum(['proposal', 'selection', 'review', 'meeting']),
  /** The record's id; for a review, the decision's or the term's. */
  id: Id,
  /** The circle the record is listed under. */
  circleId: CircleId,
  /** The circle whose member is asked, and its name. */
  askedIn: CircleId,
  circleName: z.string(),
  /** The record's own title; a meeting has none, so its title is the day it is scheduled for (`awaitedTitle` words it). */
  title: z.string(),
  /** A selection's or a role term review's title in words of the `core` catalogue (`awaitedTitle` gives it to be said). */
  said: SaidOf('selectionTitle', 'termReviewTitle').optional(),
  /** `meeting` is one coming or begun, `meeting-under-way` one whose agenda is consented and which is not closed yet. */
  asks: z.enum([
    'answer',
    'nomination',
    'candidate-answer',
    'amendment',
    'objection',
    'decision-review',
    'term-review',
    'meeting-under-way',
    'meeting',
  ]),
  /** By when: a round's deadline, a review's date, a meeting's start (one under way: when its agenda was consented); none when nothing sets one. */
  due: z.string().nullable(),
  /** The date has passed: an overdue review, a round past its deadline, a meeting's start, a meeting under way. */
  overdue: z.boolean(),
});
export type AwaitedStep = z.infer<typeof AwaitedStep>;

/** What the query reads: the person's kept inbox rows, and their circles' reviews and meetings, as kept beside the records. */
export interface AwaitingSources {
  readonly entries: readonly InboxEntry[];
  /** The circles as they are now: the person's own, and any an entry is listed under. */
  readonly circles: readonly Circle[];
  /** The reviews still to be held of those circles, with their status today. */
  readonly reviews: readonly Review[];
  /** The latest meetings of those circles. */
  readonly meetings: readonly Meeting[];
}

/**
 * Whether a review awaits this person: it is due or overdue, and they hold the term
 * reviewed, or lead or facilitate the circle that holds the review.
 */
export function reviewAwaits(review: Review, circle: Circle, personId: PersonId, today: CalendarDate): boolean {
  if (review.status === 'upcoming' || !worksIn(circle, personId)) return false;
  const termHolder =
    review.kind === 'role-term' && circle.assignments.some((a) => a.assignmentId === review.subjectId && a.personId === personId);
  return termHolder || holds(circle, 'leader', personId, today) || holds(circle, 'facilitator', personId, today);
}

/** Whether a meeting of a circle awaits its members: not closed, and begun or scheduled from today on. */
export function meetingAwaits(meeting: Meeting, now: Instant): boolean {
  if (meeting.status === 'closed') return false;
  return meeting.status !== 'planned' || dayOf(meeting.scheduledFor) >= dayOf(now);
}

/** A meeting is under way once its circle consented to its agenda, until it closes. */
export function meetingUnderWay(meeting: Meeting): boolean {
  return meeting.status === 'in-progress';
}

/** A meeting as it awaits a member: under way since its agenda was consented, else due at its scheduled start. */
function meetingAsks(meeting: Meeting, now: Instant): Pick<AwaitedStep, 'asks' | 'due' | 'overdue'> {
  if (meetingUnderWay(meeting)) return { asks: 'meeting-under-way', due: meeting.agendaConsentedAt ?? meeting.scheduledFor, overdue: true };
  return { asks: 'meeting', due: meeting.scheduledFor, overdue: !isBefore(now, meeting.scheduledFor) };
}

/** A date's deadline is the end of that day, so a review due today sorts after a round closing this morning. */
const dueInstant = (due: string) => (due.length === 10 ? `${due}T23:59:59.999Z` : due);
const asksOrder: readonly AwaitedStep['asks'][] = AwaitedStep.shape.asks.options;

/** Most urgent first: what is overdue (the oldest first), then what has a date (the soonest first), then the rest. */
export function byUrgency(a: AwaitedStep, b: AwaitedStep): number {
  const rank = (step: AwaitedStep) => (step.overdue ? 0 : step.due === null ? 2 : 1);
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  if (a.due !== null && b.due !== null && a.due !== b.due) return dueInstant(a.due).localeCompare(dueInstant(b.due));
  return asksOrder.indexOf(a.asks) - asksOrder.indexOf(b.asks) || a.title.localeCompare(b.title) || a.id.localeCompare(b.id);
}

/**
 * What awaits a person, most urgent first: their answers, nominations, the candidate's
 * answer and integration kept in their inbox (while they are still members of the
 * circle asking), the reviews they hold and the meetings of their circles.
 */
export function whatAwaits(personId: PersonId, sources: AwaitingSources, now: Instant): AwaitedStep[] {
  const today = dayOf(now);
  const mine = new Map(sources.circles.filter((circle) => worksIn(circle, personId)).map((circle) => [circle.circleId, circle]));
  const myCircles = new Set(mine.keys());
  const records = sources.entries
    .filter((entry) => stillAwaits(entry, myCircles))
    .map(({ awaits, deadline, ...entry }) => ({
      ...entry,
      asks: awaits,
      due: deadline,
      overdue: deadline !== null && isBefore(deadline, now),
    }));
  const reviews = sources.reviews.flatMap((review): AwaitedStep[] => {
    const circle = mine.get(review.circleId);
    if (!circle || !reviewAwaits(review, circle, personId, today)) return [];
    const asks = review.kind === 'decision' ? ('decision-review' as const) : ('term-review' as const);
    const fields = {
      kind: 'review',
      id: review.subjectId,
      circleId: circle.circleId,
      askedIn: circle.circleId,
      circleName: circle.name,
      title: review.title,
      ...(review.said ? { said: review.said } : {}),
    } as const;
    return [{ ...fields, asks, due: review.reviewDate, overdue: review.status === 'overdue' }];
  });
  const meetings = sources.meetings.flatMap((meeting) => {
    const circle = mine.get(meeting.circleId);
    if (!circle || !meetingAwaits(meeting, now)) return [];
    const fields = {
      kind: 'meeting',
      id: meeting.meetingId,
      circleId: circle.circleId,
      askedIn: circle.circleId,
      circleName: circle.name,
    } as const;
    return [{ ...fields, title: dayOf(meeting.scheduledFor), ...meetingAsks(meeting, now) }];
  });
  const awaited: AwaitedStep[] = [...records, ...reviews, ...meetings];
  return awaited.sort(byUrgency);
}
