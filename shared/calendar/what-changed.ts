import type { StructureEvent } from '../circles/structure-events';
import type { Proposal } from '../consent/proposal';
import type { ProposalEvent } from '../consent/proposal-events';
import type { MeetingEvent } from '../meetings/meeting';
import { heldReview } from '../reviews/kept-reviews';
import type { SelectionEvent } from '../selection/selection-events';

type EventType = ProposalEvent['type'] | SelectionEvent['type'] | MeetingEvent['type'];

/** An adoption sets a review date or holds a review; a selection's consent records a term, whose end is one. */
const reviewEvents: readonly EventType[] = ['proposal-adopted', 'role-holder-selected'];
/** Calendars also show meetings: when one is planned, and how long its agenda, once consented to, runs. */
const calendarEvents: readonly EventType[] = [...reviewEvents, 'meeting-planned', 'agenda-consented'];

/** Whether recorded events change what comes back for review (and so the reminders due). */
export function changesReviews(events: readonly { readonly type: string }[]): boolean {
  return events.some((event) => (reviewEvents as readonly string[]).includes(event.type));
}

/** Whether recorded events change what the circles' calendars show. */
export function changesCalendar(events: readonly { readonly type: string }[]): boolean {
  return events.some((event) => (calendarEvents as readonly string[]).includes(event.type));
}

/** The circles whose calendars a step on a proposal may change: its own, and that of a role term whose review it holds. */
export function proposalCircles(proposal: Proposal): string[] {
  const held = heldReview(proposal);
  return [...new Set([proposal.circleId, ...(held ? [held.circleId] : [])])];
}

/** The circles a structure change touched, each named by one of its events; the organisation's settings touch none. */
export function structureCircles(events: readonly StructureEvent[]): string[] {
  return [
    ...new Set(
      events.flatMap((event) => (event.type === 'circle-created' ? [event.circle.circleId] : 'circleId' in event ? [event.circleId] : [])),
    ),
  ];
}
