import { MeetingCommand, MeetingView, findCircle, meetingView, readMeeting } from '../../shared';
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
    // Everything but `now` is the same for an unchanged meeting, so a client can tell a change from the clock moving on.
    details: (stored, structure, actor, now) => {
      const circle = findCircle(structure, stored.circleId);
      return circle ? meetingView({ circle, meeting: stored }, actor, now) : {};
    },
    getResponse: MeetingView,
    summaries: {
      list: 'The circle’s meetings (members only), the latest scheduled first, a page at a time (`after` = the `next` of the page before).',
      get: [
        'A meeting as its run is rendered (members only): the meeting (agenda, those present in their speaking order, the round going around,',
        'each item’s clock as moments, check-ins, minutes, evaluations, the next meeting proposed on close), `turn` (whose turn it is, or null),',
        '`steps` (what the caller may do now) and `now: { serverNow, clocks }` (the server’s time and each item’s clock at it;',
        'all else is the same for an unchanged meeting).',
      ].join(' '),
      steps: [
        'One step of a meeting (plan-meeting, add-agenda-item, join-meeting, mark-present, mark-absent, set-speaking-order, pass-turn,',
        'open-check-in, check-in, consent-to-agenda, start-item, start-round, pause-clock, resume-clock, record-minutes, open-evaluation,',
        'evaluate-meeting, close-meeting); `meetingId` is taken from the path. Send `Operation-Id` to make retries apply once.',
      ].join(' '),
    },
  });
}
