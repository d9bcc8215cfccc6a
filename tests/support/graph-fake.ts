import { randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { KeyLike } from 'jose';
import { z } from 'zod';
import type { ActivityNotification, DirectoryUser } from './graph-fake-people';
import { activityNotificationOf, declaredActivityTypes, onBehalfOfGrant, searchUsers } from './graph-fake-people';

/**
 * A contract fake of the parts of Entra ID and Microsoft Graph v1.0 the Outlook
 * calendar adapter calls, served over real HTTP on 127.0.0.1, with the documented
 * request and response shapes:
 *
 * - `POST /{tenant}/oauth2/v2.0/token` — client credentials and on-behalf-of grants (form-encoded), AADSTS errors;
 * - `GET /v1.0/users/{id | userPrincipalName}` with `$select`;
 * - `GET /v1.0/users` with `$search` (needs `ConsistencyLevel: eventual`), `$select`, `$top`;
 * - `POST /v1.0/users/{id}/teamwork/sendActivityNotification` → 204, recorded (app tokens only);
 * - `POST /v1.0/users/{organiser}/events` — create, deduplicated by `transactionId`;
 * - `GET | PATCH | DELETE /v1.0/users/{organiser}/events/{id}`;
 * - `POST /v1.0/users/{organiser}/events/{id}/cancel` with `{ Comment }` → 202.
 *
 * Graph errors are `{ error: { code, message, innerError } }`; tests inject
 * throttling and faults with `failNext`.
 */

export type FakeUser = DirectoryUser;

/** An activity-feed notification Graph accepted, to whom. */
export interface SentNotification {
  readonly personId: string;
  readonly notification: ActivityNotification;
}

export interface RecordedRequest {
  readonly method: string;
  /** The path as sent, still percent-encoded. */
  readonly path: string;
  readonly query: Record<string, string>;
  readonly headers: IncomingHttpHeaders;
  /** JSON or form fields when the request sent them, else the text, else undefined. */
  readonly body: unknown;
  /** What the fake answered. */
  status: number;
}

export interface InjectedResponse {
  readonly status: number;
  readonly headers?: Record<string, string>;
  readonly body?: unknown;
}

export interface GraphFake {
  /** Both the authority host and the Graph base URL. */
  readonly url: string;
  readonly requests: RecordedRequest[];
  /** The tenant's directory, by object id. */
  readonly users: Map<string, FakeUser>;
  /** A copy of every event in every mailbox, by event id, as Graph would return it. */
  events(): Map<string, Record<string, unknown>>;
  /** Someone deleted the event in Outlook. */
  deleteEvent(eventId: string): boolean;
  /** Every token issued so far stops working (revoked, or expired early). */
  expireTokens(): void;
  /** Puts a person in the tenant's directory (or changes them). */
  addUser(user: FakeUser): void;
  /** Entra refuses to exchange this person's token on their behalf until they consent (AADSTS65001). */
  withholdConsent(personId: string): void;
  /** Every activity-feed notification accepted, in the order received. */
  readonly notifications: SentNotification[];
  /** The next requests matching `match` get these answers, in order, instead of being served. */
  failNext(match: { method: string; path: RegExp }, ...responses: InjectedResponse[]): void;
  stop(): Promise<void>;
}

export interface GraphFakeOptions {
  readonly tenantId: string;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly users: readonly FakeUser[];
  /** The key Teams SSO tokens are signed with: on-behalf-of assertions are verified with it. Without it, only their claims are checked. */
  readonly assertionKey?: KeyLike;
}

/** The local stack's: the dev tenant and the app id and secret `npm start` gives a fake Graph. */
export const devGraphApp = { tenantId: 'riverside-dev', clientId: 'sociocracy-dev-app', clientSecret: 'dev-graph-secret' } as const;

/** Graph's answer when it throttles (documented: 429, Retry-After in seconds). */
export const throttled = (seconds?: number): InjectedResponse => ({
  status: 429,
  ...(seconds === undefined ? {} : { headers: { 'Retry-After': String(seconds) } }),
  body: { error: { code: 'TooManyRequests', message: 'Please retry again later.' } },
});

export const serverFault = (status: 500 | 502 | 503 | 504, headers?: Record<string, string>): InjectedResponse => ({
  status,
  ...(headers ? { headers } : {}),
  body: {
    error: {
      code: { 500: 'InternalServerError', 502: 'BadGateway', 503: 'ServiceNotAvailable', 504: 'GatewayTimeout' }[status],
      message: {
        500: 'An internal server error occurred.',
        502: 'Bad gateway.',
        503: 'The service is temporarily unavailable.',
        504: 'The gateway timed out.',
      }[status],
    },
  },
});

const graphScope = 'https://graph.microsoft.com/.default';
const tokenLifetimeSeconds = 3599;
const zeroTime = '0001-01-01T00:00:00Z';

// The documented event resource, as far as a client may write it. Strict objects:
// Graph refuses a property the event type does not have.
const knownZone = (zone: string) => {
  if (/ Standard Time$/.test(zone)) return true;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};
const DateTimeTimeZone = z.strictObject({
  dateTime: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?$/, 'dateTime must be {date}T{time} without an offset'),
  timeZone: z.string().refine(knownZone, 'timeZone is not a time zone the calendar API supports'),
});
const DayOfWeek = z.enum(['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday']);
const RecurrencePattern = z.strictObject({
  type: z.enum(['daily', 'weekly', 'absoluteMonthly', 'relativeMonthly', 'absoluteYearly', 'relativeYearly']),
  interval: z.number().int().min(1),
  month: z.number().int().min(0).max(12).optional(),
  dayOfMonth: z.number().int().min(0).max(31).optional(),
  daysOfWeek: z.array(DayOfWeek).optional(),
  firstDayOfWeek: DayOfWeek.optional(),
  index: z.enum(['first', 'second', 'third', 'fourth', 'last']).optional(),
});
const RecurrenceRange = z.strictObject({
  type: z.enum(['endDate', 'noEnd', 'numbered']),
  startDate: z.iso.date(),
  endDate: z.iso.date().optional(),
  recurrenceTimeZone: z.string().optional(),
  numberOfOccurrences: z.number().int().min(0).optional(),
});
const EventWrite = z.strictObject({
  subject: z.string().optional(),
  body: z.strictObject({ contentType: z.enum(['text', 'html']), content: z.string() }).optional(),
  start: DateTimeTimeZone,
  end: DateTimeTimeZone,
  isAllDay: z.boolean().optional(),
  showAs: z.enum(['free', 'tentative', 'busy', 'oof', 'workingElsewhere', 'unknown']).optional(),
  recurrence: z.strictObject({ pattern: RecurrencePattern, range: RecurrenceRange }).nullable().optional(),
  attendees: z
    .array(
      z.strictObject({
        emailAddress: z.strictObject({ address: z.email(), name: z.string().optional() }),
        type: z.enum(['required', 'optional', 'resource']),
      }),
    )
    .optional(),
  transactionId: z.string().min(1).optional(),
  isReminderOn: z.boolean().optional(),
  reminderMinutesBeforeStart: z.number().int().optional(),
  isOnlineMeeting: z.boolean().optional(),
  onlineMeetingProvider: z.enum(['unknown', 'teamsForBusiness', 'skypeForBusiness', 'skypeForConsumer']).optional(),
  importance: z.enum(['low', 'normal', 'high']).optional(),
  sensitivity: z.enum(['normal', 'personal', 'private', 'confidential']).optional(),
  categories: z.array(z.string()).optional(),
  location: z.strictObject({ displayName: z.string() }).optional(),
});
type EventWrite = z.infer<typeof EventWrite>;
const EventPatch = EventWrite.partial();
const CancelBody = z.strictObject({ Comment: z.string().optional() });

