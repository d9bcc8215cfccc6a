import { MeetingCommand, readMeeting } from '../../shared';
import { listCircleMeetings } from '../application/list-circle-records';
import { meetingKind } from '../application/record-kinds';
import type { Services } from '../composition/services';
import { recordRoutes } from './record-routes';

/** A circle's meetings under `circles/{circleId}/meetings`, read by its members only. */
export function meetingRoutes(services: () => Promise<Services>) {
  return recordRoutes(services, {
    plural: 'meetings',
    singular: 'meeting',
    idField: 'meetingId',
    commandSchema: MeetingCommand,
    kind: meetingKind,
    store: (ready) => ready.meetings,
    circleOf: (meeting) => meeting.circleId,
    list: listCircleMeetings,
    read: readMeeting,
    summaries: {
      list: 'The circle’s meetings (members only), the latest scheduled first, a page at a time (`after` = the `next` of the page before).',
      get: 'A meeting: agenda, check-ins, minutes, evaluations (members only).',
      steps: 'One step of a meeting (plan-meeting, open-check-in, check-in, consent-to-agenda, record-minutes, evaluate-meeting, close-meeting); `meetingId` is taken from the path.',
    },
  });
}
