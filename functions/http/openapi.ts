import type { HttpHandler } from '@azure/functions';
import { z } from 'zod';
import { serverTimeKey } from './conditional-get';
import { bodyLimitBytes } from './dispatch';
import type { Route } from './route';
import { json } from './responses';

const ErrorBody = z.object({
  error: z.object({ code: z.string(), message: z.string(), field: z.string().optional() }),
});

const errorResponses = {
  '400': 'The input was refused; `field` names what failed.',
  '401': 'No valid Teams SSO token.',
  '403': 'A rule of the circle refuses this caller (member, facilitator, objector).',
  '404': 'No such circle, proposal or route.',
  '405': 'The path does not take this method; `Allow` lists the methods it takes.',
  '409': 'Not possible in the present stage or state.',
  '413': `The request body is larger than ${bodyLimitBytes / 1024 / 1024} MiB.`,
  '503': 'Busy; try again.',
} as const;

const schemaOf = (schema: z.ZodType) => z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' });

/** The header that asks a GET for `304` (`conditional-get.ts`); written out in each GET, beside its path and query parameters. */
const ifNoneMatch = {
  name: 'If-None-Match',
  in: 'header',
  required: false,
  description:
    'ETags of bodies the client holds (a list, or `*`); compared weakly. When one is the current body’s, the answer is `304` without a body.',
  schema: { type: 'string' },
} as const;

/** What every GET answers to revalidate, written once under `components` and referred to from each GET. */
const revalidation = {
  headers: {
    ETag: {
      description: 'The validator of a JSON body: a SHA-256 of the body as sent. Not sent on CSV files.',
      schema: { type: 'string' },
    },
    WeakETag: {
      description: `A weak validator (\`W/"…"\`): a SHA-256 of the body without its top-level \`${serverTimeKey}\` (the server’s time), so an unchanged record revalidates while the time moves on.`,
      schema: { type: 'string' },
    },
    NoStore: {
      description: '`no-store`: a body carrying the server’s time is never kept by a cache, which would hand an old time back on a `304`.',
      schema: { type: 'string', const: 'no-store' },
    },
  },
  responses: {
    NotModified: {
      description: 'Not Modified: `If-None-Match` names the current ETag. No body; the `ETag` header repeats the validator.',
      headers: { ETag: { $ref: '#/components/headers/ETag' } },
    },
    NotModifiedTimed: {
      description:
        'Not Modified: `If-None-Match` names the current (weak) ETag, so nothing but the server’s time changed. No body; keep the body held and count the time on from it.',
      headers: { ETag: { $ref: '#/components/headers/WeakETag' }, 'Cache-Control': { $ref: '#/components/headers/NoStore' } },
    },
  },
} as const;

/** Whether a 200's body carries the server's time at its top, which makes its ETag weak and the reply uncacheable. */
const carriesServerTime = (response: z.ZodType | undefined) =>
  response !== undefined && Object.hasOwn((schemaOf(response) as { properties?: object }).properties ?? {}, serverTimeKey);

/** The headers of a GET's 200 and its `304` alternative, as `conditionalGet` sends them. */
function conditional(timed: boolean): { readonly headers: object; readonly notModified: object } {
  if (!timed)
    return { headers: { ETag: { $ref: '#/components/headers/ETag' } }, notModified: { $ref: '#/components/responses/NotModified' } };
  return {
    headers: { ETag: { $ref: '#/components/headers/WeakETag' }, 'Cache-Control': { $ref: '#/components/headers/NoStore' } },
    notModified: { $ref: '#/components/responses/NotModifiedTimed' },
  };
}

/** The OpenAPI 3.1 description of the routes, made from the same schemas that parse their input. */
export function openApiDocument(routes: readonly Route[]): object {
  const paths: Record<string, Record<string, object>> = {};
  for (const route of routes) {
    const path = `/api/${route.route}`;
    const pathParameters = [...route.route.matchAll(/\{(\w+)\}/g)].map((m) => ({
      name: m[1],
      in: 'path',
      required: true,
      schema: { type: 'string' },
    }));
    const query = route.contract.query
      ? (schemaOf(route.contract.query) as { properties?: Record<string, object>; required?: string[] })
      : undefined;
    const queryParameters = Object.entries(query?.properties ?? {}).map(([name, schema]) => ({
      name,
      in: 'query',
      required: query?.required?.includes(name) ?? false,
      schema,
    }));
    const response = route.contract.response;
    for (const method of route.methods) {
      const get = method === 'GET' ? conditional(carriesServerTime(response)) : null;
      paths[path] = {
        ...paths[path],
        [method.toLowerCase()]: {
          operationId: route.name,
          summary: route.contract.summary,
          parameters: [...pathParameters, ...queryParameters, ...(get ? [ifNoneMatch] : [])],
          ...(route.contract.body
            ? { requestBody: { required: true, content: { 'application/json': { schema: schemaOf(route.contract.body) } } } }
            : {}),
          responses: {
            '200': {
              description: 'Done.',
              ...(get ? { headers: get.headers } : {}),
              ...(response ? { content: { 'application/json': { schema: schemaOf(response) } } } : {}),
            },
            ...(get ? { '304': get.notModified } : {}),
            ...Object.fromEntries(
              Object.entries(errorResponses).map(([status, description]) => [
                status,
                { description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
              ]),
            ),
          },
        },
      };
    }
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Sociocracy for Teams API', version: '0.1.0' },
    security: [{ teamsSso: [] }],
    paths,
    components: {
      schemas: { Error: schemaOf(ErrorBody) },
      ...revalidation,
      securitySchemes: {
        teamsSso: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description: 'The Teams SSO token of the tab (scope access_as_user).',
        },
      },
    },
  };
}

/** GET /api/openapi.json: public, so tools can read the API without signing in. */
export function openApiRoute(routes: readonly Route[]): Route {
  const document = openApiDocument(routes);
  const handler: HttpHandler = async () => json(document);
  return { name: 'openapi', contract: { summary: 'This description.' }, methods: ['GET'], route: 'openapi.json', handler };
}
