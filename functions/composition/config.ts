import { z } from 'zod';

/**
 * Settings come from environment variables, checked once at start-up so a
 * missing or bad one is named before anything runs.
 */
const Settings = z
  .object({
    STORAGE_CONNECTION_STRING: z
      .string()
      .min(1, 'is required: a Table Storage connection string, or UseDevelopmentStorage=true for Azurite'),
    AUTH_MODE: z.enum(['entra', 'dev']).default('entra'),
    /** The Entra app (client) id the tab's SSO tokens are issued to. */
    ENTRA_CLIENT_ID: z.string().optional(),
    /** Where the signing keys of a tenant are published; `{tenant}` is replaced. Tests point it at a local JWKS. */
    ENTRA_JWKS_URL: z.string().default('https://login.microsoftonline.com/{tenant}/discovery/v2.0/keys'),
    /** Token issuer; `{tenant}` is replaced by the token's tenant id. */
    ENTRA_ISSUER: z.string().default('https://login.microsoftonline.com/{tenant}/v2.0'),
    /** Comma-separated tenant ids allowed to use this deployment; empty allows any. */
    ALLOWED_TENANTS: z.string().default(''),
    /** Entra object ids (within their tenant) who administer the organisation, as tenant:oid pairs. */
    ORGANISATION_ADMINS: z.string().default(''),
    DEV_TENANT_ID: z.string().default('riverside-dev'),
    /** The bot's Entra app id (its Azure Bot registration): an app registration of its own, never the tab's. */
    BOT_CLIENT_ID: z.string().optional(),
    /** The bot's client secret, with which it posts to Teams. */
    BOT_CLIENT_SECRET: z.string().optional(),
    /** The bot's home tenant, for a single-tenant bot registration. */
    BOT_TENANT_ID: z.string().optional(),
    /**
     * Comma-separated app ids whose Entra-issued channel tokens a single-tenant bot takes
     * (Azure Bot Service's, the `azp`/`appid` of its tokens); empty takes none. Any app
     * registered in the tenant can get a token for the bot's id, so the caller must be named.
     */
    BOT_ENTRA_CALLERS: z.string().default(''),
    /** The Bot Framework channel service's OpenID metadata (its signing keys). Tests point it at a local fake. */
    BOT_OPENID_METADATA_URL: z.string().url().default('https://login.botframework.com/v1/.well-known/openidconfiguration'),
    /** Entra's OpenID metadata for a single-tenant bot's tenant (`{tenant}` is replaced): the keys of Entra-issued channel tokens. */
    BOT_ENTRA_OPENID_METADATA_URL: z.string().default('https://login.microsoftonline.com/{tenant}/v2.0/.well-known/openid-configuration'),
    /** The tab's public address; calendar events link to it. */
    TAB_URL: z.string().url('must be the tab’s address, such as https://tab.example.org/').default('http://127.0.0.1:7071/tab/'),
    /** Where the tab's bundle is, served at /api/tab/ (the deployment package puts it in `tab`). */
    TAB_FOLDER: z.string().default('dist/tab'),
    /** The Teams app id (manifest `id`): with it, calendar links open the app's tab inside Teams. */
    TEAMS_APP_ID: z.string().optional(),
    /** Outlook calendars through Microsoft Graph: the organiser mailbox per tenant, as tenant:mailbox pairs (user id or UPN). Empty turns Outlook events off; the iCalendar feeds stay. */
    CALENDAR_ORGANISERS: z.string().default(''),
    /**
     * The app's client secret for Graph: Outlook events and activity-feed notices as the app (Calendars.ReadWrite,
     * User.Read.All, TeamsActivity.Send), and the people picker on the caller's behalf (User.ReadBasic.All).
     */
    GRAPH_CLIENT_SECRET: z.string().optional(),
    GRAPH_BASE_URL: z.string().url().default('https://graph.microsoft.com'),
    ENTRA_AUTHORITY_HOST: z.string().url().default('https://login.microsoftonline.com'),
    /** Whether calendar events of meetings carry a Teams online meeting. */
    CALENDAR_ONLINE_MEETINGS: z.enum(['true', 'false']).default('false'),
    /** Set by Azure App Service and Functions: its presence means we run in Azure. */
    WEBSITE_INSTANCE_ID: z.string().optional(),
  })
  .superRefine((settings, context) => {
    if (settings.AUTH_MODE === 'dev' && settings.WEBSITE_INSTANCE_ID) {
      context.addIssue({
        code: 'custom',
        path: ['AUTH_MODE'],
        message: 'dev mode is refused in Azure (WEBSITE_INSTANCE_ID is set): it would accept any identity',
      });
    }
    if (settings.CALENDAR_ORGANISERS.trim() && !(settings.ENTRA_CLIENT_ID && settings.GRAPH_CLIENT_SECRET)) {
      context.addIssue({
        code: 'custom',
        path: ['GRAPH_CLIENT_SECRET'],
        message: 'is required with ENTRA_CLIENT_ID when CALENDAR_ORGANISERS is set: Outlook events are written with the app’s own token',
      });
    }
    if (settings.AUTH_MODE === 'entra' && !settings.BOT_CLIENT_SECRET) {
      context.addIssue({
        code: 'custom',
        path: ['BOT_CLIENT_SECRET'],
        message: 'is required when AUTH_MODE is entra: the bot signs what it posts to Teams with it (a Key Vault reference in Azure)',
      });
    }
    if (settings.AUTH_MODE === 'entra' && !settings.BOT_CLIENT_ID) {
      context.addIssue({
        code: 'custom',
        path: ['BOT_CLIENT_ID'],
        message: 'is required when AUTH_MODE is entra: the app id of the bot’s own registration, the only audience its endpoint accepts',
      });
    }
    if (settings.AUTH_MODE === 'entra' && settings.BOT_CLIENT_ID && settings.BOT_CLIENT_ID === settings.ENTRA_CLIENT_ID) {
      // With one audience, a person's tab token would also be a token for the bot's endpoint.
      context.addIssue({
        code: 'custom',
        path: ['BOT_CLIENT_ID'],
        message:
          'must differ from ENTRA_CLIENT_ID: the bot needs an app registration of its own, so that no tab sign-in token is ever a bot token',
      });
    }
    if (settings.AUTH_MODE === 'entra' && !settings.ENTRA_CLIENT_ID) {
      context.addIssue({
        code: 'custom',
        path: ['ENTRA_CLIENT_ID'],
        message: 'is required when AUTH_MODE is entra: the app id tokens are issued to',
      });
    }
  });
export type Settings = z.infer<typeof Settings>;

export class ConfigurationError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`The app cannot start; fix these settings:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigurationError';
  }
}

/** Reads and checks the settings; throws one error that names every bad setting. */
export function readSettings(environment: Record<string, string | undefined>): Settings {
  const parsed = Settings.safeParse(environment);
  if (parsed.success) return parsed.data;
  throw new ConfigurationError(parsed.error.issues.map((issue) => `${issue.path.join('.') || 'settings'} ${issue.message}`));
}
