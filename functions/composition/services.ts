import { existsSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import type { HttpRequest } from '@azure/functions';
import type { Actor, Meeting, Selection } from '../../shared';
import { Meeting as MeetingSchema, parse, PersonId, Selection as SelectionSchema, selectionInbox } from '../../shared';
import type { BotTokenVerifier } from '../auth/bot-token';
import { botTokenVerifier } from '../auth/bot-token';
import type { CalendarRepository } from '../application/ports/calendar-repository';
import type { CircleListingRepository } from '../application/ports/circle-listing-repository';
import type { CircleMapRepository } from '../application/ports/circle-map-repository';
import type { ConversationRepository } from '../application/ports/conversation-repository';
import type { DeadlineRepository } from '../application/ports/deadline-repository';
import type { FeedTokenRepository } from '../application/ports/feed-token-repository';
import type { InboxRepository } from '../application/ports/inbox-repository';
import type { LogbookRepository } from '../application/ports/logbook-repository';
import type { ProposalRepository } from '../application/ports/proposal-repository';
import type { RecordRepository } from '../application/ports/record-repository';
import type { ReminderRepository } from '../application/ports/reminder-repository';
import type { RosterRepository } from '../application/ports/roster-repository';
import type { StructureRepository } from '../application/ports/structure-repository';
import type { Authentication } from '../auth/sso-token';
import type { OutlookCalendar } from '../calendar/graph-calendar';
import { graphCalendar } from '../calendar/graph-calendar';
import type { TabAddress } from '../calendar/tab-link';
import { ssoTokenVerifier } from '../auth/sso-token';
import { CalendarStore } from '../storage/calendar-store';
import { CircleListingStore } from '../storage/circle-listing-store';
import { CircleMapStore } from '../storage/circle-map-store';
import { ConversationStore } from '../storage/conversation-store';
import { DeadlineIndex } from '../storage/deadline-index';
import { EventHistory } from '../storage/event-history';
import { FeedTokens } from '../storage/feed-tokens';
import { InboxStore } from '../storage/inbox-store';
import { LogbookStore } from '../storage/logbook-store';
import { ProposalStore } from '../storage/proposal-store';
import { RecordStore } from '../storage/record-store';
import { ReminderIndex } from '../storage/reminder-index';
import { RosterStore } from '../storage/roster-store';
import { StructureStore } from '../storage/structure-store';
import { ensureTable, tableClient, type RoundTrips } from '../storage/table-storage';
import type { HistoryRepository } from '../application/ports/history-repository';
import type { ActivityFeed } from '../application/ports/activity-feed';
import type { Directory } from '../application/ports/directory';
import { activityFeedOf, directoryOf } from '../graph/graph-of-settings';
import type { Settings } from './config';
import { textsFor } from '../../texts/all';

/** The adapters every route uses, chosen once at start-up. */
export interface Services {
  authenticate(request: HttpRequest): Promise<Authentication>;
  actorOf(tenantId: string, personId: string): Actor;
  /** Whether this deployment serves the tenant (ALLOWED_TENANTS; empty allows any). */
  tenantAllowed(tenantId: string): boolean;
  readonly structures: StructureRepository;
  readonly proposals: ProposalRepository;
  readonly selections: RecordRepository<Selection>;
  readonly meetings: RecordRepository<Meeting>;
  /** The events kept beside every record: each circle's, proposal's, selection's and meeting's history. */
  readonly history: HistoryRepository;
  /** The logbook kept beside the records, read a page at a time. */
  readonly logbook: LogbookRepository;
  /** What awaits each person, kept beside the records. */
  readonly inbox: InboxRepository;
  /** Each circle's lists of proposals, selections and meetings kept beside its records, read a page at a time. */
  readonly listings: CircleListingRepository;
  /** The circle map kept beside the structure. */
  readonly circleMap: CircleMapRepository;
  readonly conversations: ConversationRepository;
  /** Who Teams listed in each conversation the bot read, for circles to bring them in. */
  readonly rosters: RosterRepository;
  readonly reminders: ReminderRepository;
  /** When running asynchronous rounds close or remind those still to answer, beside the reminders' index. */
  readonly deadlines: DeadlineRepository;
  readonly calendar: CalendarRepository;
  readonly feeds: FeedTokenRepository;
  /** The tenant's Outlook calendar (Microsoft Graph), or null where CALENDAR_ORGANISERS names no mailbox for it. */
  outlookFor(tenantId: string): OutlookCalendar | null;
  /** The tenant's directory for the people picker (Microsoft Graph), or null without Graph settings. */
  readonly directory: Directory | null;
  /** Teams' activity feed (Microsoft Graph), or null without Graph settings. */
  readonly activityFeed: ActivityFeed | null;
  /** The folder of the tab's bundle, which the Function App serves. */
  readonly tabFolder: string;
  /** The tab's Entra app id, which its sign-in window asks the person's consent for; null where nobody signs in (dev mode). */
  readonly signInClientId: string | null;
  /** Where calendar events and cards link to. */
  readonly tabAddress: TabAddress;
  /** How the bot authenticates with Teams; without a client id (dev mode) it takes unsigned requests, as the Agents Playground sends. */
  readonly botAuth: { readonly clientId?: string; readonly clientSecret?: string; readonly tenantId?: string };
  /** Checks that a bot request comes from the Bot Connector; null in dev mode, where the Agents Playground signs nothing. */
  readonly botTokens: BotTokenVerifier | null;
  now(): string;
}

export const governanceTable = 'governance';
/** Indexes that span tenants and hold ids only: the reminders' due dates and the rounds' deadlines, the feeds' tokens. */
export const reminderTable = 'reminders';
export const feedTable = 'feeds';

function list(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

/**
 * Dev mode (the local stack only; refused in Azure by the settings) takes the
 * person from the `x-dev-person` header in the demo tenant instead of a token.
 * Without a well-formed person there is no caller: nobody is acted for by default.
 */
function devAuthentication(settings: Settings) {
  return async (request: HttpRequest): Promise<Authentication> => {
    const person = parse(PersonId, request.headers.get('x-dev-person') ?? '', 'x-dev-person');
    if (!person.ok)
      return {
        ok: false,
        message: `Dev mode needs the caller in a header: send x-dev-person: <person>, such as x-dev-person: amara (${textsFor('en').say('refusals', person.error.said)}).`,
      };
    return { ok: true, identity: { tenantId: settings.DEV_TENANT_ID, personId: person.value, name: null } };
  };
}

/** The bot's own app registration (never the tab's: the settings refuse the same id for both). */
function botAuthOf(settings: Settings): Services['botAuth'] {
  const clientId = settings.BOT_CLIENT_ID;
  return {
    ...(clientId ? { clientId } : {}),
    ...(settings.BOT_CLIENT_SECRET ? { clientSecret: settings.BOT_CLIENT_SECRET } : {}),
    ...(settings.BOT_TENANT_ID ? { tenantId: settings.BOT_TENANT_ID } : {}),
  };
}

/**
 * A relative TAB_FOLDER is looked for beside the code first (the bundle's `tab`,
 * wherever the Functions host starts the worker), then from the working folder
 * (`dist/tab` of the local stack).
 */
function tabFolderOf(folder: string): string {
  if (isAbsolute(folder)) return folder;
  const besideCode = resolve(__dirname, folder);
  return existsSync(besideCode) ? besideCode : resolve(folder);
}

/** One Graph client per tenant with an organiser mailbox, made on first use (each keeps its own token). */
function outlookCalendars(settings: Settings): (tenantId: string) => OutlookCalendar | null {
  const organisers = new Map(
    list(settings.CALENDAR_ORGANISERS).map((pair) => {
      const at = pair.indexOf(':');
      return [pair.slice(0, at), pair.slice(at + 1)] as const;
    }),
  );
  const clients = new Map<string, OutlookCalendar>();
  return (tenantId) => {
    const organiser = organisers.get(tenantId);
    if (!organiser || !settings.ENTRA_CLIENT_ID || !settings.GRAPH_CLIENT_SECRET) return null;
    let client = clients.get(tenantId);
    if (!client) {
      client = graphCalendar({
        authorityHost: settings.ENTRA_AUTHORITY_HOST,
        graphBaseUrl: settings.GRAPH_BASE_URL,
        clientId: settings.ENTRA_CLIENT_ID,
        clientSecret: settings.GRAPH_CLIENT_SECRET,
        tenantId,
        organiser,
        onlineMeetings: settings.CALENDAR_ONLINE_MEETINGS === 'true',
      });
      clients.set(tenantId, client);
    }
    return client;
  };
}

/**
 * `roundTrips`, when given, counts every request to Table Storage (tests and
 * benchmarks assert the cost of a request); `deadlineMs` replaces the deadline of a
 * storage call (a benchmark seeding a large organisation on Azurite waits longer).
 */
export async function createServices(
  settings: Settings,
  options: { readonly roundTrips?: RoundTrips; readonly deadlineMs?: number } = {},
): Promise<Services> {
  const client = (name: string) => tableClient(settings.STORAGE_CONNECTION_STRING, name, options.roundTrips, options.deadlineMs);
  const table = client(governanceTable);
  const reminderIndex = client(reminderTable);
  const feedIndex = client(feedTable);
  await Promise.all([ensureTable(table), ensureTable(reminderIndex), ensureTable(feedIndex)]);
  const verify = ssoTokenVerifier({
    clientId: settings.ENTRA_CLIENT_ID ?? '',
    jwksUrl: settings.ENTRA_JWKS_URL,
    issuer: settings.ENTRA_ISSUER,
    allowedTenants: list(settings.ALLOWED_TENANTS),
  });
  const admins = new Set(list(settings.ORGANISATION_ADMINS));
  const tenants = new Set(list(settings.ALLOWED_TENANTS));
  return {
    authenticate:
      settings.AUTH_MODE === 'dev' ? devAuthentication(settings) : (request) => verify(request.headers.get('authorization') ?? undefined),
    tenantAllowed: (tenantId) => tenants.size === 0 || tenants.has(tenantId),
    actorOf: (tenantId, personId) => ({ kind: 'person', personId, organisationAdmin: admins.has(`${tenantId}:${personId}`) }),
    structures: new StructureStore(table),
    proposals: new ProposalStore(table),
    selections: new RecordStore(table, 'selection', SelectionSchema, selectionInbox),
    meetings: new RecordStore(table, 'meeting', MeetingSchema),
    history: new EventHistory(table),
    logbook: new LogbookStore(table),
    inbox: new InboxStore(table),
    listings: new CircleListingStore(table),
    circleMap: new CircleMapStore(table),
    conversations: new ConversationStore(table),
    rosters: new RosterStore(table),
    reminders: new ReminderIndex(reminderIndex),
    deadlines: new DeadlineIndex(reminderIndex),
    calendar: new CalendarStore(table),
    feeds: new FeedTokens(feedIndex),
    outlookFor: outlookCalendars(settings),
    directory: directoryOf(settings),
    activityFeed: activityFeedOf(settings),
    tabFolder: tabFolderOf(settings.TAB_FOLDER),
    signInClientId: settings.ENTRA_CLIENT_ID ?? null,
    tabAddress: { tabUrl: settings.TAB_URL, ...(settings.TEAMS_APP_ID ? { teamsAppId: settings.TEAMS_APP_ID } : {}) },
    botAuth: settings.AUTH_MODE === 'dev' ? {} : botAuthOf(settings),
    botTokens:
      settings.AUTH_MODE === 'dev' || !settings.BOT_CLIENT_ID
        ? null
        : botTokenVerifier({
            botClientId: settings.BOT_CLIENT_ID,
            channelMetadataUrl: settings.BOT_OPENID_METADATA_URL,
            entraMetadataUrl: settings.BOT_ENTRA_OPENID_METADATA_URL,
            entraCallers: list(settings.BOT_ENTRA_CALLERS),
            ...(settings.BOT_TENANT_ID ? { botTenantId: settings.BOT_TENANT_ID } : {}),
          }),
    now: () => new Date().toISOString(),
  };
}
