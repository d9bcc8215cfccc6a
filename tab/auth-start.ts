import { app, authentication } from '@microsoft/teams-js';
import { signInStateKey } from './teams/sign-in';

const base64url = (bytes: Uint8Array): string =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

/**
 * The sign-in window Teams opens when SSO needs the person's consent (`teams/sign-in.ts`):
 * Entra ID cannot show its consent prompt inside Teams' frame, so this page sends the
 * window to Entra's authorize endpoint asking the tab's own scope (`access_as_user` of
 * the manifest's `webApplicationInfo.resource`, this domain). Consent is what counts: the
 * code that comes back is never redeemed (the tab keeps using getAuthToken), but it is
 * asked with PKCE because Entra requires it of a single-page app's redirect.
 */
async function start(): Promise<void> {
  await app.initialize();
  const context = await app.getContext();
  const { clientId } = (await (await fetch('/api/sign-in')).json()) as { clientId: string | null };
  if (!clientId) return authentication.notifyFailure('sign-in-not-configured');
  const state = crypto.randomUUID();
  window.sessionStorage.setItem(signInStateKey, state);
  const challenge = base64url(
    new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(base64url(crypto.getRandomValues(new Uint8Array(32)))))),
  );
  const authorize = new URL(
    `https://login.microsoftonline.com/${encodeURIComponent(context.user?.tenant?.id ?? 'organizations')}/oauth2/v2.0/authorize`,
  );
  const query: Record<string, string> = {
    client_id: clientId,
    response_type: 'code',
    response_mode: 'fragment',
    scope: `openid profile api://${window.location.host}/${clientId}/access_as_user`,
    redirect_uri: new URL('auth-end.html', window.location.href).href,
    state,
    code_challenge: challenge,
    code_challenge_method: 'S256',
    ...(context.user?.loginHint ? { login_hint: context.user.loginHint } : {}),
  };
  for (const [name, value] of Object.entries(query)) authorize.searchParams.set(name, value);
  window.location.assign(authorize.href);
}

start().catch((error: unknown) => authentication.notifyFailure(error instanceof Error ? error.message : String(error)));