type EventResource = Record<string, unknown> & {
  id: string;
  start: { dateTime: string; timeZone: string };
  end: { dateTime: string; timeZone: string };
};

/** Graph answers times as {date}T{time} with seven fractional digits. */
function graphDateTime(value: { dateTime: string; timeZone: string }) {
  const [whole = '', fraction = ''] = value.dateTime.split('.');
  const seconds = whole.length === 16 ? `${whole}:00` : whole;
  return { dateTime: `${seconds}.${fraction.padEnd(7, '0')}`, timeZone: value.timeZone };
}

/** The rules Graph applies to a whole event, whether created or patched. */
function timingProblem(event: EventResource): string | undefined {
  const { start, end } = event;
  const sameZone = start.timeZone === end.timeZone;
  if (sameZone && end.dateTime < start.dateTime) return 'The end of the event is before its start.';
  if (event.isAllDay === true) {
    const midnight = (value: string) => /T00:00:00\.0+$/.test(value);
    if (!midnight(start.dateTime) || !midnight(end.dateTime) || !sameZone || end.dateTime <= start.dateTime) {
      return 'Your request can’t be completed. An all-day event must start and end at midnight in the same time zone.';
    }
  }
  const recurrence = event.recurrence as
    | { pattern: z.infer<typeof RecurrencePattern>; range: z.infer<typeof RecurrenceRange> }
    | null
    | undefined;
  if (!recurrence) return undefined;
  const { pattern, range } = recurrence;
  if (['weekly', 'relativeMonthly', 'relativeYearly'].includes(pattern.type) && !pattern.daysOfWeek?.length)
    return `A ${pattern.type} recurrence needs daysOfWeek.`;
  if (['absoluteMonthly', 'absoluteYearly'].includes(pattern.type) && !pattern.dayOfMonth)
    return `An ${pattern.type} recurrence needs dayOfMonth.`;
  if (pattern.type.endsWith('Yearly') && !pattern.month) return `A ${pattern.type} recurrence needs month.`;
  if (range.type === 'endDate' && !range.endDate) return 'A recurrence range of type endDate needs endDate.';
  if (range.type === 'numbered' && !range.numberOfOccurrences) return 'A recurrence range of type numbered needs numberOfOccurrences.';
  // Documented: the range's startDate must be the date of the event's start.
  if (range.startDate !== start.dateTime.slice(0, 10)) return 'The recurrence range startDate must be the date the event starts.';
  return undefined;
}

