import type { ApiClient } from './client';

/** A person the picker offers: found in the tenant's directory, or already known to the app. */
export interface FoundPerson {
  readonly personId: string;
  readonly displayName: string;
  readonly email: string | null;
  readonly guest: boolean;
  readonly source: 'directory' | 'known';
}

/** Whether the directory was searched; when not, only people the app has met are found. */
export type DirectorySearch = 'searched' | 'not-configured' | 'consent-required';

/** GET /api/people?query=: anyone in the tenant whose name or address begins with the text, and anyone the app has met. */
export const searchPeople = (api: ApiClient, query: string) =>
  api.get<{ people: FoundPerson[]; directory: DirectorySearch }>(`people?${new URLSearchParams({ query })}`);

/** A person in the conversation bound to a circle, and whether they are a member of it already. */
export interface RosterPerson {
  readonly personId: string;
  readonly displayName: string;
  readonly guest: boolean;
  readonly member: boolean;
}

export interface Roster {
  /** The bound conversation and when its roster was read; null when no conversation is bound. */
  readonly conversation: { readonly kind: string; readonly readAt: string } | null;
  readonly people: readonly RosterPerson[];
}

/** GET /api/circles/{circleId}/roster: the people of the circle's conversation, as the Bot Connector lists them. */
export const rosterOf = (api: ApiClient, circleId: string) => api.get<Roster>(`circles/${encodeURIComponent(circleId)}/roster`);
