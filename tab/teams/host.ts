import { app, authentication, meeting } from '@microsoft/teams-js';
import { localeOf, type Locale } from '../../texts/locales';
import type { Texts } from '../../texts/translate';
import type { Surroundings } from './opened-in';
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
  /** The language the person reads: Teams' own setting, or `?lang=` / the browser's in dev mode. */
  readonly locale: Locale;
  /** What a link asked the tab to open (a deep link's sub-page, or `?open=`). */
  readonly opening: string | null;
  /** The headers that name the caller on every API call. */
  headers(): Promise<Record<string, string>>;
  /** Teams' own theme changes; outside Teams nothing calls back. */
  onThemeChange(handler: (theme: Theme) => void): void;
  /** Tells Teams the first view is usable (hides its loading indicator). */
  ready(): void;
  /** Shares the tab's stage view with everyone in the meeting; a refusal in the reader's words, never an exception. */
  shareStage(texts: Texts): Promise<StageShared>;
}

/** What this page can see of whatever opened it, for `openedIn`. */
export function surroundings(): Surroundings {
  return { framed: window.parent !== window, nativeBridge: 'nativeInterface' in window, hostname: window.location.hostname };
}

const themeOf = (name: string | undefined): Theme => (name === 'dark' ? 'dark' : name === 'contrast' ? 'contrast' : 'default');

/**
 * In Teams (a frame on the web and desktop, the native bridge on a phone): initialises
 * teams-js, however long the host takes (teams-js itself gives up after a minute),
 * follows the host's theme and calls the API with the user's SSO token. Whether the
 * person can get a token yet is `signIn`'s question, asked before the first view.
 */
export async function startTeamsSession(): Promise<Session> {
  await app.initialize();
  const context = await app.getContext();
  return {
    inTeams: true,
    place: placeOf(context),
    theme: themeOf(context.app.theme),
    personId: context.user?.id ?? null,
    locale: localeOf(context.app.locale),
    opening: context.page.subPageId ?? null,
    // The scheme's name, not words: the API reads it.
    headers: async () => ({ authorization: ['Bearer', await authentication.getAuthToken()].join(' ') }),
    onThemeChange: (handler) => app.registerOnThemeChangeHandler((name) => handler(themeOf(name))),
    ready: () => app.notifySuccess(),
    shareStage: (texts) => shareStage(meeting.shareAppContentToStage, stageUrl(), texts),
  };
}

/**
 * In a plain browser against the local stack (see `openedIn`): the person is chosen
 * in the page and sent as the dev host's `x-dev-person` header.
 */
export function startDevSession(devPerson: () => string): Session {
  const requested = new URLSearchParams(window.location.search).get('theme') ?? undefined;
  const query = new URLSearchParams(window.location.search);
  return {
    inTeams: false,
    place: devPlaceOf(query),
    theme: themeOf(requested),
    personId: devPerson(),
    locale: localeOf(query.get('lang') ?? navigator.language),
    opening: query.get('open'),
    headers: async () => ({ 'x-dev-person': devPerson() }),
    onThemeChange: () => undefined,
    ready: () => undefined,
    shareStage: async (texts) => outsideTeams(texts),
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
