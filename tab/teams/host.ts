import { app, authentication, meeting } from '@microsoft/teams-js';
import { devPlaceOf, placeOf, type Place } from './place';
import { outsideTeams, shareStage, type StageShared } from './stage';

export type Theme = 'default' | 'dark' | 'contrast';

export type { MeetingFrame, Place } from './place';
export type { StageShared } from './stage';

/** Who uses the tab and how its API calls say so: a Teams SSO token, or the dev host's demo identity. */
export interface Session {
  readonly inTeams: boolean;
  readonly place: Place;
  readonly theme: Theme;
  readonly personId: string | null;
  /** What a link asked the tab to open (a deep link's sub-page, or `?open=`). */
  readonly opening: string | null;
  /** The headers that name the caller on every API call. */
  headers(): Promise<Record<string, string>>;
  /** Teams' own theme changes; outside Teams nothing calls back. */
  onThemeChange(handler: (theme: Theme) => void): void;
  /** Tells Teams the first view is usable (hides its loading indicator). */
  ready(): void;
  /** Shares the tab's stage view with everyone in the meeting; a refusal in words, never an exception. */
  shareStage(): Promise<StageShared>;
}

const themeOf = (name: string | undefined): Theme => (name === 'dark' ? 'dark' : name === 'contrast' ? 'contrast' : 'default');

/** How long to wait for a Teams host before running as a plain web page. */
const hostTimeoutMs = 3000;

/**
 * Opened inside Teams (an iframe the host answers), the tab initialises teams-js,
 * follows the host's theme and calls the API with the user's SSO token. In a plain
 * browser against the local stack it runs in dev mode: the person is chosen in the
 * page and sent as the dev host's `x-dev-person` header.
 */
export async function startSession(devPerson: () => string): Promise<Session> {
  if (window.parent === window) return devSession(devPerson);
  try {
    await Promise.race([app.initialize(), new Promise((_, reject) => setTimeout(() => reject(new Error('no Teams host')), hostTimeoutMs))]);
  } catch {
    return devSession(devPerson);
  }
  const context = await app.getContext();
  return {
    inTeams: true,
    place: placeOf(context),
    theme: themeOf(context.app.theme),
    personId: context.user?.id ?? null,
    opening: context.page.subPageId ?? null,
    headers: async () => ({ authorization: `Bearer ${await authentication.getAuthToken()}` }),
    onThemeChange: (handler) => app.registerOnThemeChangeHandler((name) => handler(themeOf(name))),
    ready: () => app.notifySuccess(),
    shareStage: () => shareStage(meeting.shareAppContentToStage, stageUrl()),
  };
}

function devSession(devPerson: () => string): Session {
  const requested = new URLSearchParams(window.location.search).get('theme') ?? undefined;
  const query = new URLSearchParams(window.location.search);
  return {
    inTeams: false,
    place: devPlaceOf(query),
    theme: themeOf(requested),
    personId: devPerson(),
    opening: query.get('open'),
    headers: async () => ({ 'x-dev-person': devPerson() }),
    onThemeChange: () => undefined,
    ready: () => undefined,
    shareStage: async () => outsideTeams,
  };
}

/**
 * The tab's own address without its query: Teams opens it in the meeting's stage frame,
 * where the context (`meetingStage`, the meeting's chat) leads to the circle's meeting.
 * Its origin is the manifest's `validDomains` entry, as sharing requires.
 */
function stageUrl(): string {
  return new URL(window.location.pathname, window.location.origin).toString();
}