const zodMessage = (error: z.ZodError) => error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`).join('; ');

/** Starts the fake on an ephemeral port of 127.0.0.1. */
export async function startGraphFake(options: GraphFakeOptions = { ...devGraphApp, users: [] }): Promise<GraphFake> {
  const requests: RecordedRequest[] = [];
  const users = new Map(options.users.map((user) => [user.id, user]));
  const store = new Map<string, { owner: string; event: EventResource }>();
  const byTransaction = new Map<string, string>();
  /** Issued tokens: the app's own (client credentials), or a person's (on-behalf-of) with its scopes. */
  const tokens = new Map<string, { expiresAt: number; personId?: string; scopes?: readonly string[] }>();
  const unconsented = new Set<string>();
  const notifications: SentNotification[] = [];
  const activityTypes = declaredActivityTypes();
  const injected: { match: { method: string; path: RegExp }; responses: InjectedResponse[] }[] = [];
  let url = '';

  const userNamed = (idOrUpn: string) =>
    users.get(idOrUpn) ?? [...users.values()].find((user) => user.userPrincipalName.toLowerCase() === idOrUpn.toLowerCase());

  function send(response: ServerResponse, record: RecordedRequest, status: number, body?: unknown, headers: Record<string, string> = {}) {
    record.status = status;
    const text = body === undefined ? '' : JSON.stringify(body);
    response.writeHead(status, {
      'request-id': randomUUID(),
      ...(body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' }),
      ...headers,
    });
    response.end(text);
  }

  const graphError = (
    response: ServerResponse,
    record: RecordedRequest,
    status: number,
    code: string,
    message: string,
    headers?: Record<string, string>,
  ) =>
    send(
      response,
      record,
      status,
      {
        error: {
          code,
          message,
          innerError: { date: new Date().toISOString(), 'request-id': randomUUID(), 'client-request-id': randomUUID() },
        },
      },
      headers,
    );

  function aadError(
    response: ServerResponse,
    record: RecordedRequest,
    status: number,
    error: string,
    code: number,
    text: string,
    suberror?: string,
  ) {
    const traceId = randomUUID();
    const correlationId = randomUUID();
    const timestamp = new Date()
      .toISOString()
      .replace('T', ' ')
      .replace(/\.\d+Z$/, 'Z');
    send(response, record, status, {
      error,
      error_description: `AADSTS${code}: ${text} Trace ID: ${traceId} Correlation ID: ${correlationId} Timestamp: ${timestamp}`,
      error_codes: [code],
      timestamp,
      trace_id: traceId,
      correlation_id: correlationId,
      error_uri: `https://login.microsoftonline.com/error?code=${code}`,
      ...(suberror ? { suberror } : {}),
    });
  }

  async function issueToken(tenant: string, record: RecordedRequest, request: IncomingMessage, response: ServerResponse) {
    if (tenant !== options.tenantId) return aadError(response, record, 400, 'invalid_tenant', 90002, `Tenant '${tenant}' not found.`);
    if (!(request.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded')) {
      return aadError(
        response,
        record,
        400,
        'invalid_request',
        900144,
        "The request body must contain the following parameter: 'grant_type'.",
      );
    }
    const form = record.body as Record<string, string>;
    const onBehalfOf = form.grant_type === 'urn:ietf:params:oauth:grant-type:jwt-bearer';
    if (form.grant_type !== 'client_credentials' && !onBehalfOf)
      return aadError(response, record, 400, 'unsupported_grant_type', 70003, 'The app requested an unsupported grant type.');
    if (form.client_id !== options.clientId) {
      return aadError(
        response,
        record,
        400,
        'unauthorized_client',
        700016,
        `Application with identifier '${form.client_id ?? ''}' was not found in the directory.`,
      );
    }
    if (form.client_secret !== options.clientSecret) {
      return aadError(
        response,
        record,
        401,
        'invalid_client',
        7000215,
        'Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID.',
      );
    }
    if (onBehalfOf) {
      const exchanged = await onBehalfOfGrant(form, {
        tenantId: options.tenantId,
        clientId: options.clientId,
        unconsented,
        ...(options.assertionKey ? { assertionKey: options.assertionKey } : {}),
      });
      if ('refusal' in exchanged) {
        const { status, error, code, text, suberror } = exchanged.refusal;
        return aadError(response, record, status, error, code, text, suberror);
      }
      const accessToken = randomBytes(32).toString('base64url');
      tokens.set(accessToken, { expiresAt: Date.now() + tokenLifetimeSeconds * 1000, ...exchanged.grant });
      return send(response, record, 200, {
        token_type: 'Bearer',
        scope: exchanged.grant.scopes.join(' '),
        expires_in: tokenLifetimeSeconds,
        ext_expires_in: tokenLifetimeSeconds,
        access_token: accessToken,
      });
    }
    if (form.scope !== graphScope) {
      return aadError(
        response,
        record,
        400,
        'invalid_scope',
        1002012,
        `The provided value for scope ${form.scope ?? ''} is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier.`,
      );
    }
    const accessToken = randomBytes(32).toString('base64url');
    tokens.set(accessToken, { expiresAt: Date.now() + tokenLifetimeSeconds * 1000 });
    send(response, record, 200, {
      token_type: 'Bearer',
      expires_in: tokenLifetimeSeconds,
      ext_expires_in: tokenLifetimeSeconds,
      access_token: accessToken,
    });
  }

  // Exchange ids are standard base64, so they hold '+', '/' and '=': a client that
  // does not encode path segments fails against every event here, not by chance.
  const eventIdOf = () => `AAMkAGI2${Buffer.concat([Buffer.from([0xfb, 0xff]), randomBytes(40)]).toString('base64')}`;
  const stamped = <T extends Record<string, unknown>>(event: T): T => {
    const changeKey = randomBytes(12).toString('base64');
    return { ...event, lastModifiedDateTime: new Date().toISOString(), changeKey, '@odata.etag': `W/"${changeKey}"` };
  };
  const attendeesOf = (written: EventWrite['attendees']) =>
    (written ?? []).map((a) => ({
      type: a.type,
      status: { response: 'none', time: zeroTime },
      emailAddress: { name: a.emailAddress.name ?? a.emailAddress.address, address: a.emailAddress.address },
    }));
  const onlineOf = (event: Record<string, unknown>, id: string) =>
    event.isOnlineMeeting === true ? { joinUrl: `https://teams.microsoft.com/l/meetup-join/${encodeURIComponent(id)}` } : null;

  function createdEvent(owner: FakeUser, body: EventWrite): EventResource {
    const id = eventIdOf();
    const now = new Date().toISOString();
    const online = body.isOnlineMeeting === true;
    const event: EventResource = stamped({
      id,
      createdDateTime: now,
      categories: body.categories ?? [],
      transactionId: body.transactionId ?? null,
      originalStartTimeZone: body.start.timeZone,
      originalEndTimeZone: body.end.timeZone,
      iCalUId: `040000008200E00074C5B7101A82E008${randomBytes(28).toString('hex').toUpperCase()}`,
      reminderMinutesBeforeStart: body.reminderMinutesBeforeStart ?? (body.isAllDay ? 1080 : 15),
      isReminderOn: body.isReminderOn ?? true,
      hasAttachments: false,
      subject: body.subject ?? '',
      bodyPreview: (body.body?.content ?? '')
        .replace(/<[^>]*>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, 255),
      importance: body.importance ?? 'normal',
      sensitivity: body.sensitivity ?? 'normal',
      isAllDay: body.isAllDay ?? false,
      isCancelled: false,
      isOrganizer: true,
      responseRequested: true,
      seriesMasterId: null,
      showAs: body.showAs ?? 'busy',
      type: body.recurrence ? 'seriesMaster' : 'singleInstance',
      webLink: `https://outlook.office365.com/owa/?itemid=${encodeURIComponent(id)}&exvsurl=1&path=/calendar/item`,
      onlineMeetingUrl: null,
      isOnlineMeeting: online,
      onlineMeetingProvider: online ? (body.onlineMeetingProvider ?? 'teamsForBusiness') : 'unknown',
      recurrence: body.recurrence ?? null,
      responseStatus: { response: 'organizer', time: zeroTime },
      body: body.body ?? { contentType: 'text', content: '' },
      start: graphDateTime(body.start),
      end: graphDateTime(body.end),
      location: {
        displayName: body.location?.displayName ?? '',
        locationType: 'default',
        uniqueIdType: 'unknown',
        address: {},
        coordinates: {},
      },
      locations: [],
      attendees: attendeesOf(body.attendees),
      organizer: { emailAddress: { name: owner.displayName, address: owner.mail ?? owner.userPrincipalName } },
    });
    return { ...event, onlineMeeting: onlineOf(event, id) };
  }

  function patchedEvent(event: EventResource, patch: z.infer<typeof EventPatch>): EventResource {
    const merged: Record<string, unknown> = { ...event };
    for (const [key, value] of Object.entries(patch)) {
      if (value === undefined) continue;
      if (key === 'start' || key === 'end') merged[key] = graphDateTime(value as { dateTime: string; timeZone: string });
      else if (key === 'attendees') merged.attendees = attendeesOf(value as EventWrite['attendees']);
      else merged[key] = value;
    }
    merged.type = merged.recurrence ? 'seriesMaster' : 'singleInstance';
    merged.onlineMeeting = onlineOf(merged, event.id);
    return stamped(merged as EventResource);
  }

  const withContext = (organiser: string, event: EventResource) => ({
    '@odata.context': `${url}/v1.0/$metadata#users('${organiser}')/events/$entity`,
    ...event,
  });

  function serveGraph(segments: string[], record: RecordedRequest, request: IncomingMessage, response: ServerResponse) {
    const bearer = /^Bearer (\S+)$/.exec(request.headers.authorization ?? '')?.[1];
    const challenge = {
      'WWW-Authenticate':
        'Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", client_id="00000003-0000-0000-c000-000000000000"',
    };
    if (!bearer) return graphError(response, record, 401, 'InvalidAuthenticationToken', 'Access token is empty.', challenge);
    const issued = tokens.get(bearer);
    if (issued === undefined || issued.expiresAt <= Date.now())
      return graphError(
        response,
        record,
        401,
        'InvalidAuthenticationToken',
        'Lifetime validation failed, the token is expired.',
        challenge,
      );

    const [root, who, collection, eventId, action, ...rest] = segments;
    if (root === 'users' && who === undefined) {
      if (request.method !== 'GET')
        return graphError(response, record, 405, 'Request_BadRequest', 'The HTTP method is not allowed on this resource.');
      if (issued.scopes && !issued.scopes.includes('User.ReadBasic.All'))
        return graphError(response, record, 403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.');
      const consistency = request.headers.consistencylevel;
      const answer = searchUsers([...users.values()], record.query, Array.isArray(consistency) ? consistency[0] : consistency, url);
      return send(response, record, answer.status, answer.body);
    }
    if (root === 'users' && who && collection === 'teamwork' && eventId === 'sendActivityNotification' && action === undefined) {
      if (request.method !== 'POST')
        return graphError(response, record, 405, 'Request_BadRequest', 'The HTTP method is not allowed on this resource.');
      // The app notifies as itself (application permission TeamsActivity.Send); this fake issues no delegated TeamsActivity.Send.
      if (issued.personId !== undefined)
        return graphError(response, record, 403, 'Forbidden', 'Missing role permissions on the request: TeamsActivity.Send.');
      const recipient = userNamed(who);
      if (!recipient) return graphError(response, record, 404, 'NotFound', `User '${who}' was not found.`);
      if (
        !(request.headers['content-type'] ?? '').startsWith('application/json') ||
        typeof record.body !== 'object' ||
        record.body === null
      ) {
        return graphError(response, record, 400, 'BadRequest', 'The request body must be JSON with Content-Type application/json.');
      }
      const accepted = activityNotificationOf(record.body, activityTypes);
      if ('refusal' in accepted) return send(response, record, accepted.refusal.status, accepted.refusal.body);
      notifications.push({ personId: recipient.id, notification: accepted.notification });
      return send(response, record, 204);
    }
    if (root !== 'users' || !who || rest.length > 0)
      return graphError(response, record, 400, 'BadRequest', `Resource not found for the segment '${segments[0] ?? ''}'.`);
    const method = request.method ?? 'GET';

    if (collection === undefined) {
      if (method !== 'GET')
        return graphError(response, record, 405, 'Request_BadRequest', 'The HTTP method is not allowed on this resource.');
      const user = userNamed(who);
      if (!user)
        return graphError(
          response,
          record,
          404,
          'Request_ResourceNotFound',
          `Resource '${who}' does not exist or one of its queried reference-property objects are not present.`,
        );
      const select = record.query.$select?.split(',').map((field) => field.trim()) ?? ['id', 'displayName', 'mail', 'userPrincipalName'];
      const picked = Object.fromEntries(select.filter((field) => field in user).map((field) => [field, user[field as keyof FakeUser]]));
      return send(response, record, 200, { '@odata.context': `${url}/v1.0/$metadata#users(${select.join(',')})/$entity`, ...picked });
    }
    if (collection !== 'events')
      return graphError(response, record, 400, 'BadRequest', `Resource not found for the segment '${collection}'.`);
    const owner = userNamed(who);
    if (!owner) return graphError(response, record, 404, 'ErrorInvalidUser', `The requested user '${who}' is invalid.`);
    const isJson = (request.headers['content-type'] ?? '').startsWith('application/json');
    const unreadable = () =>
      graphError(
        response,
        record,
        400,
        'RequestBodyRead',
        'Cannot read the request body: it must be JSON with Content-Type application/json.',
      );

    if (eventId === undefined) {
      if (method !== 'POST') return graphError(response, record, 405, 'ErrorInvalidRequest', 'The OData request is not supported.');
      if (!isJson || record.body === undefined || typeof record.body === 'string') return unreadable();
      const parsed = EventWrite.safeParse(record.body);
      if (!parsed.success) return graphError(response, record, 400, 'ErrorInvalidRequest', zodMessage(parsed.error));
      // Documented: a POST with a transactionId already used is dropped; the event it made is returned.
      const seenKey = parsed.data.transactionId === undefined ? undefined : `${owner.id}\u0000${parsed.data.transactionId}`;
      const seen = seenKey === undefined ? undefined : store.get(byTransaction.get(seenKey) ?? '');
      if (seen) return send(response, record, 201, withContext(who, seen.event));
      const event = createdEvent(owner, parsed.data);
      const problem = timingProblem(event);
      if (problem) return graphError(response, record, 400, 'ErrorInvalidRequest', problem);
      store.set(event.id, { owner: owner.id, event });
      if (seenKey !== undefined) byTransaction.set(seenKey, event.id);
      return send(response, record, 201, withContext(who, event), { Location: `${url}/v1.0/users('${owner.id}')/events('${event.id}')` });
    }

    const stored = store.get(eventId);
    const notFound = () => graphError(response, record, 404, 'ErrorItemNotFound', 'The specified object was not found in the store.');
    if (!stored || stored.owner !== owner.id) return notFound();

    if (action === 'cancel') {
      if (method !== 'POST') return graphError(response, record, 405, 'ErrorInvalidRequest', 'The OData request is not supported.');
      if (record.body !== undefined && (!isJson || typeof record.body === 'string')) return unreadable();
      const parsed = CancelBody.safeParse(record.body ?? {});
      if (!parsed.success) return graphError(response, record, 400, 'ErrorInvalidRequest', zodMessage(parsed.error));
      stored.event = stamped({ ...stored.event, isCancelled: true });
      return send(response, record, 202);
    }
    if (action !== undefined) return graphError(response, record, 400, 'BadRequest', `Resource not found for the segment '${action}'.`);

    switch (method) {
      case 'GET':
        return send(response, record, 200, withContext(who, stored.event));
      case 'DELETE':
        store.delete(eventId);
        return send(response, record, 204);
      case 'PATCH': {
        if (!isJson || record.body === undefined || typeof record.body === 'string') return unreadable();
        const parsed = EventPatch.safeParse(record.body);
        if (!parsed.success) return graphError(response, record, 400, 'ErrorInvalidRequest', zodMessage(parsed.error));
        const event = patchedEvent(stored.event, parsed.data);
        const problem = timingProblem(event);
        if (problem) return graphError(response, record, 400, 'ErrorInvalidRequest', problem);
        stored.event = event;
        return send(response, record, 200, withContext(who, event));
      }
      default:
        return graphError(response, record, 405, 'ErrorInvalidRequest', 'The OData request is not supported.');
    }
  }

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const [path = '/', search = ''] = (request.url ?? '/').split('?');
    const contentType = request.headers['content-type'] ?? '';
    let body: unknown = text === '' ? undefined : text;
    if (text !== '' && contentType.startsWith('application/json')) {
      try {
        body = JSON.parse(text);
      } catch {
        body = text;
      }
    } else if (text !== '' && contentType.startsWith('application/x-www-form-urlencoded')) {
      body = Object.fromEntries(new URLSearchParams(text));
    }
    const record: RecordedRequest = {
      method: request.method ?? 'GET',
      path,
      query: Object.fromEntries(new URLSearchParams(search)),
      headers: request.headers,
      body,
      status: 0,
    };
    requests.push(record);

    const queued = injected.find(
      (entry) => entry.responses.length > 0 && entry.match.method.toUpperCase() === record.method && entry.match.path.test(path),
    );
    const answer = queued?.responses.shift();
    if (answer) return send(response, record, answer.status, answer.body, answer.headers);

    let segments: string[];
    try {
      segments = path.split('/').slice(1).map(decodeURIComponent);
    } catch {
      return graphError(response, record, 400, 'BadRequest', 'The request path is not valid.');
    }
    const [first, ...restOfPath] = segments;
    if (first === 'v1.0') return serveGraph(restOfPath, record, request, response);
    if (first && restOfPath.join('/') === 'oauth2/v2.0/token') {
      if (record.method !== 'POST')
        return aadError(response, record, 405, 'invalid_request', 900561, 'The endpoint only accepts POST requests.');
      return await issueToken(first, record, request, response);
    }
    return graphError(response, record, 404, 'NotFound', `Nothing is served at ${path}.`);
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ error: { code: 'InternalServerError', message: String(error) } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

  return {
    url,
    requests,
    users,
    events: () => new Map([...store].map(([id, { event }]) => [id, structuredClone(event)])),
    deleteEvent: (eventId) => store.delete(eventId),
    expireTokens: () => tokens.clear(),
    addUser: (user) => {
      users.set(user.id, user);
    },
    withholdConsent: (personId) => {
      unconsented.add(personId);
    },
    notifications,
    failNext: (match, ...responses) => {
      injected.push({ match, responses });
    },
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // fetch keeps connections alive; without this, close waits for them to time out.
        server.closeAllConnections();
      }),
  };
}
