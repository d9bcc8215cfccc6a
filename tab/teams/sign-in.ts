import { authentication } from '@microsoft/teams-js';

/**
 * Whether Teams gives the tab a token for this person. `consent` when Teams says the
 * person (or their organisation) has not yet allowed the app; other refusals (an
 * expired sign-in, a second factor asked) are also resolved by signing in in a window.
 */
export type SignIn = { readonly ok: true } | SignInRefused;

export interface SignInRefused {
  readonly ok: false;
  readonly need: 'consent' | 'sign-in';
  /** Teams' own reason, shown inside the tab's sentence. */
  readonly reason: string;
  /** Which step refused: the SSO token, or the sign-in window. */
  readonly refusedBy: 'token' | 'window';
}

/** Kept in the sign-in window across its trip to Entra ID, so `auth-end` knows the answer is to its own request. */
export const signInStateKey = 'sociocracy-sign-in-state';

const reasonOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

// Teams' documented getAuthToken failures that a consent window resolves.
const consentReasons = /consent|invalid_grant|interaction_required/i;

/** Asks Teams for an SSO token once, so the first view knows whether its calls can succeed. */
export async function signIn(): Promise<SignIn> {
  try {
    await authentication.getAuthToken();
    return { ok: true };
  } catch (error) {
    const reason = reasonOf(error);
    return { ok: false, need: consentReasons.test(reason) ? 'consent' : 'sign-in', reason, refusedBy: 'token' };
  }
}

/**
 * The documented fallback when SSO needs the person's say: Teams opens the tab's
 * `auth-start.html` in a window (it must be on the tab's own HTTPS domain), which signs
 * in with Microsoft Entra ID asking the app's permissions; `auth-end.html` reports back.
 * Then the SSO token is asked for again. A refusal in the window is its reason, in words.
 */
export async function signInInWindow(): Promise<SignIn> {
  try {
    await authentication.authenticate({ url: new URL('auth-start.html', window.location.href).href, width: 600, height: 535 });
  } catch (error) {
    return { ok: false, need: 'consent', reason: reasonOf(error), refusedBy: 'window' };
  }
  return signIn();
}
