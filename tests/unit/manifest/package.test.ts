import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodePng, encodePng } from '../../../manifest/png';
import { packageApp, PackageError } from '../../../manifest/package';
import { zip } from '../../../manifest/zip';
import { unzip } from '../../support/unzip';

const root = join(__dirname, '..', '..', '..');
let scratch: string;

beforeEach(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'sociocracy-package-'));
});

afterEach(async () => {
  await rm(scratch, { recursive: true, force: true });
});

/** A copy of what packaging reads (package.json, appPackage/ and the example values), to break one file of. */
async function copyOfRoot(): Promise<string> {
  const copy = join(scratch, 'root');
  await cp(join(root, 'appPackage'), join(copy, 'appPackage'), { recursive: true, filter: (source) => !source.includes('build') });
  await cp(join(root, 'manifest', 'example.env'), join(copy, 'manifest', 'example.env'));
  await cp(join(root, 'package.json'), join(copy, 'package.json'));
  return copy;
}

describe('the app package', () => {
  it('is a zip with manifest.json, both icons and each language file at its root, that unzips to the checked manifest and the files unchanged', async () => {
    const made = await packageApp({ root, env: 'manifest/example.env', outDir: scratch });
    expect(made.file).toBe(join(scratch, 'sociocracy-for-teams-0.1.0.zip'));
    const entries = unzip(await readFile(made.file));
    expect(entries.map((entry) => entry.name)).toEqual([
      'manifest.json',
      'color.png',
      'outline.png',
      'nl.json',
      'de.json',
      'fr.json',
      'es.json',
      'pt.json',
    ]);
    const byName = Object.fromEntries(entries.map((entry) => [entry.name, entry.data]));
    expect(JSON.parse(byName['manifest.json']?.toString('utf8') ?? '')).toEqual(made.manifest);
    expect(byName['color.png']).toEqual(await readFile(join(root, 'appPackage', 'color.png')));
    expect(byName['outline.png']).toEqual(await readFile(join(root, 'appPackage', 'outline.png')));
    expect(byName['nl.json']).toEqual(await readFile(join(root, 'appPackage', 'nl.json')));
    expect(made.bytes).toBe((await readFile(made.file)).length);
  });

  it('is the same bytes when made twice from the same files', async () => {
    const first = await readFile((await packageApp({ root, env: 'manifest/example.env', outDir: join(scratch, 'a') })).file);
    const second = await readFile((await packageApp({ root, env: 'manifest/example.env', outDir: join(scratch, 'b') })).file);
    expect(first.equals(second)).toBe(true);
  });

  it('is named after the environment’s app version', async () => {
    const env = join(scratch, 'prod.env');
    await writeFile(env, `${await readFile(join(root, 'manifest', 'example.env'), 'utf8')}\nAPP_VERSION=1.4.2\n`);
    const made = await packageApp({ root, env, outDir: scratch });
    expect(made.file.endsWith('sociocracy-for-teams-1.4.2.zip')).toBe(true);
    expect(made.manifest.version).toBe('1.4.2');
  });

  it('is not made from an env file that leaves variables out, and says which', async () => {
    const env = join(scratch, 'partial.env');
    await writeFile(env, 'TAB_URL=https://tab.example.org/\nDEVELOPER_NAME=Riverside Care Co-op\n');
    await expect(packageApp({ root, env, outDir: scratch })).rejects.toThrow(
      /does not set TEAMS_APP_ID, DEVELOPER_WEBSITE_URL, DEVELOPER_PRIVACY_URL, DEVELOPER_TERMS_URL, BOT_ID, ENTRA_CLIENT_ID:/,
    );
  });

  it('is not made while anything is wrong, and every problem is named at once', async () => {
    const copy = await copyOfRoot();
    const outline = decodePng(await readFile(join(copy, 'appPackage', 'outline.png')));
    outline.pixels.set([0, 0, 0, 255], 0);
    await writeFile(join(copy, 'appPackage', 'outline.png'), encodePng(outline));
    const env = join(scratch, 'wrong.env');
    await writeFile(env, `${await readFile(join(root, 'manifest', 'example.env'), 'utf8')}\nBOT_ID=the-bot\n`);
    const failure = await packageApp({ root: copy, env, outDir: scratch }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(PackageError);
    expect((failure as PackageError).problems).toEqual([
      'bots[0].botId must be a GUID',
      expect.stringMatching(/^outline.png \(outline icon\) has 1 pixel neither white nor fully transparent, the first at \(0, 0\)/),
    ]);
  });

  it('is not made without an icon, and says how to draw it', async () => {
    const copy = await copyOfRoot();
    await rm(join(copy, 'appPackage', 'color.png'));
    await expect(packageApp({ root: copy, env: 'manifest/example.env', outDir: scratch })).rejects.toThrow(
      'appPackage/color.png does not exist (npm run icons draws it)',
    );
  });

  it('is not made while a language file lacks a text or breaks its schema, naming the file and the field', async () => {
    const copy = await copyOfRoot();
    const file = join(copy, 'appPackage', 'de.json');
    const { 'description.short': _left, ...german } = JSON.parse(await readFile(file, 'utf8')) as Record<string, string>;
    await writeFile(file, JSON.stringify({ ...german, 'name.short': 'Soziokratie für Teams und alle ihre Kreise' }));
    const failure = await packageApp({ root: copy, env: 'manifest/example.env', outDir: scratch }).catch((error: unknown) => error);
    expect((failure as PackageError).problems).toEqual([
      'de.json: description.short is required',
      'de.json: name.short must NOT have more than 30 characters',
    ]);
  });

  it('reads a named environment from env/.env.<name>, and the secrets beside it from its .user file', async () => {
    const copy = await copyOfRoot();
    await mkdir(join(copy, 'env'));
    await cp(join(root, 'manifest', 'example.env'), join(copy, 'env', '.env.staging'));
    await writeFile(join(copy, 'env', '.env.staging.user'), 'APP_VERSION=2.0.0\n');
    const made = await packageApp({ root: copy, env: 'staging', outDir: scratch });
    expect(made.envFile).toBe(join(copy, 'env', '.env.staging'));
    expect(made.manifest.version).toBe('2.0.0');
  });
});

describe('zip archives', () => {
  it('round-trip stored and deflated entries with UTF-8 names', () => {
    const entries = [
      { name: 'manifest.json', data: Buffer.from(JSON.stringify({ name: 'Sociocracy for Teams', text: 'consent '.repeat(200) })) },
      { name: 'tiny', data: Buffer.from('a') },
      { name: 'empty', data: Buffer.alloc(0) },
      { name: 'Équipe de soins.txt', data: Buffer.from('Northside care team – circle’s aim') },
    ];
    const unzipped = unzip(zip(entries));
    expect(unzipped.map(({ name, data }) => ({ name, data }))).toEqual(entries);
    expect(unzipped.map((entry) => entry.method)).toEqual(['deflated', 'stored', 'stored', 'stored']);
  });
});
