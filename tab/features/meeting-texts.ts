import type { AgendaItemType, Meeting } from '../../shared';

/** The words of a circle's meetings (its list and a meeting's page), in one place so they can be catalogued for translation. */
export const meetingTexts = {
  listHeading: 'Meetings',
  listLabel: 'The circle’s meetings',
  upcomingHeading: 'Planned and under way',
  pastHeading: 'Held',
  noMeeting: 'No meeting you may read is planned or held in this circle yet.',
  noUpcoming: 'No meeting is planned.',
  noPast: 'No meeting has been held yet.',
  loadingList: 'Loading the meetings…',
  more: 'Show earlier meetings',
  open: 'Open',
  openLabel: (when: string) => `Open the meeting of ${when}`,
  loading: 'Loading the meeting…',
  back: (circle: string) => `← ${circle}`,
  title: (circle: string) => `${circle} meets`,
  /** The meeting's stage, as the circle lives it. */
  status: {
    planned: 'Planned',
    'check-in': 'Check-in round under way',
    'in-progress': 'Under way: the circle is working through the agenda',
    closed: 'Held and closed',
  } satisfies Record<Meeting['status'], string>,
  itemCount: (items: number, minutes: number) =>
    items === 0 ? 'No agenda yet' : `${items} ${items === 1 ? 'item' : 'items'}, ${minutes} min`,
  agendaHeading: 'Agenda',
  agendaLabel: 'Agenda with time boxes',
  noAgenda: 'Nothing is on the agenda yet.',
  agendaConsented: (when: string) => `The circle consented to the agenda on ${when}.`,
  agendaNotConsented: 'The circle has not consented to this agenda yet: it is proposed.',
  timebox: (minutes: number) => `${minutes} min`,
  timeboxLabel: (minutes: number) => `time box ${minutes} minutes`,
  total: (minutes: number) => `In all ${minutes} minutes.`,
  /** What kind of item each is, as the agenda shows it. */
  itemType: {
    report: 'Report',
    exploration: 'Exploration',
    proposal: 'Proposal',
    selection: 'Role selection',
    review: 'Review',
  } satisfies Record<AgendaItemType, string>,
  minutesLabel: (item: string) => `Minutes of ${item}`,
  noMinutes: 'No minutes for this item yet.',
  decisionsLabel: (item: string) => `Decisions taken on ${item}`,
  openDecision: (title: string) => `Open the decision: ${title}`,
  otherMinutesHeading: 'Minutes of items no longer on the agenda',
  checkInHeading: 'Check-in',
  checkInLabel: 'Check-in round',
  noCheckIn: 'No one has checked in yet.',
  checkedInSilently: 'checked in without words',
  evaluationHeading: 'Evaluation',
  evaluationLabel: 'Closing evaluation round',
  noEvaluation: 'No one has evaluated the meeting yet.',
  rating: (rating: number) => `${rating} of 5`,
  averageRating: (average: string, count: number) => `On average ${average} of 5, from ${count} ${count === 1 ? 'person' : 'people'}.`,
  plannedBy: (person: string) => `Planned by ${person}.`,
  closedAt: (when: string) => `Closed on ${when}.`,
  shareStage: 'Share on the meeting stage',
  stageShared: 'Shared: everyone in the meeting sees it on the stage.',
} as const;

const moment = new Intl.DateTimeFormat(undefined, {
  weekday: 'long',
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZoneName: 'short',
});
const shortMoment = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** A moment in the reader's own language and time zone, named: “Friday, 11 December 2026 at 09:00 UTC”. */
export const whenOf = (instant: string): string => moment.format(new Date(instant));

/** A moment for lists: “11 Dec 2026, 09:00”. */
export const dayOf = (instant: string): string => shortMoment.format(new Date(instant));
