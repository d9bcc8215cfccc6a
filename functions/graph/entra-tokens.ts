import { z } from 'zod';
import type { GraphHttpDeps } from './graph-http';
import { graphExchange, trimmed } from './graph-http';

/** The app's registration in Entra ID and where Entra and Graph are reached. */
export interface GraphAppSettings {
  readonly authorityHost: string;
  readonly graphBaseUrl: string;
  readonly clientId: string;
  readonly clientSecret: string;
}

export type TokenOutcome =
  | { readonly ok: true; readonly token: string }
  /**
   * `consentRequired`: the person (or an admin) must first let the app act for them; nothing else mends it.
   * `code` and `message` are Entra's, or say what kept it from answering: for the log, never shown to people.
   */
  | { readonly ok: false; readonly consentRequired: boolean; readonly code: string; readonly message: string };

const tokenError = (code: string, message: string, consentRequired = false): TokenOutcome => ({
  ok: false,
  consentRequired,
  code,
  message,
});

const TokenAnswer = z.object({
  token_type: z.string().regex(/^bearer$/i),
  expires_in: z.coerce.number().int().positive(),
  access_token: z.string().min(1),
});
const TokenRefusal = z.object({
  error: z.string(),
  error_description: z.string().optional(),
  error_codes: z.array(z.number()).optional(),
  suberror: z.string().optional(),
});

const secondMs = 1000;
/** A token is renewed this long before Entra says it expires, so no call goes out with one about to lapse. */
const tokenMarginMs = 5 * 60 * secondMs;
/** People searching at once keep their own Graph tokens; past this many, the least recently used go first. */
const delegatedTokensKept = 1000;
/** AADSTS65001: the user or administrator has not consented to use the application. */
const consentMissingCode = 65001;

const appScope = 'https://graph.microsoft.com/.default';

function refusalOf(status: number, body: unknown): TokenOutcome {
  const refusal = TokenRefusal.safeParse(body);
  if (!refusal.success)
    return tokenError('token-unreadable', `Entra ID answered the token request with ${status} and nothing this app can read.`);
  const { error, error_description: description, error_codes: codes, suberror } = refusal.data;
  const consentRequired =
    error === 'consent_required' ||
    error === 'interaction_required' ||
    suberror === 'consent_required' ||
    (codes ?? []).includes(consentMissingCode);
  return tokenError(error, description ?? error, consentRequired);
}

interface Kept {
  readonly token: string;
  readonly renewAt: number;
}

/** Asks Entra for tokens at the tenant's token endpoint and keeps each until shortly before it expires. */
export function entraTokens(settings: GraphAppSettings, deps: GraphHttpDeps = {}) {
  const exchange = graphExchange(deps);
  const now = deps.now ?? Date.now;
  const kept = new Map<string, Kept>();
  const pending = new Map<string, Promise<TokenOutcome>>();

  async function request(key: string, tenantId: string, form: Record<string, string>, keepAtMost: number): Promise<TokenOutcome> {
    const answered = await exchange({
      method: 'POST',
      url: `${trimmed(settings.authorityHost)}/${encodeURIComponent(tenantId)}/oauth2/v2.0/token`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ client_id: settings.clientId, client_secret: settings.clientSecret, ...form }).toString(),
    });
    if (!answered.ok) return tokenError('no-answer', answered.message);
    const { status, body } = answered.reply;
    const granted = TokenAnswer.safeParse(body);
    if (status !== 200 || !granted.success) return refusalOf(status, body);
    kept.delete(key);
    kept.set(key, { token: granted.data.access_token, renewAt: now() + granted.data.expires_in * secondMs - tokenMarginMs });
    if (kept.size > keepAtMost) kept.delete(kept.keys().next().value as string);
    return { ok: true, token: granted.data.access_token };
  }

  function token(key: string, tenantId: string, form: Record<string, string>, keepAtMost: number): Promise<TokenOutcome> {
    const known = kept.get(key);
    if (known && now() < known.renewAt) return Promise.resolve({ ok: true, token: known.token });
    // Calls at the same moment share one token request.
    let asked = pending.get(key);
    if (!asked) {
      asked = request(key, tenantId, form, keepAtMost).finally(() => pending.delete(key));
      pending.set(key, asked);
    }
    return asked;
  }

  return {
    /** The app's own token in the tenant (client credentials): for what the app does by itself, such as notifying people. */
    app: (tenantId: string): Promise<TokenOutcome> =>
      token(`app\u0000${tenantId}`, tenantId, { grant_type: 'client_credentials', scope: appScope }, Number.MAX_SAFE_INTEGER),

    /**
     * A token to act with the person's own rights (on-behalf-of), exchanged for the
     * Teams SSO token they signed in with; kept per person for its lifetime, whatever
     * SSO token they send next.
     */
    onBehalfOf: (tenantId: string, personId: string, assertion: string, scope: string): Promise<TokenOutcome> =>
      token(
        `person\u0000${tenantId}\u0000${personId}\u0000${scope}`,
        tenantId,
        {
          grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer',
          requested_token_use: 'on_behalf_of',
          assertion,
          scope,
        },
        delegatedTokensKept,
      ),

    /** Forgets a token Graph refused (revoked, or expired early), so the next call asks again. */
    forget(tenantId: string, personId?: string, scope?: string): void {
      kept.delete(personId === undefined ? `app\u0000${tenantId}` : `person\u0000${tenantId}\u0000${personId}\u0000${scope ?? ''}`);
    },
  };
}

export type EntraTokens = ReturnType<typeof entraTokens>;
