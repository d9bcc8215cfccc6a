import type { AgendaItemType, Meeting } from '../../shared';
import type { KeyOf } from '../../texts/index';

/** A meeting's stage, as the circle lives it. */
export const meetingStatusKey: Record<Meeting['status'], KeyOf<'meetings'>> = {
  planned: 'statusPlanned',
  'check-in': 'statusCheckIn',
  'in-progress': 'statusInProgress',
  closed: 'statusClosed',
};

/** What kind of item each is, as the agenda shows it. */
export const itemTypeKey: Record<AgendaItemType, KeyOf<'meetings'>> = {
  report: 'itemReport',
  exploration: 'itemExploration',
  proposal: 'itemProposal',
  selection: 'itemSelection',
  review: 'itemReview',
};
