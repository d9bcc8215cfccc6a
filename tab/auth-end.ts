import { app, authentication } from '@microsoft/teams-js';
import { signInStateKey } from './teams/sign-in';

/**
 * Where Entra ID sends the sign-in window back: tells the tab (through Teams) whether
 * the person consented, with Entra's error code when not. The tab then asks for its
 * SSO token again.
 */
async function end(): Promise<void> {
  await app.initialize();
  const answer = new URLSearchParams(window.location.hash.slice(1));
  const expected = window.sessionStorage.getItem(signInStateKey);
  window.sessionStorage.removeItem(signInStateKey);
  if (answer.get('error')) return authentication.notifyFailure(answer.get('error') ?? 'error');
  // An answer to some other request (or none) is not this person's consent.
  if (!expected || answer.get('state') !== expected) return authentication.notifyFailure('state-mismatch');
  authentication.notifySuccess();
}

void end();
