import type { HttpHandler } from '@azure/functions';
import { z } from 'zod';
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

/** The OpenAPI 3.1 description of the routes, made from the same schemas that parse their input. */
export function openApiDocument(routes: readonly Route[]): object {
  const paths: Record<string, Record<string, object>> = {};
  for (const route of routes) {
    const path = `/api/${route.route}`;
    const pathParameters = [...route.route.matchAll(/\{(\w+)\}/g)].map((m) => ({ name: m[1], in: 'path', required: true, schema: { type: 'string' } }));
    const query = route.contract.query ? (schemaOf(route.contract.query) as { properties?: Record<string, object>; required?: string[] }) : undefined;
    const queryParameters = Object.entries(query?.properties ?? {}).map(([name, schema]) => ({ name, in: 'query', required: query?.required?.includes(name) ?? false, schema }));
    const response = route.contract.response;
    for (const method of route.methods) {
      paths[path] = {
        ...paths[path],
        [method.toLowerCase()]: {
          operationId: route.name,
          summary: route.contract.summary,
          parameters: [...pathParameters, ...queryParameters],
          ...(route.contract.body ? { requestBody: { required: true, content: { 'application/json': { schema: schemaOf(route.contract.body) } } } } : {}),
          responses: {
            '200': { description: 'Done.', ...(response ? { content: { 'application/json': { schema: schemaOf(response) } } } : {}) },
            ...Object.fromEntries(
              Object.entries(errorResponses).map(([status, description]) => [status, { description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } }]),
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
      securitySchemes: { teamsSso: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'The Teams SSO token of the tab (scope access_as_user).' } },
    },
  };
}

/** GET /api/openapi.json: public, so tools can read the API without signing in. */
export function openApiRoute(routes: readonly Route[]): Route {
  const document = openApiDocument(routes);
  const handler: HttpHandler = async () => json(document);
  return { name: 'openapi', contract: { summary: 'This description.' }, methods: ['GET'], route: 'openapi.json', handler };
}
