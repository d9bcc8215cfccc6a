import { app, authentication } from '@microsoft/teams-js';

export type Theme = 'default' | 'dark' | 'contrast';

/**
 * Where the tab is open: a person's own tab, a team channel or a group chat (bound to
 * the circle of that conversation), or a meeting's side panel (the meeting chat's circle).
 */
export type Place =
  | { readonly kind: 'personal' }
  | { readonly kind: 'channel'; readonly teamId: string; readonly channelId: string }
  | { readonly kind: 'chat'; readonly chatId: string; readonly meeting: boolean };

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
  const teamId = context.team?.internalId;
  const place: Place =
    context.channel?.id && teamId
      ? { kind: 'channel', teamId, channelId: context.channel.id }
      : context.chat?.id
        ? { kind: 'chat', chatId: context.chat.id, meeting: context.meeting?.id !== undefined }
        : { kind: 'personal' };
  return {
    inTeams: true,
    place,
    theme: themeOf(context.app.theme),
    personId: context.user?.id ?? null,
    opening: context.page.subPageId ?? null,
    headers: async () => ({ authorization: `Bearer ${await authentication.getAuthToken()}` }),
    onThemeChange: (handler) => app.registerOnThemeChangeHandler((name) => handler(themeOf(name))),
    ready: () => app.notifySuccess(),
  };
}

function devSession(devPerson: () => string): Session {
  const requested = new URLSearchParams(window.location.search).get('theme') ?? undefined;
  // The address can play a Teams place: ?chat=<id>[&meeting] or ?team=<id>&channel=<id>.
  const query = new URLSearchParams(window.location.search);
  const chat = query.get('chat');
  const team = query.get('team');
  const channel = query.get('channel');
  const place: Place = chat ? { kind: 'chat', chatId: chat, meeting: query.has('meeting') } : team && channel ? { kind: 'channel', teamId: team, channelId: channel } : { kind: 'personal' };
  return {
    inTeams: false,
    place,
    theme: themeOf(requested),
    personId: devPerson(),
    opening: query.get('open'),
    headers: async () => ({ 'x-dev-person': devPerson() }),
    onThemeChange: () => undefined,
    ready: () => undefined,
  };
}
