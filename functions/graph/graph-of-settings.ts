import type { Directory } from '../application/ports/directory';
import type { Settings } from '../composition/config';
import type { GraphAppSettings } from './entra-tokens';
import { entraTokens } from './entra-tokens';
import type { GraphActivityFeed } from './graph-activity-feed';
import { graphActivityFeed } from './graph-activity-feed';
import { graphDirectory } from './graph-directory';
import type { GraphHttpDeps } from './graph-http';

/** The app's Graph registration, when the settings give it a client id and a secret; null otherwise. */
function graphAppOf(settings: Settings): GraphAppSettings | null {
  if (!settings.ENTRA_CLIENT_ID || !settings.GRAPH_CLIENT_SECRET) return null;
  return {
    authorityHost: settings.ENTRA_AUTHORITY_HOST,
    graphBaseUrl: settings.GRAPH_BASE_URL,
    clientId: settings.ENTRA_CLIENT_ID,
    clientSecret: settings.GRAPH_CLIENT_SECRET,
  };
}

/**
 * The directory the people picker searches, or null without Graph. Signed in through
 * Teams, it searches with the caller's own rights (on-behalf-of); in dev mode, where
 * nobody signs in, as the app itself, so the local stack can search a fake.
 */
export function directoryOf(settings: Settings, deps: GraphHttpDeps = {}): Directory | null {
  const app = graphAppOf(settings);
  if (!app) return null;
  const mode = settings.AUTH_MODE === 'dev' ? 'app-only' : 'on-behalf-of';
  return graphDirectory({ graphBaseUrl: app.graphBaseUrl, mode }, entraTokens(app, deps), deps);
}

/** Teams' activity feed, or null without Graph. */
export function activityFeedOf(settings: Settings, deps: GraphHttpDeps = {}): GraphActivityFeed | null {
  const app = graphAppOf(settings);
  return app ? graphActivityFeed({ graphBaseUrl: app.graphBaseUrl }, entraTokens(app, deps), deps) : null;
}
