import type { DirectoryEntry } from '../../../shared';

/** Who searches: the tab's caller, with the SSO token the tab sent when signed in through Teams. */
export interface DirectoryCaller {
  readonly tenantId: string;
  readonly personId: string;
  /** The Teams SSO token, for searching with the caller's own rights (on-behalf-of); null in dev mode. */
  readonly ssoToken: string | null;
}

/** What consent is missing, as the API's catalogue words it for the person (`api` namespace). */
export type ConsentMissing = 'directoryConsentRequired' | 'directoryPermissionMissing';
/** Why the directory could not be searched, as the API's catalogue words it for the person (`api` namespace). */
export type DirectoryFault = 'directorySignInNeeded' | 'directoryNoAnswer' | 'directoryUnreadable';

/** What a directory search came to: the people found, or why none could be looked for. */
export type DirectorySearch =
  | { readonly outcome: 'searched'; readonly people: readonly DirectoryEntry[] }
  /** The caller (or an admin for the organisation) has not yet let the app read the directory for them. */
  | { readonly outcome: 'consent-required'; readonly reason: ConsentMissing }
  /** The directory did not answer, or refused for a reason no one can mend by consenting: retry later. */
  | { readonly outcome: 'unavailable'; readonly reason: DirectoryFault };

/** The organisation's directory of people (Microsoft Entra ID through Microsoft Graph). */
export interface Directory {
  /** People whose name, mail or sign-in name begins with the text, at most 25, in the directory's order. */
  search(caller: DirectoryCaller, text: string): Promise<DirectorySearch>;
}
