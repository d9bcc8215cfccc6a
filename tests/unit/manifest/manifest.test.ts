import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { CalendarEntry } from '../../../shared';
import { commandWords } from '../../../functions/bot/command-words';
import { tabLinkOf } from '../../../functions/calendar/tab-link';
import { parseEnvFile, variableProblems, withDefaults } from '../../../manifest/environment';
import { fillTemplate, MissingVariablesError, placeholdersOf } from '../../../manifest/template';
import { schemaFile, schemaProblems, teamsRuleProblems } from '../../../manifest/validate';

const root = join(__dirname, '..', '..', '..');
const template = readFileSync(join(root, 'appPackage', 'manifest.json'), 'utf8');
const example = parseEnvFile(readFileSync(join(root, 'manifest', 'example.env'), 'utf8'));
const variables = withDefaults(example, '0.1.0');

interface Manifest {
  manifestVersion: string;
  id: string;
  bots: { botId?: string; scopes: string[]; commandLists: { scopes: string[]; commands: { title: string; description?: string }[] }[] }[];
  configurableTabs: { configurationUrl: string; scopes: string[]; context: string[] }[];
  staticTabs: { entityId: string; contentUrl?: string }[];
  webApplicationInfo: { id: string; resource: string };
  validDomains: string[];
  description: { short: string; full: string };
}

/** A fresh copy of the example environment's manifest, to break in one place. */
const filled = () => fillTemplate(template, variables) as unknown as Manifest & Record<string, unknown>;
const asRecord = (manifest: Manifest) => manifest as unknown as Record<string, unknown>;

