import fc from 'fast-check';

/**
 * What the fuzzer sends: one HTTP request, kept as plain data so a failing one
 * can be printed and sent again by hand.
 */
export interface FuzzInput {
  /** The route template it aims at (`POST /api/circles/{circleId}/proposals/{proposalId}/steps`), for counting. */
  readonly target: string;
  readonly method: string;
  /** Below the host, already percent-encoded: `/api/circles/hub/proposals`. */
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
}

/** The part of an OpenAPI 3.1 description the fuzzer reads. */
export interface ApiDescription {
  readonly paths: Record<string, Record<string, { parameters?: { name: string; in: string }[]; requestBody?: { content: Record<string, { schema: JsonSchema }> } }>>;
}

export interface JsonSchema {
  readonly type?: string | string[];
  readonly const?: unknown;
  readonly enum?: unknown[];
  readonly properties?: Record<string, JsonSchema>;
  readonly required?: string[];
  readonly items?: JsonSchema;
  readonly oneOf?: JsonSchema[];
  readonly anyOf?: JsonSchema[];
  readonly format?: string;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly default?: unknown;
}

/** Ids of the demo organisation, so many requests reach records that exist and steps that run. */
const knownIds = ['hub', 'northside', 'southside', 'finance', 'training', 'weekend-rota', 'training-facilitator-next', 'northside-next-week', 'families'];
/** Ids no record has yet, so drafts, selections and meetings are started and then stepped. */
const freshIds = ['fuzz-1', 'fuzz-2', 'fuzz-3'];
/** Ids the demo organisation has for each path parameter, and fresh ones so records are started and then stepped. */
const idsFor: Record<string, readonly string[]> = {
  circleId: ['hub', 'northside', 'southside', 'finance', 'training'],
  proposalId: ['weekend-rota', ...freshIds],
  selectionId: ['training-facilitator-next', ...freshIds],
  meetingId: ['northside-next-week', ...freshIds],
};

const demoPeople = ['amara', 'ben', 'chloe', 'dev', 'esi', 'farid', 'grace', 'hana', 'ivo', 'jun', 'kemi', 'leo', 'admin'];
const prototypeKeys = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', '__defineGetter__'];

/** Strings that have broken parsers, stores and renderers before. */
const hostileStrings = fc.oneof(
  fc.constantFrom(...prototypeKeys),
  fc.constantFrom('', ' ', '\u0000', 'a\u0000b', 'line\nbreak', '\u007f', '\u0085', '\u200b', '\ud800', '😀', '%', '%00', '../..', 'a/b', 'a\\b', '#', '?', '|', "'", '"', '<script>', '=cmd|x', 'null', 'undefined', 'NaN'),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.nat({ max: 70_000 }).map((n) => 'x'.repeat(n)),
  fc.constantFrom(...knownIds, ...demoPeople),
);

const anyJson: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constant(null),
    fc.boolean(),
    fc.oneof(fc.integer(), fc.double(), fc.constantFrom(-1, 0, 1e308, -0, 2 ** 53)),
    hostileStrings,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.oneof(hostileStrings, fc.constantFrom(...prototypeKeys)), tie('value'), { maxKeys: 4 }),
  ),
})).value;

const dates = fc.oneof(
  fc.integer({ min: -400, max: 800 }).map((days) => new Date(Date.UTC(2026, 11, 1) + days * 86_400_000).toISOString().slice(0, 10)),
  fc.constantFrom('2027-02-29', '2027-13-01', '0000-00-00', 'tomorrow', '2027-05-01T00:00:00Z'),
);
const instants = fc.oneof(
  fc.integer({ min: -30, max: 120 }).map((days) => new Date(Date.UTC(2026, 11, 4, 9) + days * 86_400_000).toISOString()),
  fc.constantFrom('2027-05-01T25:00:00Z', 'now', '2027-05-01'),
);

/** A value the schema takes most of the time, and something else now and then. */
export function valueOf(schema: JsonSchema | undefined, depth = 0, name = ''): fc.Arbitrary<unknown> {
  if (!schema || depth > 6) return anyJson;
  return fc.oneof({ weight: 15, arbitrary: conforming(schema, depth, name) }, { weight: 1, arbitrary: anyJson });
}

