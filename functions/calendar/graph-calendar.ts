import { z } from 'zod';
import type { WordedEntry } from './calendar-words';
import type { Call, Reply } from '../graph/graph-http';
import { graphExchange, trimmed } from '../graph/graph-http';
import { graphEventOf } from './graph-event';

export interface GraphCalendarSettings {
  readonly authorityHost: string;
  readonly graphBaseUrl: string;
  readonly clientId: string;
  readonly clientSecret: string;
  /** The customer tenant whose mailboxes we write to. */
  readonly tenantId: string;
  /** The organiser mailbox (user id or UPN); events live in its calendar (application permission Calendars.ReadWrite). */
  readonly organiser: string;
  readonly onlineMeetings: boolean;
}

export interface GraphCalendarDeps {
  readonly fetch?: typeof fetch;
  /** Every wait (throttling, back-off) goes through here, so tests record waits instead of sleeping. */
  readonly sleep?: (ms: number) => Promise<void>;
  readonly maxAttempts?: number;
  /** The clock the token cache reads. */
  readonly now?: () => number;
  /** 0 ≤ value < 1; spreads the back-off of many instances retrying at once. */
  readonly random?: () => number;
}

/** Why Graph did not do what was asked, in its own words or ours: for the log, never shown to people. */
export interface GraphError {
  readonly code: string;
  readonly message: string;
  /** Graph's HTTP status; 0 when no answer came at all. */
  readonly status: number;
}

export type GraphOutcome<T> = { ok: true; value: T } | { ok: false; error: GraphError };

export interface Person {
  readonly address: string;
  readonly name: string;
}

export interface OutlookCalendar {
  /** The e-mail addresses of circle members by Entra object id (mail, else userPrincipalName); people Graph does not know are left out. */
  addressesOf(personIds: readonly string[]): Promise<GraphOutcome<Map<string, Person>>>;
  /** `replaces`: the event this one follows after a cancel, so Graph does not hand the cancelled one back as a retried duplicate. */
  create(entry: WordedEntry, link: string, attendees: readonly Person[], replaces?: string): Promise<GraphOutcome<{ eventId: string }>>;
  /** PATCH; when Graph says the event is gone (404), creates it again and returns the new id. */
  update(eventId: string, entry: WordedEntry, link: string, attendees: readonly Person[]): Promise<GraphOutcome<{ eventId: string }>>;
  /** Cancels with a comment attendees receive; an event already gone (404) counts as cancelled. */
  cancel(eventId: string, comment: string): Promise<GraphOutcome<null>>;
}

const TokenAnswer = z.object({
  token_type: z.string().regex(/^bearer$/i),
  expires_in: z.coerce.number().int().positive(),
  access_token: z.string().min(1),
});
const TokenRefusal = z.object({ error: z.string(), error_description: z.string().optional() });
const GraphErrorBody = z.object({ error: z.object({ code: z.string(), message: z.string() }) });
const GraphUser = z.object({
  id: z.string(),
  displayName: z.string().nullish(),
  mail: z.string().nullish(),
  userPrincipalName: z.string().nullish(),
});
const CreatedEvent = z.object({ id: z.string().min(1) });

const secondMs = 1000;
/** A token is renewed this long before Entra says it expires, so no call goes out with one about to lapse. */
const tokenMarginMs = 5 * 60 * secondMs;
/** The calendar is kept by a timer, not a waiting person: it may wait longer between tries. */
const longestWaitMs = 120 * secondMs;
const requestTimeoutMs = 30 * secondMs;
/** Circles are small; a few lookups at a time keep well inside Graph's per-app limits. */
const lookupsAtOnce = 4;
const mailboxMissingCodes = new Set(['ErrorInvalidUser', 'MailboxNotEnabledForRESTAPI']);

const graphError = (code: string, message: string, status: number): { ok: false; error: GraphError } => ({
  ok: false,
  error: { code, message, status },
});
const segment = encodeURIComponent;

/** A 404 about the event itself, not about the organiser's mailbox, which would make every call fail alike. */
function eventIsGone(reply: Reply): boolean {
  if (reply.status !== 404) return false;
  const parsed = GraphErrorBody.safeParse(reply.body);
  return !parsed.success || !mailboxMissingCodes.has(parsed.data.error.code);
}

function graphFailure(reply: Reply): { ok: false; error: GraphError } {
  const parsed = GraphErrorBody.safeParse(reply.body);
  return parsed.success
    ? graphError(parsed.data.error.code, parsed.data.error.message, reply.status)
    : graphError(`http-${reply.status}`, `Microsoft Graph answered ${reply.status} without an error it explains.`, reply.status);
}

