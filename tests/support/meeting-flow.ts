import type { AgendaItem, Circle, MeetingState } from '../../shared';
import { meetingDecider } from '../../shared';
import { step } from './apply';
import { daysFromNow } from './clock';
import { as } from './people';

export const meetingId = 'northside-2026-11-28';
/** The meeting is held a week after the fixed now. */
export const meetingDay = daysFromNow(7);

/** What Northside's secretary puts on the agenda for its next meeting. */
export const northsideAgenda: AgendaItem[] = [
  { itemId: 'families', type: 'report', title: 'How the two new families are settling in', timeboxMinutes: 10, subjectId: null },
  { itemId: 'weekend-rota', type: 'proposal', title: 'Rotate weekend shifts monthly', timeboxMinutes: 20, subjectId: 'weekend-rota' },
  { itemId: 'delegate', type: 'selection', title: 'Select: delegate', timeboxMinutes: 25, subjectId: 'northside-delegate-2027' },
];

export type MeetingStatus = 'planned' | 'check-in' | 'in-progress' | 'closed';

/**
 * Northside's meeting taken through the real decider up to `status`: planned by Dev
 * (the secretary), led by Hana (the facilitator) through check-in and consent to the agenda.
 */
export function meetingAt(circle: Circle, status: MeetingStatus, agenda: readonly AgendaItem[] = northsideAgenda): MeetingState {
  let state: MeetingState = { circle, meeting: null };
  state = step(meetingDecider, state, { type: 'plan-meeting', meetingId, scheduledFor: meetingDay, agenda }, as('dev'));
  if (status === 'planned') return state;
  state = step(meetingDecider, state, { type: 'open-check-in', meetingId }, as('hana'), meetingDay);
  if (status === 'check-in') return state;
  state = step(meetingDecider, state, { type: 'consent-to-agenda', meetingId }, as('hana'), meetingDay);
  if (status === 'in-progress') return state;
  return step(meetingDecider, state, { type: 'close-meeting', meetingId }, as('hana'), meetingDay);
}

/** The meeting of a state, failing the test when there is none. */
export function meetingOf(state: MeetingState) {
  if (!state.meeting) throw new Error('no meeting in this state');
  return state.meeting;
}
