import type { HttpHandler, HttpMethod, HttpRequest, HttpResponseInit } from '@azure/functions';
import { HttpResponse } from '@azure/functions';
import { textsFor } from '../../texts/all';
import { localeOfAcceptLanguage } from '../../texts/locales';
import { conditionalGet } from './conditional-get';
import type { Route } from './route';

/**
 * The largest request body any route takes, 1 MiB. The largest legitimate bodies
 * are a new proposal (title, 20,000 characters of text, driver: about 145 KB even
 * with every character escaped as `\uXXXX`), closing a round with 1,000 present
 * members, and the bot's activities (Teams keeps a message under about 28 KB).
 */
export const bodyLimitBytes = 1024 * 1024;

/**
 * Every method an endpoint is registered for. Azure Functions answers 404 for a
 * method a function was not registered with, so each route template takes them
 * all and answers a wrong one itself, with 405 and `Allow`.
 */
const registeredMethods: HttpMethod[] = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

/** One function per route template, as `app.http` registers it and the dev host serves it. */
export interface Endpoint {
  /** The name of the template's first route, so a function keeps its name when a method is added. */
  readonly name: string;
  readonly route: string;
  readonly methods: HttpMethod[];
  /** What the template serves, as its `Allow` header lists it. */
  readonly allow: readonly HttpMethod[];
  readonly handler: HttpHandler;
}

function errorOf(status: number, code: string, message: string, headers: Record<string, string> = {}, field?: string): HttpResponseInit {
  return { status, headers, jsonBody: { error: { code, message, ...(field ? { field } : {}) } } };
}

/** The refusal of a body above `bodyLimitBytes`, in the language the request's `Accept-Language` asks for. */
export function tooLarge(acceptLanguage: string | null | undefined): HttpResponseInit {
  const message = textsFor(localeOfAcceptLanguage(acceptLanguage)).t('api', 'tooLarge', { mebibytes: bodyLimitBytes / 1024 / 1024 });
  return errorOf(413, 'too-large', message, {}, 'body');
}

/** A body the sender declared above the limit is refused before anyone reads it. */
export function declaresTooLarge(contentLength: string | null | undefined): boolean {
  return contentLength !== null && contentLength !== undefined && Number(contentLength) > bodyLimitBytes;
}

/** HEAD is GET without the body (RFC 9110), so calendar clients and link checkers may ask it. */
function headOf(get: HttpHandler): HttpHandler {
  return async (request, context) => {
    const response = new HttpResponse(await get(request, context));
    return { status: response.status, headers: Object.fromEntries(response.headers) };
  };
}

function endpointOf(routes: readonly Route[]): Endpoint {
  const first = routes[0] as Route;
  const handlers = new Map<string, HttpHandler>();
  for (const route of routes) for (const method of route.methods) if (!handlers.has(method)) handlers.set(method, route.handler);
  const plainGet = handlers.get('GET');
  const get = plainGet && conditionalGet(plainGet);
  if (get) handlers.set('GET', get);
  if (get && !handlers.has('HEAD')) handlers.set('HEAD', headOf(get));
  const allow = registeredMethods.filter((method) => handlers.has(method) || method === 'OPTIONS');
  const allowHeader = { allow: allow.join(', ') };
  const handler: HttpHandler = async (request: HttpRequest, context) => {
    const method = request.method.toUpperCase();
    if (method === 'OPTIONS' && !handlers.has('OPTIONS')) return { status: 204, headers: allowHeader };
    const serve = handlers.get(method);
    if (!serve) {
      const path = new URL(request.url).pathname;
      const texts = textsFor(localeOfAcceptLanguage(request.headers.get('accept-language')));
      return errorOf(
        405,
        'method-not-allowed',
        texts.t('api', 'methodNotAllowed', { path, method, allowed: allow.join(', ') }),
        allowHeader,
      );
    }
    if (declaresTooLarge(request.headers.get('content-length'))) return tooLarge(request.headers.get('accept-language'));
    return serve(request, context);
  };
  return { name: first.name, route: first.route, methods: registeredMethods, allow, handler };
}

/**
 * The routes grouped by template, one endpoint each, in the order the routes come:
 * routes of one template with different methods (a list and a create) become one
 * function that dispatches by method.
 */
export function endpoints(routes: readonly Route[]): Endpoint[] {
  const byTemplate = new Map<string, Route[]>();
  for (const route of routes) byTemplate.set(route.route, [...(byTemplate.get(route.route) ?? []), route]);
  return [...byTemplate.values()].map(endpointOf);
}
