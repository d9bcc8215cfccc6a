import { ConfigurationError, readSettings } from '../../functions/composition/config';

const local = { STORAGE_CONNECTION_STRING: 'UseDevelopmentStorage=true', AUTH_MODE: 'dev' };

function problemsOf(environment: Record<string, string>): readonly string[] {
  try {
    readSettings(environment);
  } catch (error) {
    if (error instanceof ConfigurationError) return error.problems;
    throw error;
  }
  return [];
}

describe('settings are read from the environment and checked at start-up', () => {
  it('accepts the local stack’s settings and fills in the defaults', () => {
    expect(readSettings(local)).toMatchObject({ AUTH_MODE: 'dev', DEV_TENANT_ID: 'riverside-dev', ALLOWED_TENANTS: '' });
  });

  it('refuses dev mode when it detects Azure, since dev mode accepts any identity', () => {
    expect(problemsOf({ ...local, WEBSITE_INSTANCE_ID: 'abc123' })).toEqual([expect.stringContaining('AUTH_MODE')]);
  });

  it('names every missing or bad setting at once', () => {
    const problems = problemsOf({ AUTH_MODE: 'sometimes' });
    expect(problems).toEqual(
      expect.arrayContaining([expect.stringContaining('STORAGE_CONNECTION_STRING'), expect.stringContaining('AUTH_MODE')]),
    );
  });

  it('requires the app’s client id and the bot’s own id and secret when verifying real Entra tokens', () => {
    expect(problemsOf({ STORAGE_CONNECTION_STRING: 'UseDevelopmentStorage=true' })).toEqual([
      expect.stringContaining('BOT_CLIENT_SECRET'),
      expect.stringContaining('BOT_CLIENT_ID'),
      expect.stringContaining('ENTRA_CLIENT_ID'),
    ]);
    expect(problemsOf({ STORAGE_CONNECTION_STRING: 'x', ENTRA_CLIENT_ID: 'client', BOT_CLIENT_ID: 'bot' })).toEqual([
      expect.stringMatching(/^BOT_CLIENT_SECRET is required when AUTH_MODE is entra/),
    ]);
    expect(
      readSettings({ STORAGE_CONNECTION_STRING: 'x', ENTRA_CLIENT_ID: 'client', BOT_CLIENT_ID: 'bot', BOT_CLIENT_SECRET: 'secret' })
        .AUTH_MODE,
    ).toBe('entra');
  });

  it('refuses one app id for tab and bot, since a person’s tab token would then also be a token for the bot', () => {
    expect(
      problemsOf({ STORAGE_CONNECTION_STRING: 'x', ENTRA_CLIENT_ID: 'same', BOT_CLIENT_ID: 'same', BOT_CLIENT_SECRET: 'secret' }),
    ).toEqual([expect.stringMatching(/^BOT_CLIENT_ID must differ from ENTRA_CLIENT_ID/)]);
  });

  it('reads the Bot Framework channel’s keys from its published metadata unless told otherwise', () => {
    expect(readSettings({ ...local })).toMatchObject({
      BOT_OPENID_METADATA_URL: 'https://login.botframework.com/v1/.well-known/openidconfiguration',
      BOT_ENTRA_OPENID_METADATA_URL: 'https://login.microsoftonline.com/{tenant}/v2.0/.well-known/openid-configuration',
    });
  });

  it('requires Graph’s secret with the app id when Outlook events are on, and names a bad tab address', () => {
    expect(problemsOf({ ...local, CALENDAR_ORGANISERS: 'tenant:organiser@example.org' })).toEqual([
      expect.stringContaining('GRAPH_CLIENT_SECRET'),
    ]);
    expect(
      problemsOf({
        ...local,
        CALENDAR_ORGANISERS: 'tenant:organiser@example.org',
        ENTRA_CLIENT_ID: 'client',
        GRAPH_CLIENT_SECRET: 'secret',
      }),
    ).toEqual([]);
    expect(problemsOf({ ...local, TAB_URL: 'not an address' })).toEqual([expect.stringContaining('TAB_URL')]);
  });
});
