import type { Page } from 'playwright-core';

/** How the simulated phone behaves: what Teams answers, and when. */
export interface MobileHostScript {
  /** The SSO token Teams hands the tab once it may. */
  readonly token: string;
  readonly theme: 'default' | 'dark';
  /** Keep `initialize` unanswered until the test calls `answerInitialize` (a slow host, without timing). */
  readonly holdInitialize: boolean;
  /** getAuthToken fails with this reason until the sign-in window has succeeded (consent not given yet). */
  readonly refuseTokenWith: string | null;
}

/** What the page's simulated host recorded, read by the test. */
export interface MobileHostRecord {
  readonly asked: readonly string[];
  readonly authenticateUrls: readonly string[];
}

/**
 * Plays Teams mobile (iOS) for the page: no parent frame, and the host's bridge as
 * teams-js 2.x uses it in a frameless window. The app sends each request as JSON
 * through `window.nativeInterface.framelessPostMessage` ({ id, uuidAsString, func,
 * args, … }); the host answers by calling `window.onNativeMessage({ data: { id,
 * uuidAsString, args } })`, which teams-js installs while it initialises. Requests
 * it has no answer for (handlers, notifySuccess) stay unanswered, as teams-js allows.
 */
export async function simulateMobileTeams(page: Page, script: MobileHostScript): Promise<void> {
  await page.addInitScript((given: MobileHostScript) => {
    type Request = { id: number; uuidAsString?: string; func: string; args: unknown[] };
    // The page's window, seen through what teams-js installs on it (the tests' compiler knows no DOM).
    const bridged = globalThis as { onNativeMessage?: (message: { data: unknown }) => void };
    const asked: string[] = [];
    const authenticateUrls: string[] = [];
    let refusal = given.refuseTokenWith;
    let heldInitialize: (() => void) | null = null;
    // The host answers later than the request, as a native bridge does.
    const answer = (request: Request, args: unknown[]) =>
      setTimeout(() => bridged.onNativeMessage?.({ data: { id: request.id, uuidAsString: request.uuidAsString, args } }));
    const runtime = {
      apiVersion: 4,
      supports: {
        app: {},
        appInitialization: {},
        authentication: {},
        pages: { appButton: {}, tabs: {}, config: {}, backStack: {} },
        teamsCore: {},
      },
    };
    const context = {
      locale: 'en-GB',
      theme: given.theme,
      entityId: 'me',
      frameContext: 'content',
      hostClientType: 'ios',
      tid: 'riverside-tenant',
      userObjectId: 'hana-object-id',
      userPrincipalName: 'hana@riverside.example',
    };
    const answers: Record<string, (request: Request) => void> = {
      initialize: (request) => {
        const send = () => answer(request, ['content', 'ios', JSON.stringify(runtime), '2.58.0']);
        if (given.holdInitialize) heldInitialize = send;
        else send();
      },
      getContext: (request) => answer(request, [context]),
      'authentication.getAuthToken': (request) => answer(request, refusal === null ? [true, given.token] : [false, refusal]),
      'authentication.authenticate': (request) => {
        authenticateUrls.push(String(request.args[0]));
        // The person gave their consent in the window Teams opened on the auth page.
        refusal = null;
        answer(request, [true, '']);
      },
    };
    Object.defineProperty(globalThis, 'nativeInterface', {
      value: {
        framelessPostMessage: (json: string) => {
          const request = JSON.parse(json) as Request;
          asked.push(request.func);
          answers[request.func]?.(request);
        },
      },
    });
    Object.defineProperty(globalThis, 'simulatedTeams', {
      value: {
        record: (): { asked: string[]; authenticateUrls: string[] } => ({ asked: [...asked], authenticateUrls: [...authenticateUrls] }),
        answerInitialize: () => heldInitialize?.(),
      },
    });
  }, script);
}

type Simulated = { simulatedTeams: { record(): MobileHostRecord; answerInitialize(): void } };

/** What the simulated host was asked so far. */
export const hostRecord = (page: Page): Promise<MobileHostRecord> =>
  page.evaluate(() => (globalThis as unknown as Simulated).simulatedTeams.record());

/** Waits until the tab has asked the host to initialise, then lets the held answer go. */
export async function answerInitialize(page: Page): Promise<void> {
  await page.waitForFunction(() => (globalThis as unknown as Simulated).simulatedTeams.record().asked.includes('initialize'));
  await page.evaluate(() => (globalThis as unknown as Simulated).simulatedTeams.answerInitialize());
}

/**
 * Serves the local stack's tab at an HTTPS address, as Teams requires (its sign-in
 * window takes only `https:` pages): the browser's requests to `origin` are answered
 * by the local host.
 */
export async function serveOverHttps(page: Page, origin: string, localApi: string): Promise<void> {
  const local = new URL(localApi);
  await page.route(`${origin}/**`, async (route) => {
    const asked = new URL(route.request().url());
    const response = await route.fetch({ url: new URL(asked.pathname + asked.search, local.origin).href });
    await route.fulfill({ response });
  });
}
