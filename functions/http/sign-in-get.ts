import type { HttpResponseInit } from '@azure/functions';
import { z } from 'zod';
import type { Services } from '../composition/services';
import { json } from './responses';
import type { Route } from './route';

const SignInSettings = z.object({ clientId: z.string().nullable() });

/**
 * GET /api/sign-in: what the tab's sign-in window (`tab/auth-start.ts`) needs to ask
 * Microsoft Entra ID for the person's consent: the app's client id, public anyway in
 * the Teams app's manifest. Read at run time, so one tab bundle serves every deployment.
 */
export function signInGet(services: () => Promise<Services>): Route {
  return {
    name: 'sign-in-get',
    contract: { summary: 'The app id the tab’s sign-in window asks consent for (null in dev mode).', response: SignInSettings },
    methods: ['GET'],
    route: 'sign-in',
    handler: async (): Promise<HttpResponseInit> => json(SignInSettings.parse({ clientId: (await services()).signInClientId })),
  };
}
