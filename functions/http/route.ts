import type { HttpHandler, HttpMethod, HttpRequest, HttpResponseInit, InvocationContext } from '@azure/functions';
import type { z } from 'zod';
import type { Actor, Result } from '../../shared';
import { fail, ok } from '../../shared';
import { CloseUnderWay, ContentionError } from '../application/contention';
import type { Identity } from '../auth/sso-token';
import type { Services } from '../composition/services';
import { faultOf, isStorageUnavailable } from '../application/storage-faults';
import { busy, json, storageUnavailable, textsOf, unauthenticated } from './responses';

/** What a route takes, as the schemas that parse it: the OpenAPI description is made from these. */
export interface RouteContract {
  readonly summary: string;
  readonly body?: z.ZodType;
  readonly query?: z.ZodType;
  /** What a 200 answers, where the reply's shape is part of the contract. */
  readonly response?: z.ZodType;
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
 * The answer to a failure no rule refused, for any route: a record that kept
 * changing or storage that cannot be reached is a retryable 503 with `Retry-After`;
 * anything else is logged with its context and answered as a 500.
 */
export function failed(request: HttpRequest, context: InvocationContext, error: unknown): HttpResponseInit {
  const texts = textsOf(request);
  if (error instanceof ContentionError) return busy(texts.t('api', error instanceof CloseUnderWay ? 'closeUnderWay' : 'recordsChanging'));
  if (isStorageUnavailable(error)) {
    // One line, not a stack: an outage answers every request this way.
    context.warn(`${request.method} ${request.url}: storage cannot be reached (${faultOf(error)})`);
    return storageUnavailable(texts);
  }
  context.error(`${request.method} ${request.url} failed`, error);
  return json({ error: { code: 'unexpected', message: texts.t('api', 'unexpected') } }, 500);
}

/** Authenticates, then runs the route; a failure no rule refused is answered by `failed`. */
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
      return failed(request, context, error);
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
    return {
      ok: false,
      response: json({ error: { code: 'invalid-input', message: textsOf(request).t('api', 'bodyNotJson'), field: 'body' } }, 400),
    };
  }
}

/**
 * The `Operation-Id` header that makes a retried request apply once. Operation ids
 * are stored with the rows they wrote, so they must stay small and plain.
 */
export function operationIdOf(request: HttpRequest): Result<string | undefined> {
  const operationId = request.headers.get('operation-id') ?? undefined;
  if (operationId !== undefined && !/^[A-Za-z0-9._:-]{1,128}$/.test(operationId)) {
    return fail('invalid-input', 'operationIdForm', 'Operation-Id');
  }
  return ok(operationId);
}