describe('the app manifest', () => {
  it('is the newest manifest version whose official schema is shipped offline, and the filled manifest passes it', () => {
    const manifest = filled();
    const shipped = readdirSync(join(dirname(schemaFile('1.30')), '..'))
      .flatMap((name) => /^v1\.(\d+)$/.exec(name)?.[1] ?? [])
      .map(Number);
    expect(manifest.manifestVersion).toBe(`1.${Math.max(...shipped)}`);
    expect(manifest.manifestVersion).toBe('1.30');
    expect(manifest.$schema).toBe('https://developer.microsoft.com/json-schemas/teams/v1.30/MicrosoftTeams.schema.json');
    expect(schemaProblems(asRecord(manifest))).toEqual([]);
    expect(teamsRuleProblems(asRecord(manifest))).toEqual([]);
  });

  it('takes every id and address from the environment: no id is written into the template', () => {
    expect(placeholdersOf(template)).toEqual([
      'APP_VERSION',
      'TEAMS_APP_ID',
      'DEVELOPER_NAME',
      'DEVELOPER_WEBSITE_URL',
      'DEVELOPER_PRIVACY_URL',
      'DEVELOPER_TERMS_URL',
      'BOT_ID',
      'TAB_URL',
      'TAB_DOMAIN',
      'ENTRA_CLIENT_ID',
    ]);
    expect(template).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i);
    const text = JSON.stringify(filled());
    expect(text).not.toContain('${{');
    for (const name of placeholdersOf(template)) expect(text).toContain(JSON.stringify(variables[name]).slice(1, -1));
  });

  it('fills the same values into each place: the tab, its domain, single sign-on and the bot', () => {
    const manifest = filled();
    expect(manifest.configurableTabs[0]?.configurationUrl).toBe('https://sociocracy.example.org/tab/config.html');
    expect(manifest.validDomains).toEqual(['sociocracy.example.org']);
    expect(manifest.webApplicationInfo).toEqual({
      id: example.ENTRA_CLIENT_ID,
      resource: `api://sociocracy.example.org/${example.ENTRA_CLIENT_ID}`,
    });
    expect(manifest.bots[0]?.botId).toBe(example.BOT_ID);
    expect(manifest.id).toBe(example.TEAMS_APP_ID);
  });

  it('names every variable the environment leaves out', () => {
    const { BOT_ID: _bot, ENTRA_CLIENT_ID: _entra, ...rest } = variables;
    expect(() => fillTemplate(template, rest)).toThrow(MissingVariablesError);
    expect(() => fillTemplate(template, rest)).toThrow(/does not set BOT_ID, ENTRA_CLIENT_ID:/);
  });

  it('derives the tab domain and the version, and refuses a tab address Teams would not load', () => {
    expect(withDefaults({ TAB_URL: 'https://tab.example.org:8443/tab/' }, '2.1.0')).toEqual({
      TAB_URL: 'https://tab.example.org:8443/tab/',
      TAB_DOMAIN: 'tab.example.org:8443',
      APP_VERSION: '2.1.0',
    });
    expect(withDefaults({ TAB_URL: 'https://tab.example.org/', APP_VERSION: '3.0.0' }, '2.1.0').APP_VERSION).toBe('3.0.0');
    expect(variableProblems({ TAB_URL: 'http://127.0.0.1:7071/tab/' })).toEqual([
      expect.stringMatching(/^TAB_URL must be an https:\/\/ address/),
    ]);
    expect(variableProblems({ TAB_URL: 'https://tab.example.org/tab' })).toEqual([expect.stringMatching(/^TAB_URL must end with a slash/)]);
    expect(variableProblems({ TAB_URL: 'https://tab.example.org/', TAB_DOMAIN: 'other.example.org' })).toEqual([
      expect.stringMatching(/^TAB_DOMAIN must be the host of TAB_URL/),
    ]);
    expect(variableProblems({ APP_VERSION: '1.0' })).toEqual([expect.stringMatching(/^APP_VERSION must be major.minor.patch/)]);
  });

  it('reads env files with comments, blank lines and quoted values', () => {
    expect(
      parseEnvFile('# a comment\n\nDEVELOPER_NAME="Riverside Care Co-op"\r\nexport TAB_URL=https://x.example.org/\nBROKEN LINE\n'),
    ).toEqual({ DEVELOPER_NAME: 'Riverside Care Co-op', TAB_URL: 'https://x.example.org/' });
  });

  it('fails the schema when the bot has no id, naming the field', () => {
    const manifest = filled();
    delete manifest.bots[0]?.botId;
    expect(schemaProblems(asRecord(manifest))).toEqual(['bots[0].botId is required']);
  });

  it('fails the schema for a tab context Teams does not know, naming the field and the known ones', () => {
    const manifest = filled();
    manifest.configurableTabs[0]?.context.push('meetingBackstage');
    expect(schemaProblems(asRecord(manifest))).toEqual([
      expect.stringMatching(/^configurableTabs\[0\]\.context\[6\] must be one of .*meetingSidePanel, meetingStage$/),
    ]);
  });

  it('fails the schema for a bad id, a bad colour and an unknown field, one sentence each', () => {
    const manifest = filled();
    manifest.id = 'riverside';
    manifest.accentColor = 'teal';
    manifest.botCommands = [];
    expect(schemaProblems(asRecord(manifest)).sort()).toEqual([
      'accentColor must be a colour such as #1D6B66',
      'botCommands is not a field of this manifest version',
      'id must be a GUID',
    ]);
  });

  it('fails Teams’ own rules for a tab page off the valid domains or over plain http', () => {
    const manifest = filled();
    manifest.validDomains = ['other.example.org'];
    manifest.staticTabs[0]!.contentUrl = 'http://other.example.org/tab/';
    expect(teamsRuleProblems(asRecord(manifest))).toEqual([
      'configurableTabs[0].configurationUrl is on sociocracy.example.org, which validDomains does not list',
      'staticTabs[0].contentUrl must be an https address (it is "http://other.example.org/tab/")',
      'staticTabs[0].websiteUrl is on sociocracy.example.org, which validDomains does not list',
      'webApplicationInfo.resource is on sociocracy.example.org, which validDomains does not list',
    ]);
  });

  it('offers in its command menus exactly the words the bot answers to', () => {
    const lists = filled().bots[0]?.commandLists ?? [];
    const offered = new Set(lists.flatMap((list) => list.commands.map((command) => command.title)));
    expect([...offered].sort()).toEqual(Object.keys(commandWords).sort());
    for (const list of lists) for (const command of list.commands) expect(command.description).toBeTruthy();
  });

  it('has one command list per scope the bot serves: personal, team and group chat', () => {
    const bot = filled().bots[0];
    expect(bot?.scopes).toEqual(['personal', 'team', 'groupChat']);
    expect(bot?.commandLists.map((list) => list.scopes)).toEqual([['personal'], ['team'], ['groupChat']]);
    // A 1:1 chat is nobody's circle home, so binding is offered only where a circle can live.
    const titles = (scope: string) => bot?.commandLists.find((list) => list.scopes.includes(scope))?.commands.map((c) => c.title);
    expect(titles('personal')).not.toContain('bind');
    expect(titles('team')).toContain('bind');
    expect(titles('groupChat')).toContain('bind');
  });

  it('adds the circle tab to channels, chats and meetings, including the side panel and the stage', () => {
    const [tab] = filled().configurableTabs;
    expect(tab?.scopes).toEqual(['team', 'groupChat']);
    expect(tab?.context).toEqual([
      'channelTab',
      'privateChatTab',
      'meetingChatTab',
      'meetingDetailsTab',
      'meetingSidePanel',
      'meetingStage',
    ]);
  });

  it('has the personal tab Me that calendar deep links open, beside the bot chat and About', () => {
    const manifest = filled();
    expect(manifest.staticTabs.map((tab) => tab.entityId)).toEqual(['me', 'conversations', 'about']);
    expect(manifest.staticTabs[0]?.contentUrl).toBe(example.TAB_URL);
    const review: CalendarEntry = {
      entryId: 'northside-rhythm',
      circleId: 'northside',
      subject: { kind: 'meeting-rhythm' },
      title: 'Northside care team meets',
      description: '',
      when: { kind: 'day', date: '2026-03-02' },
      attendees: [],
    };
    const link = tabLinkOf({ tabUrl: example.TAB_URL ?? '', teamsAppId: manifest.id })(review);
    expect(link.startsWith(`https://teams.microsoft.com/l/entity/${manifest.id}/${manifest.staticTabs[0]?.entityId}?`)).toBe(true);
  });

  it('describes itself in plain words within Teams’ limits, and asks for no permissions it does not use', () => {
    const manifest = filled();
    expect(manifest.description.short.length).toBeLessThanOrEqual(80);
    expect(manifest.description.full.length).toBeLessThanOrEqual(4000);
    expect(manifest.description.full).toMatch(/co-operatives, care organisations and collectives/);
    expect(manifest).not.toHaveProperty('permissions');
    expect(manifest).not.toHaveProperty('devicePermissions');
    // The one permission: a meeting's facilitator shares the tab's stage view (tab/teams/stage.ts).
    expect(manifest).toHaveProperty('authorization', {
      permissions: { resourceSpecific: [{ name: 'MeetingStage.Write.Chat', type: 'Delegated' }] },
    });
  });
});
