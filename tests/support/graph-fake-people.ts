import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KeyLike } from 'jose';
import { decodeJwt, jwtVerify } from 'jose';
import { z } from 'zod';

/**
 * The parts of the Entra and Graph contract fake that the people picker and the
 * activity feed use, as pure functions the fake's server calls:
 *
 * - the on-behalf-of grant of the token endpoint (`grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer`,
 *   `requested_token_use=on_behalf_of`, `assertion`, `scope`), with AADSTS65001 when the user has not consented;
 * - `GET /v1.0/users` with `$search` (an advanced query: `ConsistencyLevel: eventual` required), `$select`, `$top`;
 * - `POST /v1.0/users/{id}/teamwork/sendActivityNotification`, its body checked against the
 *   activity types the app's manifest declares.
 */

export interface DirectoryUser {
  readonly id: string;
  readonly displayName: string;
  readonly mail: string | null;
  readonly userPrincipalName: string;
  /** Graph's `userType`; a user without one is a member. */
  readonly userType?: 'Member' | 'Guest';
}

/** What Entra refuses, as its token endpoint says it. */
export interface AadRefusal {
  readonly status: number;
  readonly error: string;
  readonly code: number;
  readonly text: string;
  readonly suberror?: string;
}

export interface DelegatedGrant {
  readonly personId: string;
  readonly scopes: readonly string[];
}

const graphResource = 'https://graph.microsoft.com/';
/** Delegated Graph permissions the app's registration asks for. */
const delegatedPermissions = new Set(['User.ReadBasic.All']);

/**
 * Checks an on-behalf-of request as Entra does: the confidential client's own
 * credentials are checked by the caller; here, the grant's fields and the assertion
 * (a token for this app, from this tenant, unexpired, signed with `assertionKey` when given).
 */
export async function onBehalfOfGrant(
  form: Record<string, string>,
  expected: {
    readonly tenantId: string;
    readonly clientId: string;
    readonly assertionKey?: KeyLike;
    readonly unconsented: ReadonlySet<string>;
  },
): Promise<{ grant: DelegatedGrant } | { refusal: AadRefusal }> {
  const refusal = (status: number, error: string, code: number, text: string, suberror?: string) => ({
    refusal: { status, error, code, text, ...(suberror ? { suberror } : {}) },
  });
  if (form.requested_token_use !== 'on_behalf_of')
    return refusal(400, 'invalid_request', 900144, "The request body must contain the following parameter: 'requested_token_use'.");
  if (!form.assertion)
    return refusal(400, 'invalid_request', 900144, "The request body must contain the following parameter: 'assertion'.");
  const scopes = (form.scope ?? '').split(' ').filter((scope) => scope !== '');
  if (scopes.length === 0)
    return refusal(400, 'invalid_request', 900144, "The request body must contain the following parameter: 'scope'.");
  const permissions = scopes.map((scope) => (scope.startsWith(graphResource) ? scope.slice(graphResource.length) : null));
  if (permissions.some((permission) => permission === null || (permission !== '.default' && !delegatedPermissions.has(permission)))) {
    return refusal(
      400,
      'invalid_scope',
      70011,
      `The provided value for the input parameter 'scope' is not valid. The scope ${form.scope} is not valid.`,
    );
  }
  let claims: Record<string, unknown>;
  try {
    claims = expected.assertionKey ? (await jwtVerify(form.assertion, expected.assertionKey)).payload : decodeJwt(form.assertion);
  } catch {
    return refusal(400, 'invalid_grant', 50013, 'Assertion failed signature validation.');
  }
  if (claims.aud !== expected.clientId)
    return refusal(400, 'invalid_grant', 50013, 'Assertion audience does not match the Client app presenting the assertion.');
  if (claims.tid !== expected.tenantId) return refusal(400, 'invalid_grant', 50013, 'Assertion contains an invalid tenant.');
  if (typeof claims.exp !== 'number' || claims.exp * 1000 <= Date.now())
    return refusal(400, 'invalid_grant', 500133, 'Assertion is not within its valid time range.');
  const personId = typeof claims.oid === 'string' ? claims.oid : '';
  if (personId === '') return refusal(400, 'invalid_grant', 50013, 'Assertion names no user.');
  if (expected.unconsented.has(personId)) {
    return refusal(
      400,
      'invalid_grant',
      65001,
      `The user or administrator has not consented to use the application with ID '${expected.clientId}'. Send an interactive authorization request for this user and resource.`,
      'consent_required',
    );
  }
  return { grant: { personId, scopes: permissions.map(String) } };
}

interface Reply {
  readonly status: number;
  readonly body: unknown;
}

const graphError = (status: number, code: string, message: string): Reply => ({ status, body: { error: { code, message } } });

/** One `"property:text"` term of `$search`, as Graph reads it: `\"` and `\\` stand for themselves. */
interface SearchTerm {
  readonly property: string;
  readonly text: string;
}

/** `"a:b" OR "c:d"` into its terms and operators; null when it is not that shape. */
export function parseSearch(search: string): { terms: SearchTerm[]; operators: ('OR' | 'AND')[] } | null {
  const terms: SearchTerm[] = [];
  const operators: ('OR' | 'AND')[] = [];
  let at = 0;
  while (at < search.length) {
    if (search[at] !== '"') return null;
    let text = '';
    let end = at + 1;
    for (; end < search.length && search[end] !== '"'; end += 1) {
      if (search[end] === '\\') end += 1;
      if (end >= search.length) return null;
      text += search[end];
    }
    if (end >= search.length) return null;
    const colon = text.indexOf(':');
    if (colon <= 0) return null;
    terms.push({ property: text.slice(0, colon), text: text.slice(colon + 1) });
    at = end + 1;
    if (at === search.length) break;
    const operator = /^ (OR|AND) /.exec(search.slice(at));
    if (!operator) return null;
    operators.push(operator[1] as 'OR' | 'AND');
    at += operator[0].length;
  }
  return terms.length > 0 ? { terms, operators } : null;
}

