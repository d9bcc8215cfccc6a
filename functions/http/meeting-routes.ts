import { z } from 'zod';
import {
  AgendaItem,
  agendaInWords,
  domainError,
  Id,
  MeetingCommand,
  MeetingView,
  findCircle,
  meetingView,
  parse,
  readMeeting,
} from '../../shared';
import { listCircleMeetings } from '../application/list-circle-records';
import { proposedAgendaFor } from '../application/propose-meeting-agenda';
import { meetingKind } from '../application/record-kinds';
import type { Services } from '../composition/services';
import { recordRoutes } from './record-routes';
import type { Route } from './route';
import { authenticated } from './route';
import { json, refused, textsOf } from './responses';

/** GET `…/meetings/{meetingId}/agenda`: the agenda proposed from what is due in the circle now, for the facilitator to put to consent. */
function agendaRoute(services: () => Promise<Services>): Route {
  return {
    name: 'meeting-agenda',
    contract: {
      summary: [
        'The agenda proposed for the meeting from what is due in its circle now, titled in the caller’s language (proposals waiting for the meeting, asynchronous rounds',
        'past their deadline, role selections under way, reviews due), then the items already on its agenda (members only).',
      ].join(' '),
      response: z.object({ agenda: z.array(AgendaItem) }),
    },
    methods: ['GET'],
    route: 'circles/{circleId}/meetings/{meetingId}/agenda',
    handler: authenticated(services, async (request, { identity, actor }, ready) => {
      const circleId = parse(Id, request.params.circleId, 'circleId');
      const meetingId = parse(Id, request.params.meetingId, 'meetingId');
      if (!circleId.ok) return refused(request, circleId.error);
      if (!meetingId.ok) return refused(request, meetingId.error);
      const loaded = await ready.meetings.load(identity.tenantId, meetingId.value);
      const meeting = loaded.record?.value;
      const { structure } = loaded.structure;
      if (!findCircle(structure, circleId.value))
        return refused(request, domainError('not-found', { key: 'noCircle', values: { circleId: circleId.value } }, 'circleId'));
      if (!meeting || meeting.circleId !== circleId.value) {
        return refused(
          request,
          domainError('not-found', { key: 'noRecordInThisCircle', values: { record: 'meeting', id: meetingId.value } }, 'meetingId'),
        );
      }
      const read = readMeeting(meeting, structure, actor);
      if (!read.ok) return refused(request, read.error);
      const texts = textsOf(request);
      const proposed = await proposedAgendaFor(ready, identity.tenantId, structure, meeting, ready.now());
      // Titled in the caller's words: the facilitator consents to the agenda as they read it.
      return json({ agenda: agendaInWords(proposed, (said) => texts.say('core', said)) });
    }),
  };
}

/** A circle's meetings under `circles/{circleId}/meetings`, read by its members only. */
export function meetingRoutes(services: () => Promise<Services>): Route[] {
  const routes = recordRoutes(services, {
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
        '`steps` (what the caller may do now), `leads` (whether the caller leads the meeting: its facilitator, or its planner while that role is vacant)',
        'and `now: { serverNow, clocks }` (the server’s time and each item’s clock at it;',
        'all else is the same for an unchanged meeting).',
      ].join(' '),
      steps: [
        'One step of a meeting (plan-meeting, add-agenda-item, join-meeting, mark-present, mark-absent, set-speaking-order, pass-turn,',
        'open-check-in, check-in, consent-to-agenda, start-item, start-round, pause-clock, resume-clock, record-minutes, open-evaluation,',
        'evaluate-meeting, close-meeting); `meetingId` is taken from the path. Send `Operation-Id` to make retries apply once.',
      ].join(' '),
    },
  });
  return [...routes, agendaRoute(services)];
}