/** Strings for a field, by its name: circles for circle ids, people for person ids, so commands reach real records. */
function stringsFor(name: string): readonly string[] {
  if (/circleId|parentId/i.test(name)) return idsFor.circleId ?? [];
  if (/personId|nominee|candidate|present|^by$/i.test(name)) return demoPeople;
  if (/roleId/.test(name)) return ['facilitator', 'secretary', 'leader', 'delegate', 'cook'];
  return [...knownIds, ...freshIds, ...demoPeople];
}

function conforming(schema: JsonSchema, depth: number, name: string): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const variants = schema.oneOf ?? schema.anyOf;
  if (variants && variants.length > 0) return fc.oneof(...variants.map((variant) => valueOf(variant, depth + 1, name)));
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
    case 'number':
      return fc.oneof(fc.integer({ min: schema.minimum ?? -5, max: schema.maximum ?? 100 }), fc.constantFrom(-1, 0, 1.5, 1e9));
    case 'array':
      return fc.array(valueOf(schema.items, depth + 1, name), { maxLength: 5 });
    case 'object':
      return objectOf(schema, depth);
    case 'string':
      if (schema.format === 'date') return dates;
      if (schema.format === 'date-time') return instants;
      return fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...stringsFor(name)) },
        { weight: 2, arbitrary: fc.string({ minLength: schema.minLength ?? 0, maxLength: Math.min(schema.maxLength ?? 60, 60) }) },
        { weight: 1, arbitrary: fc.constant('y'.repeat((schema.maxLength ?? 1000) + 1)) },
        { weight: 1, arbitrary: fc.constant('z'.repeat(schema.maxLength ?? 1000)) },
        { weight: 2, arbitrary: hostileStrings },
      );
    default:
      return anyJson;
  }
}

function objectOf(schema: JsonSchema, depth: number): fc.Arbitrary<unknown> {
  const properties = Object.entries(schema.properties ?? {});
  const required = new Set(schema.required ?? []);
  const fields = properties.map(([name, property]) =>
    // Required fields are there 19 times in 20; optional ones half the time.
    fc.tuple(fc.constant(name), valueOf(property, depth + 1, name), fc.nat({ max: 19 })).map(([key, value, roll]) => ((required.has(key) ? roll < 19 : roll < 10) ? [[key, value] as const] : [])),
  );
  const extra = fc.option(fc.tuple(fc.constantFrom(...prototypeKeys, 'extra'), anyJson), { freq: 8 });
  return fc.tuple(fc.tuple(...fields), extra).map(([chosen, more]) => {
    const entries = chosen.flat();
    // Object.fromEntries defines own properties, so a "__proto__" key is sent as a key, as an attacker's JSON would be.
    return Object.fromEntries(more ? [...entries, more] : entries);
  });
}

/** Percent-encodes a path part; a lone surrogate, which no URL can carry, becomes U+FFFD. */
function encoded(part: string): string {
  try {
    return encodeURIComponent(part);
  } catch {
    return encodeURIComponent(part.replace(/[\ud800-\udfff]/g, '\ufffd'));
  }
}

/** A path parameter: an id of its kind most of the time, else something hostile, percent-encoded or not. */
const pathParameter = (name: string) =>
  fc.oneof(
    { weight: 12, arbitrary: fc.constantFrom(...(idsFor[name] ?? knownIds)).map(encoded) },
    { weight: 2, arbitrary: hostileStrings.map((value) => encoded(value.slice(0, 300))) },
    { weight: 1, arbitrary: fc.constantFrom('%', '%E0%A4%A', '%00', '%2F', '..', '.', '%25', '%C0%AF', 'a%0Ab', '__proto__', 'constructor') },
  );

/** Header values the dev host receives; fetch refuses control characters in headers, so those are left out. */
const headerText = fc.oneof(fc.string({ unit: 'grapheme-ascii', maxLength: 200 }), fc.constantFrom(...prototypeKeys, '', ' ', 'x'.repeat(5000)));

