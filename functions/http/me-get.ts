import { awaitedGuide, awaitedTitle, dayOf, listedCircle } from '../../shared';
import { readInbox } from '../application/read-inbox';
import type { Services } from '../composition/services';
import type { Route } from './route';
import { authenticated } from './route';
import { json, textsOf } from './responses';
import { withRoleNames } from './role-names';

/** GET /api/me: the caller's circles and everything awaiting them, in one request, without reading the organisation's. */
export function meGet(services: () => Promise<Services>): Route {
  return {
    name: 'me',
    contract: {
      summary:
        'The caller’s active circles (`circles`, each with its roles and who holds each today, as GET /api/circles lists them) and everything awaiting them ' +
        '(`awaiting`, most urgent first: answers, nominations, the candidate’s answer, integration, reviews they hold, meetings), each with a sentence saying ' +
        'what is asked (`guide`); `linked` holds the circles an awaited step is listed under that are not the caller’s own.',
    },
    methods: ['GET'],
    route: 'me',
    handler: authenticated(services, async (request, { identity }, ready) => {
      const now = ready.now();
      const today = dayOf(now);
      const inbox = await readInbox(ready, identity.tenantId, identity.personId, now);
      const texts = textsOf(request);
      const listed = (circles: typeof inbox.circles) => circles.map((circle) => withRoleNames(texts, listedCircle(circle, today)));
      // The guide and the titles the core words (a meeting's, a selection's, a term review's) are said in the caller's language here,
      // so the tab reads sentences as it always has.
      const titleOf = (step: (typeof inbox.awaiting)[number]) => {
        const said = awaitedTitle(step);
        return said ? texts.say('core', said) : step.title;
      };
      const awaiting = inbox.awaiting.map((step) => ({ ...step, title: titleOf(step), guide: texts.say('core', awaitedGuide(step)) }));
      return json({ circles: listed(inbox.circles), awaiting, linked: listed(inbox.linked) });
    }),
  };
}
