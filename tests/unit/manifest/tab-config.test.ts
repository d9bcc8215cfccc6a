import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundleTab, type TabBundle } from '../../../functions/dev/tab-bundle';
import { parseEnvFile, withDefaults } from '../../../manifest/environment';
import { fillTemplate } from '../../../manifest/template';

jest.setTimeout(60_000);

const root = join(__dirname, '..', '..', '..');
let bundle: TabBundle;

beforeAll(async () => {
  bundle = await bundleTab(await mkdtemp(join(tmpdir(), 'sociocracy-tab-config-')));
});

afterAll(async () => {
  await rm(bundle.folder, { recursive: true, force: true });
});

/** The pages the manifest points Teams at, relative to TAB_URL. */
function manifestPages(): string[] {
  const variables = withDefaults(parseEnvFile(readFileSync(join(root, 'manifest', 'example.env'), 'utf8')), '0.1.0');
  const manifest = fillTemplate(readFileSync(join(root, 'appPackage', 'manifest.json'), 'utf8'), variables) as {
    configurableTabs: { configurationUrl: string }[];
    staticTabs: { contentUrl?: string }[];
  };
  const urls = [
    ...manifest.configurableTabs.map((tab) => tab.configurationUrl),
    ...manifest.staticTabs.flatMap((tab) => (tab.contentUrl ? [tab.contentUrl] : [])),
  ];
  return urls.map((url) => url.slice((variables.TAB_URL ?? '').length) || 'index.html');
}

describe('the circle tab’s setup page in the tab bundle', () => {
  it('serves every page the manifest points Teams at: the setup page and the tab itself', () => {
    expect(manifestPages()).toEqual(['config.html', 'index.html']);
    for (const page of manifestPages()) expect(readFileSync(join(bundle.folder, page), 'utf8')).toMatch(/^<!doctype html>/);
  });

  it('loads its own script, built beside the tab, and leaves the tab’s first load as it was', async () => {
    const html = await readFile(join(bundle.folder, 'config.html'), 'utf8');
    expect(html).toContain('<script type="module" src="./config.js"></script>');
    expect(bundle.files['config.js']).toBeGreaterThan(0);
    expect(bundle.firstLoad).toContain('main.js');
    expect(bundle.firstLoad).not.toContain('config.js');
  });

  it('registers the tab’s content with Teams and declares itself valid at once', async () => {
    // The bundle is minified; the source says what it does, and `tsc -p tab` checks it against teams-js.
    const source = await readFile(join(root, 'tab', 'config.ts'), 'utf8');
    expect(source).toContain('pages.config.registerOnSaveHandler');
    expect(source).toContain('pages.config.setValidityState(true)');
    expect(source).toMatch(/setConfig\(\{ entityId: 'circle', contentUrl: content/);
  });
});
