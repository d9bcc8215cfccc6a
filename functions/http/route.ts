import type { HttpHandler, HttpMethod, HttpRequest, HttpResponseInit, InvocationContext } from '@azure/functions';
import type { z } from 'zod';
import type { Actor, Result } from '../../shared';
import { fail, ok } from '../../shared';
import { ContentionError } from '../application/contention';
import type { Identity } from '../auth/sso-token';
import type { Services } from '../composition/services';
import { statusOf } from '../storage/table-storage';
import { busy, json, unauthenticated } from './responses';

/** Table Storage throttling (503 ServerBusy) and timeouts are retryable, not failures of the request. */
function isStorageBusy(error: unknown): boolean {
  const status = statusOf(error);
  return status === 503 || status === 500 || status === 408;
}

/** What a route takes, as the schemas that parse it: the OpenAPI description is made from these. */
export interface RouteContract {
  readonly summary: string;
  readonly body?: z.ZodType;
  readonly query?: z.ZodType;
}

/** One HTTP function: the same value is registered with `app.http` and served by the dev host. */
export interface Route {
  readonly name: string;
  readonly contract: RouteContract;
  readonly methods: HttpMethod[];
  /** Below `/api/`, with `{param}` placeholders as in Azure Functions. */
  readonly route: string;
  readonly handler: HttpHandler;
}

export type Caller = { readonly identity: Identity; readonly actor: Actor };

/**
 * Authenticates, then runs the route. A record that kept changing is a retryable
 * 503; any other failure is logged with its context and answered as a 500.
 */
export function authenticated(
  services: () => Promise<Services>,
  run: (request: HttpRequest, caller: Caller, services: Services) => Promise<HttpResponseInit>,
): HttpHandler {
  return async (request: HttpRequest, context: InvocationContext) => {
    try {
      const ready = await services();
      const authentication = await ready.authenticate(request);
      if (!authentication.ok) return unauthenticated(authentication.message);
      const { identity } = authentication;
      return await run(request, { identity, actor: ready.actorOf(identity.tenantId, identity.personId) }, ready);
    } catch (error) {
      if (error instanceof ContentionError) return busy(error.message);
      if (isStorageBusy(error)) return busy('Storage is busy; try again in a moment.');
      context.error(`${request.method} ${request.url} failed`, error);
      return json({ error: { code: 'unexpected', message: 'Something went wrong on our side; nothing you sent was wrong. Try again shortly.' } }, 500);
    }
  };
}

/** The JSON body, or a refusal naming the body when it is not JSON. */
export async function bodyOf(request: HttpRequest): Promise<{ ok: true; value: unknown } | { ok: false; response: HttpResponseInit }> {
  const text = await request.text();
  if (text.trim() === '') return { ok: true, value: {} };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, response: json({ error: { code: 'invalid-input', message: 'The request body is not valid JSON.', field: 'body' } }, 400) };
  }
}

/**
 * The `Operation-Id` header that makes a retried request apply once. Operation ids
 * are stored with the rows they wrote, so they must stay small and plain.
 */
export function operationIdOf(request: HttpRequest): Result<string | undefined> {
  const operationId = request.headers.get('operation-id') ?? undefined;
  if (operationId !== undefined && !/^[A-Za-z0-9._:-]{1,128}$/.test(operationId)) {
    return fail('invalid-input', 'Operation-Id: up to 128 letters, digits and . _ : -', 'Operation-Id');
  }
  return ok(operationId);
}
