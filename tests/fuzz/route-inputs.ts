import fc from 'fast-check';
import { encoded, demoPeople, hostileStrings, idsFor, knownIds, prototypeKeys, strangeBodies } from './hostile-values';
import type { JsonSchema } from './schema-values';
import { arbitraryOf } from './schema-values';

/**
 * What the fuzzer sends: one HTTP request, kept as plain data so a failing one
 * can be printed and sent again by hand.
 */
export interface FuzzInput {
  /** What it aims at (`POST /api/circles/{circleId}/proposals/{proposalId}/steps`), for counting. */
  readonly target: string;
  readonly method: string;
  /** Below the host, already percent-encoded: `/api/circles/hub/proposals`. */
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
}

interface Operation {
  readonly parameters?: readonly { readonly name: string; readonly in: string }[];
  readonly requestBody?: { readonly content: Readonly<Record<string, { readonly schema: JsonSchema }>> };
}

/** The part of an OpenAPI 3.1 description the fuzzer reads. */
export interface ApiDescription {
  readonly paths: Readonly<Record<string, Readonly<Record<string, Operation>>>>;
}

const oddPathParts = ['%', '%E0%A4%A', '%00', '%2F', '..', '.', '%25', '%C0%AF', 'a%0Ab', '__proto__', 'constructor'];

/** A path parameter: an id of its kind most of the time, else something hostile, percent-encoded or not. */
const pathParameter = (name: string) =>
  fc.oneof(
    { weight: 12, arbitrary: fc.constantFrom(...(idsFor[name] ?? knownIds)).map(encoded) },
    { weight: 2, arbitrary: hostileStrings.map((value) => encoded(value.slice(0, 300))) },
    { weight: 1, arbitrary: fc.constantFrom(...oddPathParts) },
  );

/** Header values; fetch refuses control characters in headers, so those are left out here. */
const headerText = fc.oneof(
  fc.string({ unit: 'grapheme-ascii', maxLength: 200 }),
  fc.constantFrom(...prototypeKeys, '', ' ', 'x'.repeat(5000)),
);
const otherContentTypes = [
  'application/json; charset=utf-8',
  'text/plain',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  '',
];

const headers = fc.record(
  {
    'x-dev-person': fc.oneof({ weight: 12, arbitrary: fc.constantFrom(...demoPeople) }, { weight: 1, arbitrary: headerText }),
    'content-type': fc.oneof(
      { weight: 6, arbitrary: fc.constant('application/json') },
      { weight: 1, arbitrary: fc.constantFrom(...otherContentTypes) },
    ),
    'operation-id': fc.oneof(
      { weight: 6, arbitrary: fc.uuid() },
      { weight: 1, arbitrary: fc.stringMatching(/^[A-Za-z0-9._:-]{1,128}$/) },
      { weight: 1, arbitrary: headerText },
    ),
    authorization: fc.oneof(fc.constant('Bearer x.y.z'), headerText),
    accept: fc.constantFrom('application/json', 'text/csv', '*/*', 'text/html'),
  },
  { requiredKeys: ['x-dev-person'] },
);

const bodyOf = (schema: JsonSchema) =>
  fc.oneof(
    { weight: 9, arbitrary: arbitraryOf(schema).map((value) => JSON.stringify(value) ?? '') },
    { weight: 1, arbitrary: strangeBodies },
  );

const queryValues = [
  ...knownIds,
  'csv',
  'json',
  'decision',
  'role-term',
  'due',
  'overdue',
  'upcoming',
  '1',
  '0',
  '-1',
  '100',
  '101',
  '1e3',
];

function queryOf(names: readonly string[]): fc.Arbitrary<string> {
  if (names.length === 0) return fc.constant('');
  const value = fc.oneof(
    fc.constantFrom(...queryValues),
    hostileStrings.map((s) => s.slice(0, 300)),
  );
  const pairs = fc.array(fc.tuple(fc.constantFrom(...names, ...prototypeKeys), value), { maxLength: 4 });
  return pairs.map((chosen) => (chosen.length === 0 ? '' : `?${new URLSearchParams(chosen).toString()}`));
}

/** One arbitrary per route and method of the description, each making requests aimed at it. */
export function routeInputs(description: ApiDescription): fc.Arbitrary<FuzzInput>[] {
  return Object.entries(description.paths).flatMap(([template, operations]) =>
    Object.entries(operations).map(([lowerCaseMethod, operation]) => {
      const method = lowerCaseMethod.toUpperCase();
      const parameters = operation.parameters ?? [];
      const names = parameters.filter((p) => p.in === 'path').map((p) => p.name);
      const schema = operation.requestBody?.content['application/json']?.schema;
      const body: fc.Arbitrary<string | undefined> = schema ? bodyOf(schema) : fc.option(strangeBodies, { freq: 5, nil: undefined });
      const request = fc.record({
        params: fc.tuple(...names.map(pathParameter)),
        query: queryOf(parameters.filter((p) => p.in === 'query').map((p) => p.name)),
        headers,
        body,
      });
      return request.map(({ params, query, headers: sent, body: text }) => {
        const path = names.reduce((filled, name, i) => filled.replace(`{${name}}`, params[i] as string), template);
        return {
          target: `${method} ${template}`,
          method,
          path: `${path}${query}`,
          headers: sent,
          ...(text === undefined || method === 'GET' ? {} : { body: text }),
        };
      });
    }),
  );
}

const otherPaths = [
  '/api/circles',
  '/api/structure/commands',
  '/api/health',
  '/api/nothing-here',
  '/api/circles/hub/proposals/weekend-rota/steps',
];
const tabPaths = [
  'index.html',
  '',
  '..%2F..%2Fpackage.json',
  '../../package.json',
  '%2e%2e/%2e%2e/etc/passwd',
  'chunks/..%5C..%5Cx',
  '%00',
  'nothing.js',
];

/** Requests the description leaves out: other methods and paths, the calendar feed, the tab's files. */
export const offRouteInputs: fc.Arbitrary<FuzzInput> = fc.oneof(
  fc
    .record({ method: fc.constantFrom('PUT', 'DELETE', 'PATCH', 'POST', 'GET'), path: fc.constantFrom(...otherPaths) })
    .map(({ method, path }) => ({ target: `${method} (other routes)`, method, path, headers: { 'x-dev-person': 'amara' } })),
  pathParameter('token').map((token) => ({
    target: 'GET /api/calendar/{token}',
    method: 'GET',
    path: `/api/calendar/${token}.ics`,
    headers: {},
  })),
  fc.constantFrom(...tabPaths).map((path) => ({ target: 'GET /api/tab/{*path}', method: 'GET', path: `/api/tab/${path}`, headers: {} })),
);