const searchable = new Set(['displayName', 'mail', 'userPrincipalName', 'givenName', 'surname']);
const selectable = ['id', 'displayName', 'mail', 'userPrincipalName', 'userType', 'givenName', 'surname', 'jobTitle'];

/** Graph's tokenised search: each word of the text begins a word of the property, case aside. */
function termFinds(user: DirectoryUser, term: SearchTerm): boolean {
  const value = (user as unknown as Record<string, unknown>)[term.property];
  if (typeof value !== 'string') return false;
  const words = value
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
  return term.text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '')
    .every((part) => words.some((word) => word.startsWith(part)));
}

/** `GET /v1.0/users` with the query Graph documents for a directory search. */
export function searchUsers(
  users: readonly DirectoryUser[],
  query: Record<string, string>,
  consistencyLevel: string | undefined,
  baseUrl: string,
): Reply {
  const search = query.$search;
  if (search !== undefined && consistencyLevel?.toLowerCase() !== 'eventual') {
    return graphError(
      400,
      'Request_UnsupportedQuery',
      "Request with $search query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'",
    );
  }
  const top = query.$top === undefined ? 100 : Number(query.$top);
  if (!Number.isInteger(top) || top < 1 || top > 999)
    return graphError(400, 'Request_BadRequest', `Invalid page size specified: '${query.$top}'. Must be between 1 and 999 inclusive.`);
  const select = query.$select?.split(',').map((field) => field.trim()) ?? ['id', 'displayName', 'mail', 'userPrincipalName'];
  const unknown = select.find((field) => !selectable.includes(field));
  if (unknown) return graphError(400, 'Request_BadRequest', `Could not find a property named '${unknown}' on type 'microsoft.graph.user'.`);
  let found = [...users];
  if (search !== undefined) {
    const parsed = parseSearch(search);
    if (!parsed) return graphError(400, 'Request_UnsupportedQuery', `Syntax error: the $search value ${search} is not valid.`);
    const strange = parsed.terms.find((term) => !searchable.has(term.property));
    if (strange) return graphError(400, 'Request_UnsupportedQuery', `Unsupported or invalid search property '${strange.property}'.`);
    // OR binds more loosely than AND, as in Graph's search syntax.
    const groups: SearchTerm[][] = [[]];
    parsed.terms.forEach((term, index) => {
      (groups[groups.length - 1] as SearchTerm[]).push(term);
      if (parsed.operators[index] === 'OR') groups.push([]);
    });
    found = found.filter((user) => groups.some((group) => group.every((term) => termFinds(user, term))));
  }
  const value = found
    .slice(0, top)
    .map((user) =>
      Object.fromEntries(
        select.map((field) => [
          field,
          field === 'userType' ? (user.userType ?? 'Member') : ((user as unknown as Record<string, unknown>)[field] ?? null),
        ]),
      ),
    );
  return { status: 200, body: { '@odata.context': `${baseUrl}/v1.0/$metadata#users(${select.join(',')})`, value } };
}

/** The activity types the app's manifest declares, each with the parameters its template names. */
export function declaredActivityTypes(): Map<string, readonly string[]> {
  const manifest = JSON.parse(readFileSync(join(__dirname, '../../appPackage/manifest.json'), 'utf8')) as {
    activities?: { activityTypes?: { type: string; templateText: string }[] };
  };
  return new Map(
    (manifest.activities?.activityTypes ?? []).map(({ type, templateText }) => [
      type,
      [...templateText.matchAll(/\{(\w+)\}/g)].map((match) => match[1] as string).filter((name) => name !== 'actor'),
    ]),
  );
}

const ActivityNotification = z.strictObject({
  topic: z.strictObject({ source: z.enum(['entityUrl', 'text']), value: z.string().min(1), webUrl: z.string().url().optional() }),
  activityType: z.string().min(1),
  chainId: z.number().int().optional(),
  previewText: z.strictObject({ content: z.string() }),
  templateParameters: z.array(z.strictObject({ name: z.string().min(1), value: z.string() })).optional(),
  teamsAppId: z.string().optional(),
  iconId: z.string().optional(),
});
export type ActivityNotification = z.infer<typeof ActivityNotification>;

/** What Graph refuses in a `sendActivityNotification` body, or the notification it accepts. */
export function activityNotificationOf(
  body: unknown,
  declared: ReadonlyMap<string, readonly string[]>,
): { notification: ActivityNotification } | { refusal: Reply } {
  const parsed = ActivityNotification.safeParse(body);
  if (!parsed.success)
    return {
      refusal: graphError(
        400,
        'BadRequest',
        parsed.error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`).join('; '),
      ),
    };
  const notification = parsed.data;
  if (notification.topic.source === 'text' && !notification.topic.webUrl)
    return { refusal: graphError(400, 'BadRequest', 'topic.webUrl is required when topic.source is text.') };
  const names = declared.get(notification.activityType);
  if (notification.activityType !== 'systemDefault' && names === undefined) {
    return { refusal: graphError(400, 'BadRequest', `Activity type '${notification.activityType}' is not declared in the app manifest.`) };
  }
  const given = new Set((notification.templateParameters ?? []).map((parameter) => parameter.name));
  const missing = (names ?? []).filter((name) => !given.has(name));
  if (missing.length > 0)
    return {
      refusal: graphError(
        400,
        'BadRequest',
        `Template parameters missing for activity type '${notification.activityType}': ${missing.join(', ')}.`,
      ),
    };
  return { notification };
}