/** Writes a circle's calendar entries into Outlook through Microsoft Graph, as the app itself (client credentials). */
export function graphCalendar(settings: GraphCalendarSettings, deps: GraphCalendarDeps = {}): OutlookCalendar {
  const now = deps.now ?? Date.now;
  const graphRoot = `${trimmed(settings.graphBaseUrl)}/v1.0`;
  const events = `/users/${segment(settings.organiser)}/events`;
  const exchanged = graphExchange({ ...deps, maxAttempts: deps.maxAttempts ?? 5, longestWaitMs, requestTimeoutMs });

  /** One call, repeated through throttling, server faults and lost connections (`graphExchange`). */
  async function exchange(call: Call): Promise<GraphOutcome<Reply>> {
    const answered = await exchanged(call);
    return answered.ok ? { ok: true, value: answered.reply } : graphError('network-error', answered.message, 0);
  }

  let cached: { token: string; renewAt: number } | undefined;
  let pending: Promise<GraphOutcome<string>> | undefined;

  async function requestToken(): Promise<GraphOutcome<string>> {
    const form = new URLSearchParams({
      client_id: settings.clientId,
      client_secret: settings.clientSecret,
      scope: 'https://graph.microsoft.com/.default',
      grant_type: 'client_credentials',
    });
    const answered = await exchange({
      method: 'POST',
      url: `${trimmed(settings.authorityHost)}/${segment(settings.tenantId)}/oauth2/v2.0/token`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form.toString(),
    });
    if (!answered.ok) return answered;
    const reply = answered.value;
    const granted = TokenAnswer.safeParse(reply.body);
    if (reply.status === 200 && granted.success) {
      cached = { token: granted.data.access_token, renewAt: now() + granted.data.expires_in * secondMs - tokenMarginMs };
      return { ok: true, value: granted.data.access_token };
    }
    const refusal = TokenRefusal.safeParse(reply.body);
    return refusal.success
      ? graphError(refusal.data.error, refusal.data.error_description ?? refusal.data.error, reply.status)
      : graphError(
          'token-unreadable',
          `Entra ID answered the token request with ${reply.status} and nothing this app can read.`,
          reply.status,
        );
  }

  function token(): Promise<GraphOutcome<string>> {
    if (cached && now() < cached.renewAt) return Promise.resolve({ ok: true, value: cached.token });
    // Calls at the same moment share one token request.
    pending ??= requestToken().finally(() => {
      pending = undefined;
    });
    return pending;
  }

  /** A Graph call as the app; a 401 means the token was revoked or expired early, so it is renewed once. */
  async function graph(method: Call['method'], path: string, body?: unknown): Promise<GraphOutcome<Reply>> {
    for (let renewed = false; ; renewed = true) {
      const granted = await token();
      if (!granted.ok) return granted;
      const answered = await exchange({
        method,
        url: `${graphRoot}${path}`,
        headers: {
          authorization: `Bearer ${granted.value}`,
          accept: 'application/json',
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      if (!answered.ok || answered.value.status !== 401 || renewed) return answered;
      if (cached?.token === granted.value) cached = undefined;
    }
  }

  async function createEvent(
    entry: WordedEntry,
    link: string,
    attendees: readonly Person[],
    replaces?: string,
  ): Promise<GraphOutcome<{ eventId: string }>> {
    const event = graphEventOf(entry, {
      link,
      attendees,
      onlineMeeting: settings.onlineMeetings,
      ...(replaces === undefined ? {} : { replaces }),
    });
    const answered = await graph('POST', events, event);
    if (!answered.ok) return answered;
    if (answered.value.status !== 201 && answered.value.status !== 200) return graphFailure(answered.value);
    const created = CreatedEvent.safeParse(answered.value.body);
    return created.success
      ? { ok: true, value: { eventId: created.data.id } }
      : graphError('unexpected-response', 'Microsoft Graph created the event but named no id.', answered.value.status);
  }

  async function addressOf(personId: string): Promise<GraphOutcome<Person | undefined>> {
    const answered = await graph('GET', `/users/${segment(personId)}?$select=id,displayName,mail,userPrincipalName`);
    if (!answered.ok) return answered;
    if (answered.value.status === 404) return { ok: true, value: undefined };
    if (answered.value.status !== 200) return graphFailure(answered.value);
    const user = GraphUser.safeParse(answered.value.body);
    if (!user.success)
      return graphError('unexpected-response', `Microsoft Graph described user ${personId} in a shape this app cannot read.`, 200);
    // Guests and unlicensed accounts often have no mail; their sign-in name still reaches them.
    const address = user.data.mail || user.data.userPrincipalName;
    return { ok: true, value: address ? { address, name: user.data.displayName || address } : undefined };
  }

  return {
    async addressesOf(personIds) {
      const queue = [...new Set(personIds)];
      const found = new Map<string, Person>();
      let failure: { ok: false; error: GraphError } | undefined;
      const worker = async () => {
        for (let personId = queue.shift(); personId !== undefined && !failure; personId = queue.shift()) {
          const looked = await addressOf(personId);
          if (!looked.ok) failure = looked;
          else if (looked.value) found.set(personId, looked.value);
        }
      };
      await Promise.all(Array.from({ length: Math.min(lookupsAtOnce, queue.length) }, worker));
      if (failure) return failure;
      // Back in the order asked, whatever order the answers came in.
      return { ok: true, value: new Map(personIds.flatMap((id) => (found.has(id) ? [[id, found.get(id) as Person] as const] : []))) };
    },

    create: (entry, link, attendees, replaces) => createEvent(entry, link, attendees, replaces),

    async update(eventId, entry, link, attendees) {
      const { transactionId: _ignored, ...event } = graphEventOf(entry, { link, attendees, onlineMeeting: settings.onlineMeetings });
      // A series that became a single event must lose its recurrence: PATCH only changes what it names.
      const answered = await graph('PATCH', `${events}/${segment(eventId)}`, { ...event, recurrence: event.recurrence ?? null });
      if (!answered.ok) return answered;
      if (eventIsGone(answered.value)) return createEvent(entry, link, attendees, eventId);
      if (answered.value.status !== 200) return graphFailure(answered.value);
      return { ok: true, value: { eventId } };
    },

    async cancel(eventId, comment) {
      const answered = await graph('POST', `${events}/${segment(eventId)}/cancel`, { Comment: comment });
      if (!answered.ok) return answered;
      const { status } = answered.value;
      if (status === 202 || status === 200 || status === 204 || eventIsGone(answered.value)) return { ok: true, value: null };
      return graphFailure(answered.value);
    },
  };
}