const headers = fc.record(
  {
    'x-dev-person': fc.oneof({ weight: 12, arbitrary: fc.constantFrom(...demoPeople) }, { weight: 1, arbitrary: headerText }),
    'content-type': fc.oneof({ weight: 6, arbitrary: fc.constant('application/json') }, { weight: 1, arbitrary: fc.constantFrom('application/json; charset=utf-8', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', '') }),
    'operation-id': fc.oneof({ weight: 6, arbitrary: fc.uuid() }, { weight: 1, arbitrary: fc.stringMatching(/^[A-Za-z0-9._:-]{1,128}$/) }, { weight: 1, arbitrary: headerText }),
    authorization: fc.oneof(fc.constant('Bearer x.y.z'), headerText),
    accept: fc.constantFrom('application/json', 'text/csv', '*/*', 'text/html'),
  },
  { requiredKeys: ['x-dev-person'] },
);

/** Bodies that are not what any schema describes: broken JSON, wrong shapes, deep nesting, a large blob. */
const strangeBodies = fc.oneof(
  fc.constantFrom('{', '{"type":', 'null', '[]', '"text"', '42', 'true', '{"__proto__":{"admin":true}}', '{"constructor":{"prototype":{"x":1}}}', '\u0000', '\ufeff{}', '{"type":"answer","answer":{"kind":"consent"}}garbage'),
  fc.nat({ max: 5000 }).map((depth) => '['.repeat(depth) + ']'.repeat(depth)),
  fc.nat({ max: 5000 }).map((depth) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth)),
  fc.nat({ max: 300_000 }).map((length) => JSON.stringify({ type: 'ask-question', questionId: 'q', text: 'w'.repeat(length) })),
  fc.string({ unit: 'binary', maxLength: 200 }),
);

const body = (schema: JsonSchema | undefined) =>
  fc.oneof({ weight: 9, arbitrary: valueOf(schema).map((value) => JSON.stringify(value) ?? '') }, { weight: 1, arbitrary: strangeBodies });

function queryOf(names: readonly string[]): fc.Arbitrary<string> {
  if (names.length === 0) return fc.constant('');
  const value = fc.oneof(fc.constantFrom(...knownIds, 'csv', 'json', 'decision', 'role-term', 'due', 'overdue', 'upcoming', '1', '0', '-1', '100', '101', '1e3'), hostileStrings.map((s) => s.slice(0, 300)));
  const pairs = fc.array(fc.tuple(fc.oneof(fc.constantFrom(...names), fc.constantFrom(...prototypeKeys)), value), { maxLength: 4 });
  return pairs.map((chosen) => (chosen.length === 0 ? '' : `?${new URLSearchParams(chosen).toString()}`));
}

/** One arbitrary per route and method of the description, each making requests aimed at it. */
export function routeInputs(description: ApiDescription): fc.Arbitrary<FuzzInput>[] {
  return Object.entries(description.paths).flatMap(([template, operations]) =>
    Object.entries(operations).map(([method, operation]) => {
      const names = (operation.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name);
      const queryNames = (operation.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
      const schema = operation.requestBody?.content['application/json']?.schema;
      const target = `${method.toUpperCase()} ${template}`;
      return fc
        .record({
          params: fc.tuple(...names.map(pathParameter)),
          query: queryOf(queryNames),
          headers,
          body: schema ? body(schema).map((b): string | undefined => b) : fc.option(strangeBodies, { freq: 5, nil: undefined }),
        })
        .map(({ params, query, headers: sent, body: text }) => {
          let path = template;
          names.forEach((name, i) => (path = path.replace(`{${name}}`, params[i] as string)));
          const method_ = method.toUpperCase();
          return { target, method: method_, path: `${path}${query}`, headers: sent, ...(text === undefined || method_ === 'GET' ? {} : { body: text }) };
        });
    }),
  );
}

/** Requests at routes that are not in the description: other methods, unknown paths, the calendar feed. */
export const offRouteInputs: fc.Arbitrary<FuzzInput> = fc.oneof(
  fc.record({ method: fc.constantFrom('PUT', 'DELETE', 'PATCH', 'POST', 'GET'), path: fc.constantFrom('/api/circles', '/api/structure/commands', '/api/health', '/api/nothing-here', '/api/circles/hub/proposals/weekend-rota/steps') }).map(({ method, path }) => ({ target: `${method} (other routes)`, method, path, headers: { 'x-dev-person': 'amara' } })),
  pathParameter('token').map((token) => ({ target: 'GET /api/calendar/{token}', method: 'GET', path: `/api/calendar/${token}.ics`, headers: {} })),
  fc.constantFrom('index.html', '', '..%2F..%2Fpackage.json', '../../package.json', '%2e%2e/%2e%2e/etc/passwd', 'chunks/..%5C..%5Cx', '%00', 'nothing.js').map((path) => ({ target: 'GET /api/tab/{*path}', method: 'GET', path: `/api/tab/${path}`, headers: {} })),
);

const activityTypes = ['message', 'invoke', 'conversationUpdate', 'messageReaction', 'installationUpdate', 'event', 'typing', 'endOfConversation', '', 'constructor'];
const invokeNames = ['adaptiveCard/action', 'composeExtension/query', 'task/fetch', 'signin/verifyState', 'actionableMessage/executeAction', 'fileConsent/invoke', 'unknown/thing', '__proto__', ''];
const verbs = ['bind-circle', 'create-circle', 'draft-proposal', 'proposal-step', 'refresh', 'refresh-selection', 'selection-step', 'start-selection', 'show-proposal', 'show-selection', 'help', 'nope', 'toString'];
const words = ['help', 'propose', 'select', 'status', 'reviews', 'bind', 'hello', '<at>Sociocracy</at> status', ''];

/**
 * Activities as the Agents Playground sends them in dev mode (unsigned), mostly
 * well formed for the demo tenant and its conversations, with any field now and
 * then replaced by something else.
 */
export function botInputs(serviceUrl: string): fc.Arbitrary<FuzzInput> {
  const person = fc.constantFrom(...demoPeople, 'stranger', 'constructor');
  const data = fc.oneof(
    fc.record({ subject: fc.constantFrom('proposal', 'selection', 'constructor'), circleId: fc.constantFrom(...knownIds, '__proto__'), proposalId: fc.constantFrom(...knownIds), selectionId: fc.constantFrom(...knownIds), revision: fc.oneof(fc.nat(5), anyJson), step: anyJson, type: fc.constantFrom('answer', 'close-consent-round', 'react', 'nope'), answer: anyJson, text: hostileStrings }, { requiredKeys: [] }),
    anyJson,
  );
  const activity = fc.record(
    {
      type: fc.constantFrom(...activityTypes),
      id: fc.oneof(fc.uuid(), hostileStrings),
      channelId: fc.constantFrom('msteams', 'msteams', 'webchat', ''),
      serviceUrl: fc.constantFrom(serviceUrl, serviceUrl, serviceUrl, 'http://127.0.0.1:9/', 'not a url', ''),
      from: fc.oneof({ weight: 8, arbitrary: person.map((p) => ({ id: `user-${p}`, aadObjectId: p, name: p })) }, { weight: 2, arbitrary: anyJson }),
      recipient: fc.constant({ id: 'sociocracy-bot', name: 'Sociocracy for Teams' }),
      conversation: fc.oneof(
        { weight: 8, arbitrary: fc.record({ id: fc.constantFrom('northside-chat', 'hub-channel', 'new-chat', 'constructor'), tenantId: fc.constantFrom('riverside-dev', 'riverside-dev', 'other-tenant', '__proto__'), conversationType: fc.constantFrom('personal', 'groupChat', 'channel') }) },
        { weight: 2, arbitrary: anyJson },
      ),
      text: fc.oneof(fc.constantFrom(...words), hostileStrings),
      name: fc.constantFrom(...invokeNames),
      value: fc.oneof(
        { weight: 6, arbitrary: fc.record({ action: fc.record({ type: fc.constantFrom('Action.Execute', 'Action.Submit'), verb: fc.oneof(fc.constantFrom(...verbs), hostileStrings), data }, { requiredKeys: [] }) }) },
        { weight: 2, arbitrary: anyJson },
      ),
      membersAdded: fc.oneof(fc.constant([{ id: 'sociocracy-bot' }]), anyJson),
      channelData: fc.oneof(fc.record({ tenant: fc.record({ id: fc.constantFrom('riverside-dev', 'other') }), team: fc.record({ id: fc.constantFrom('team-1', '') }), channel: fc.record({ id: fc.constantFrom('channel-1', '') }) }), anyJson),
      deliveryMode: fc.constantFrom('expectReplies', 'normal'),
      replyToId: hostileStrings,
    },
    { requiredKeys: ['type'] },
  );
  const text = fc.oneof({ weight: 9, arbitrary: activity.map((a) => JSON.stringify(a)) }, { weight: 1, arbitrary: strangeBodies });
  return fc.record({ body: text, contentType: fc.constantFrom('application/json', 'application/json', 'text/plain') }).map(({ body: sent, contentType }) => ({
    target: 'POST /api/messages',
    method: 'POST',
    path: '/api/messages',
    headers: { 'content-type': contentType },
    body: sent,
  }));
}
