import { z } from 'zod';
import type { DirectoryEntry } from '../../shared';
import { peopleFoundAtMost } from '../../shared';
import type { Directory, DirectoryCaller, DirectorySearch } from '../application/ports/directory';
import type { EntraTokens, TokenOutcome } from './entra-tokens';
import type { GraphHttpDeps } from './graph-http';
import { graphExchange, trimmed } from './graph-http';

/** The delegated permission the people picker needs: a user's basic profile, which every member may read. */
export const directoryScope = 'https://graph.microsoft.com/User.ReadBasic.All';

export interface GraphDirectorySettings {
  readonly graphBaseUrl: string;
  /**
   * `on-behalf-of`: with the caller's own rights, for their Teams SSO token (production);
   * `app-only`: as the app itself (dev mode, where no one signs in through Teams).
   */
  readonly mode: 'on-behalf-of' | 'app-only';
}

const GraphUser = z.object({
  id: z.string().min(1),
  displayName: z.string().nullish(),
  mail: z.string().nullish(),
  userPrincipalName: z.string().nullish(),
  userType: z.string().nullish(),
});
const UserPage = z.object({ value: z.array(GraphUser) });

/**
 * One term of Graph's `$search`, inside its double quotes: a backslash and a double
 * quote of the person's text are escaped with a backslash, so what they type is
 * looked for as it is and never closes the term.
 */
export function searchTerm(property: 'displayName' | 'mail', text: string): string {
  return `"${property}:${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** The `$search` of a people search: names, then mail addresses, beginning with the text. */
export function peopleSearch(text: string): string {
  return `${searchTerm('displayName', text)} OR ${searchTerm('mail', text)}`;
}

function entryOf(user: z.infer<typeof GraphUser>): DirectoryEntry {
  return {
    personId: user.id,
    displayName: user.displayName || user.mail || user.userPrincipalName || user.id,
    email: user.mail || null,
    guest: user.userType === 'Guest',
  };
}

/**
 * The tenant's directory through Microsoft Graph `GET /users` with `$search`. What
 * keeps it from answering (a wrong secret, Graph down) is reported with its cause,
 * one line, while the person reads only that the directory cannot be reached.
 */
export function graphDirectory(
  settings: GraphDirectorySettings,
  tokens: EntraTokens,
  deps: GraphHttpDeps & { readonly report?: (tenantId: string, cause: string) => void } = {},
): Directory {
  const exchange = graphExchange(deps);
  const report = deps.report ?? ((tenantId, cause) => console.warn(`Directory of ${tenantId} not searched: ${cause}`));
  const refused = (tenantId: string, outcome: Extract<TokenOutcome, { ok: false }>): DirectorySearch => {
    if (outcome.consentRequired) return { outcome: 'consent-required', reason: 'directoryConsentRequired' };
    report(tenantId, `Entra ID refused a token: ${outcome.code}: ${outcome.message}`);
    return { outcome: 'unavailable', reason: 'directoryNoAnswer' };
  };

  const tokenFor = (caller: DirectoryCaller): Promise<TokenOutcome> | null => {
    if (settings.mode === 'app-only') return tokens.app(caller.tenantId);
    return caller.ssoToken === null ? null : tokens.onBehalfOf(caller.tenantId, caller.personId, caller.ssoToken, directoryScope);
  };
  const forget = (caller: DirectoryCaller) =>
    settings.mode === 'app-only' ? tokens.forget(caller.tenantId) : tokens.forget(caller.tenantId, caller.personId, directoryScope);

  return {
    async search(caller, text) {
      const query = new URLSearchParams({
        $search: peopleSearch(text),
        $select: 'id,displayName,mail,userPrincipalName,userType',
        $top: String(peopleFoundAtMost),
      });
      // A token Graph refuses (revoked, expired early) is forgotten and asked for once more.
      for (let renewed = false; ; renewed = true) {
        const asked = tokenFor(caller);
        if (asked === null) return { outcome: 'unavailable', reason: 'directorySignInNeeded' };
        const granted = await asked;
        if (!granted.ok) return refused(caller.tenantId, granted);
        const answered = await exchange({
          method: 'GET',
          url: `${trimmed(settings.graphBaseUrl)}/v1.0/users?${query.toString()}`,
          // Graph searches directory objects only as an advanced query, which must say it takes eventual consistency.
          headers: { authorization: `Bearer ${granted.token}`, accept: 'application/json', consistencylevel: 'eventual' },
        });
        if (!answered.ok) {
          report(caller.tenantId, answered.message);
          return { outcome: 'unavailable', reason: 'directoryNoAnswer' };
        }
        const { status, body } = answered.reply;
        if (status === 401 && !renewed) {
          forget(caller);
          continue;
        }
        if (status === 403) return { outcome: 'consent-required', reason: 'directoryPermissionMissing' };
        if (status !== 200) {
          report(caller.tenantId, `Graph answered ${status}: ${JSON.stringify(body)}`);
          return { outcome: 'unavailable', reason: 'directoryNoAnswer' };
        }
        const page = UserPage.safeParse(body);
        if (!page.success) {
          report(caller.tenantId, `Graph's list of users is not as documented: ${page.error.message}`);
          return { outcome: 'unavailable', reason: 'directoryUnreadable' };
        }
        return { outcome: 'searched', people: page.data.value.map(entryOf) };
      }
    },
  };
}
