import { inboxGuide } from '../../shared';
import { readInbox } from '../application/read-inbox';
import type { Services } from '../composition/services';
import type { Route } from './route';
import { authenticated } from './route';
import { json } from './responses';

/** GET /api/me/awaiting: what awaits the caller, read from their inbox kept beside the records. */
export function meAwaiting(services: () => Promise<Services>): Route {
  return {
    name: 'me-awaiting',
    contract: { summary: 'What awaits the caller: consent rounds to answer and nominations to make, each with its circle, title, deadline and a sentence saying what is asked.' },
    methods: ['GET'],
    route: 'me/awaiting',
    handler: authenticated(services, async (_request, { identity }, ready) => {
      const entries = await readInbox(ready, identity.tenantId, identity.personId);
      return json({ awaiting: entries.map((entry) => ({ ...entry, guide: inboxGuide(entry) })) });
    }),
  };
}
