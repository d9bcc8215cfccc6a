/** What the page can see of whatever opened it. */
export interface Surroundings {
  /** The page runs in a frame (Teams on the web and on desktop). */
  readonly framed: boolean;
  /** A Teams mobile host injected its bridge (`window.nativeInterface`): no frame there. */
  readonly nativeBridge: boolean;
  readonly hostname: string;
}

// A deployed tab is always served over HTTPS from the app's own domain, so a loopback
// address can only be the local dev stack (`npm start`, the browser tests).
const loopback = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Dev mode only where no Teams host can be talking to the page (no frame, no mobile
 * bridge) and the local stack served it. Everywhere else the tab waits for Teams,
 * however slow, rather than guess: a phone has no parent frame, and a guess of dev
 * mode there would send a dev identity the real API refuses.
 */
export function openedIn(where: Surroundings): 'dev' | 'teams' {
  return !where.framed && !where.nativeBridge && loopback.has(where.hostname) ? 'dev' : 'teams';
}
