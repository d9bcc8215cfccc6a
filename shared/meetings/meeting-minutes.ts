import type { CalendarDate } from '../kernel/ids';
import { dayOf } from '../kernel/time';
import type { Meeting, NextMeeting } from './meeting';

/** The minutes of one item: what the secretary noted, and the decisions taken during it by title. */
export interface ItemMinutes {
  readonly itemId: string;
  readonly title: string;
  readonly notes: string;
  readonly decisions: readonly { readonly id: string; readonly title: string }[];
}

/** A closed meeting's minutes as the circle reads them in its chat and the logbook keeps them. */
export interface MeetingMinutes {
  readonly meetingId: string;
  readonly circleId: string;
  readonly heldOn: CalendarDate;
  readonly items: readonly ItemMinutes[];
  /** The closing evaluation: how many rated the meeting, and their average rating (none without ratings). */
  readonly evaluation: { readonly count: number; readonly average: number | null };
  readonly nextMeeting: NextMeeting | null;
}

/** The average of the closing evaluation's ratings, to one decimal; none when no one rated. */
export function evaluationAverage(meeting: Meeting): { count: number; average: number | null } {
  const ratings = Object.values(meeting.evaluations).map((evaluation) => evaluation.rating);
  if (ratings.length === 0) return { count: 0, average: null };
  return { count: ratings.length, average: Math.round((ratings.reduce((sum, rating) => sum + rating, 0) / ratings.length) * 10) / 10 };
}

/**
 * A closed meeting's minutes, item by item in agenda order. A decision is named by
 * the title of the agenda item about it (the proposal's or selection's own title
 * when the agenda was proposed from what is due), else by its id.
 */
export function minutesOf(meeting: Meeting): MeetingMinutes | null {
  if (meeting.status !== 'closed' || meeting.closedAt === null) return null;
  const titleOf = (id: string) => meeting.agenda.find((item) => item.subjectId === id)?.title ?? id;
  const items = meeting.agenda.map((item) => {
    const minute = Object.hasOwn(meeting.minutes, item.itemId) ? meeting.minutes[item.itemId] : undefined;
    const decisions = (minute?.decisionIds ?? []).map((id) => ({ id, title: titleOf(id) }));
    return { itemId: item.itemId, title: item.title, notes: minute?.notes ?? '', decisions };
  });
  return {
    meetingId: meeting.meetingId,
    circleId: meeting.circleId,
    heldOn: dayOf(meeting.closedAt),
    items,
    evaluation: evaluationAverage(meeting),
    nextMeeting: meeting.nextMeeting,
  };
}
