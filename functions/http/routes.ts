import { messagesRoute } from '../bot/messages-route';
import type { Services } from '../composition/services';
import { circleGet } from './circle-get';
import { circleRosterGet } from './circle-roster';
import { circlesList } from './circles-list';
import { exportGet } from './export-get';
import { feedRoutes } from './feed-routes';
import { healthGet } from './health-get';
import { historyRoutes } from './history-routes';
import { logbookGet } from './logbook-get';
import { meGet } from './me-get';
import { meetingRoutes } from './meeting-routes';
import { openApiRoute } from './openapi';
import { peopleSearch } from './people-search';
import { proposalGet } from './proposal-get';
import { proposalList } from './proposal-list';
import { proposalSteps } from './proposal-steps';
import { reviewsList } from './reviews-list';
import { selectionRoutes } from './selection-routes';
import { setupRoutes } from './setup-routes';
import { signInGet } from './sign-in-get';
import type { Route } from './route';
import { storyRoutes } from './story-routes';
import { structureCommands } from './structure-commands';
import { tabFiles } from './tab-files';

/** Every HTTP function of the app, in one list for `app.http` and the dev host alike. */
export function routes(services: () => Promise<Services>): Route[] {
  const feeds = feedRoutes(services);
  const api = [
    circlesList(services),
    circleGet(services),
    circleRosterGet(services),
    structureCommands(services),
    proposalList(services),
    proposalGet(services),
    proposalSteps(services),
    ...selectionRoutes(services),
    ...meetingRoutes(services),
    reviewsList(services),
    healthGet(services),
    exportGet(services),
    logbookGet(services),
    meGet(services),
    peopleSearch(services),
    ...historyRoutes(services),
    ...storyRoutes(services),
    ...setupRoutes(services),
    ...feeds.api,
  ];
  // Public, like the description: the sign-in window reads it before anyone has signed in.
  return [...api, openApiRoute(api), signInGet(services), messagesRoute(services), feeds.feed, tabFiles(services)];
}
