import { z } from 'zod';
import type { Circle, Structure } from '../circles/circle';
import { activeCircles } from '../circles/circle';
import type { Proposal } from '../consent/proposal';
import { CalendarDate, CircleId, Id } from '../kernel/ids';
import { addDays } from '../kernel/time';
import { isStandardRole } from '../roles/roles';
import type { core } from '../texts/core';
import { type Said, SaidOf } from '../texts/said';

export const ReviewStatus = z.enum(['upcoming', 'due', 'overdue']);
export type ReviewStatus = z.infer<typeof ReviewStatus>;

/** Something that comes back on its review date: an adopted decision, or a role term's end. */
export const Review = z.object({
  kind: z.enum(['decision', 'role-term']),
  subjectId: Id,
  circleId: CircleId,
  /** A decision's own title; a role term's review is titled by `said`, and only rows kept before keep an English title here. */
  title: z.string(),
  /** A role term's review title in words of the `core` catalogue (`core.termReviewTitle`), read in each reader's language. */
  said: SaidOf('termReviewTitle').optional(),
  reviewDate: CalendarDate,
  status: ReviewStatus,
});
export type Review = z.infer<typeof Review>;

/** How many days before its date a circle's review is due: its first reminder (default 14). */
export const noticeDaysOf = (circle: Circle): number => Math.max(...circle.policy.reminderOffsetsDays);

/**
 * A review is due from the circle's first reminder (default 14 days before) until
 * its date, and overdue after it: nothing is forever.
 */
export function reviewStatus(reviewDate: CalendarDate, today: CalendarDate, circle: Circle): ReviewStatus {
  return statusWithNotice(reviewDate, today, noticeDaysOf(circle));
}

function statusWithNotice(reviewDate: CalendarDate, today: CalendarDate, noticeDays: number): ReviewStatus {
  if (reviewDate < today) return 'overdue';
  return addDays(reviewDate, -noticeDays) <= today ? 'due' : 'upcoming';
}

/**
 * A review still to be held as it can be kept beside the records: its status
 * follows the calendar, so it carries its circle's notice and is worked out when read.
 */
export type ReviewRow = Omit<Review, 'status'> & { readonly noticeDays: number };

/** The review as it stands on `today`. */
export function reviewOfRow({ noticeDays, ...review }: ReviewRow, today: CalendarDate): Review {
  return { ...review, status: statusWithNotice(review.reviewDate, today, noticeDays) };
}

/**
 * A role as a message names it: a standard role by its id, whose name each catalogue
 * has (`{role, select, leader {…} … other {{name}}}`); a custom role as `other`, by the
 * name its circle gave it (a retired one by its id).
 */
export function roleWords(circle: Circle, roleId: string): { readonly role: string; readonly name: string } {
  if (isStandardRole(roleId)) return { role: roleId, name: roleId };
  return { role: 'other', name: circle.customRoles.find((role) => role.roleId === roleId)?.name ?? roleId };
}

/** A role term's review, as each reader reads it: "Facilitator term of Ann" (`core.termReviewTitle`). */
export function termReviewTitle(circle: Circle, roleId: string, holder: string): Said<'termReviewTitle'> {
  return { key: 'termReviewTitle', values: { ...roleWords(circle, roleId), holder } };
}

/** A review's title in a reader's words: a role term's is worded by the core (`said`), a decision's is its own. */
export function reviewTitleIn(review: Pick<Review, 'title' | 'said'>, say: (said: Said<keyof typeof core>) => string): string {
  return review.said ? say(review.said) : review.title;
}

/**
 * Every review still to be held. A review is held by a new adopted decision that
 * names it (continue, amend or end); a role term's review is also settled when a
 * later term of the same role follows it.
 */
export function openReviews(structure: Structure, proposals: readonly Proposal[], today: CalendarDate): Review[] {
  return reviewRows(structure, proposals).map((row) => reviewOfRow(row, today));
}

/** Every review still to be held (`openReviews`), by review date, its status left to the day it is read. */
export function reviewRows(structure: Structure, proposals: readonly Proposal[]): ReviewRow[] {
  const adopted = proposals.filter((p) => p.status === 'adopted');
  // A decision's review is held by the circle that made it: a decision elsewhere naming it holds nothing.
  const decisionKey = (circleId: CircleId, proposalId: Id) => JSON.stringify([circleId, proposalId]);
  const heldDecisions = new Set(
    adopted.flatMap((p) => (p.reviewOf?.kind === 'decision' ? [decisionKey(p.circleId, p.reviewOf.proposalId)] : [])),
  );
  // Assignment ids are unique within a circle only, so a term is named by its circle too.
  const termKey = (circleId: CircleId, assignmentId: Id) => JSON.stringify([circleId, assignmentId]);
  const heldTerms = new Set(
    adopted.flatMap((p) => (p.reviewOf?.kind === 'role-term' ? [termKey(p.reviewOf.circleId, p.reviewOf.assignmentId)] : [])),
  );
  const circles = new Map(activeCircles(structure).map((circle) => [circle.circleId, circle]));

  const decisions = adopted.flatMap((p): ReviewRow[] => {
    const circle = circles.get(p.circleId);
    if (!circle || heldDecisions.has(decisionKey(p.circleId, p.proposalId))) return [];
    return [
      {
        kind: 'decision',
        subjectId: p.proposalId,
        circleId: p.circleId,
        title: p.title,
        reviewDate: p.reviewDate,
        noticeDays: noticeDaysOf(circle),
      },
    ];
  });
  const terms = [...circles.values()].flatMap((circle) =>
    termReviews(circle, noticeDaysOf(circle)).filter((row) => !heldTerms.has(termKey(circle.circleId, row.subjectId))),
  );
  return [...decisions, ...terms].sort((a, b) => a.reviewDate.localeCompare(b.reviewDate));
}

/**
 * The reviews of a circle's role terms, held or not: each term still of a role the
 * circle has, unless a later term of the same role follows it.
 */
export function termReviews(circle: Circle, noticeDays: number): ReviewRow[] {
  return (
    circle.assignments
      // A retired role has nothing left to review.
      .filter((a) => isStandardRole(a.roleId) || circle.customRoles.some((role) => role.roleId === a.roleId))
      .filter((a) => !circle.assignments.some((later) => later.roleId === a.roleId && later.termStart > a.termStart))
      .map((a): ReviewRow => {
        const holder = circle.members.find((m) => m.personId === a.personId)?.displayName ?? a.personId;
        return {
          kind: 'role-term',
          subjectId: a.assignmentId,
          circleId: circle.circleId,
          title: '',
          said: termReviewTitle(circle, a.roleId, holder),
          reviewDate: a.termEnd,
          noticeDays,
        };
      })
  );
}

export function dueReviews(reviews: readonly Review[]): Review[] {
  return reviews.filter((review) => review.status !== 'upcoming');
}

export function overdueReviews(reviews: readonly Review[]): Review[] {
  return reviews.filter((review) => review.status === 'overdue');
}
