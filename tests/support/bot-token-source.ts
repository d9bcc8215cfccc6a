import type { AuthConfiguration, AuthProvider, Connections } from '@microsoft/agents-hosting';

/**
 * Stands where Entra's token endpoint would be (unreachable offline) for the bot's
 * own outgoing token: the adapter asks its connections for a token provider, and
 * this one hands out a fixed access token and records the scopes asked for. The
 * Agents SDK's MSAL client accepts only an https authority, so the fake sits at the
 * SDK's `Connections` seam rather than behind a URL.
 */
export function fixedTokenConnections(token: string, clientId: string): Connections & { readonly scopes: string[] } {
  const scopes: string[] = [];
  const settings: AuthConfiguration = { clientId };
  const refuse = async (): Promise<string> => {
    throw new Error('This bot asks only for its own token.');
  };
  const provider: AuthProvider = {
    connectionSettings: settings,
    async getAccessToken(authConfigOrScope: AuthConfiguration | string, scope?: string) {
      scopes.push(typeof authConfigOrScope === 'string' ? authConfigOrScope : (scope ?? ''));
      return token;
    },
    getAgenticApplicationToken: refuse,
    getAgenticInstanceToken: refuse,
    getAgenticUserToken: refuse,
    acquireTokenOnBehalfOf: refuse,
  };
  return {
    scopes,
    getConnection: () => provider,
    getDefaultConnection: () => provider,
    getTokenProvider: () => provider,
    getTokenProviderFromActivity: () => provider,
    getDefaultConnectionConfiguration: () => settings,
  };
}
