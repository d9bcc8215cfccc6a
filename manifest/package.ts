import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { parseEnvFile, variableProblems, withDefaults } from './environment';
import { iconProblems, iconRules, type IconKind } from './icon-rules';
import { languageFilesOf, localisableTexts, translationProblems } from './localisation';
import { fillTemplate } from './template';
import { localisationSchemaProblems, schemaProblems, teamsRuleProblems } from './validate';
import { zip, type ZipEntry } from './zip';

/** A package that cannot be made, with every reason found. */
export class PackageError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`The app package was not made; fix these:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'PackageError';
  }
}

export interface PackageOptions {
  /** The repository root: where appPackage/, env/ and package.json are. */
  readonly root: string;
  /**
   * The environment: a name, read from env/.env.<name> and env/.env.<name>.user as the Agents Toolkit does,
   * or an env file's path. By default dev once provisioning has set its TEAMS_APP_ID, else the example values.
   */
  readonly env?: string;
  /** Where the zip goes; by default dist/package under the root. */
  readonly outDir?: string;
}

export interface AppPackage {
  readonly file: string;
  readonly envFile: string;
  readonly manifest: Record<string, unknown>;
  readonly bytes: number;
}

const exampleEnv = join('manifest', 'example.env');

function defaultEnv(root: string): string {
  const dev = join(root, 'env', '.env.dev');
  return existsSync(dev) && parseEnvFile(readFileSync(dev, 'utf8')).TEAMS_APP_ID ? 'dev' : exampleEnv;
}

/** The files an environment's values come from, later ones overriding: a path as it is, a name as the toolkit keeps it. */
export function envFilesOf(root: string, env: string): string[] {
  if (/[\\/]/.test(env) || env.endsWith('.env')) return [resolve(root, env)];
  const file = join(root, 'env', `.env.${env}`);
  return [file, `${file}.user`];
}

async function variablesOf(files: readonly string[]): Promise<Record<string, string>> {
  const found = await Promise.all(files.map(async (file) => (existsSync(file) ? parseEnvFile(await readFile(file, 'utf8')) : {})));
  return Object.assign({}, ...found) as Record<string, string>;
}

/** The files of appPackage/ the manifest names: both icons, then each language file, with what is wrong with them. */
async function packageFiles(root: string, manifest: Record<string, unknown>): Promise<{ files: ZipEntry[]; problems: string[] }> {
  const files: ZipEntry[] = [];
  const problems: string[] = [];
  const read = async (name: string, missing: string) => {
    const path = join(root, 'appPackage', name);
    if (existsSync(path)) return readFile(path);
    problems.push(`${relative(root, path)} does not exist (${missing})`);
    return undefined;
  };
  const icons = (manifest.icons ?? {}) as Partial<Record<IconKind, string>>;
  for (const kind of Object.keys(iconRules) as IconKind[]) {
    const name = icons[kind];
    if (!name) continue; // the schema has named it already
    const data = await read(name, 'npm run icons draws it');
    if (!data) continue;
    problems.push(...iconProblems(kind, name, data));
    files.push({ name, data });
  }
  const english = localisableTexts(manifest);
  for (const { file } of languageFilesOf(manifest)) {
    const data = await read(file, 'localizationInfo names it');
    if (!data) continue;
    let translated: Record<string, unknown>;
    try {
      translated = JSON.parse(data.toString('utf8')) as Record<string, unknown>;
    } catch (error) {
      problems.push(`${file} is not JSON: ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    problems.push(...localisationSchemaProblems(file, translated, String(manifest.manifestVersion)));
    problems.push(...translationProblems(file, english, translated));
    files.push({ name: file, data });
  }
  return { files, problems: [...new Set(problems)] };
}

/**
 * Makes the Teams app package of one environment, offline, as the Agents Toolkit's zipAppPackage does:
 * fills appPackage/manifest.json from the environment, checks it against the official schema of its
 * version and Teams' own rules, checks both icons and every language file, and writes
 * `sociocracy-for-teams-<version>.zip` with manifest.json, the icons and the language files at its root.
 */
export async function packageApp(options: PackageOptions): Promise<AppPackage> {
  const [envFile = '', ...more] = envFilesOf(options.root, options.env ?? defaultEnv(options.root));
  if (!existsSync(envFile)) throw new PackageError([`${envFile} does not exist (see env/README.md)`]);
  const packageJson = JSON.parse(await readFile(join(options.root, 'package.json'), 'utf8')) as { version: string };
  const variables = withDefaults(await variablesOf([envFile, ...more]), packageJson.version);
  const manifest = fillTemplate(await readFile(join(options.root, 'appPackage', 'manifest.json'), 'utf8'), variables);
  const { files, problems } = await packageFiles(options.root, manifest);
  problems.unshift(...variableProblems(variables), ...schemaProblems(manifest), ...teamsRuleProblems(manifest));
  if (problems.length > 0) throw new PackageError(problems);
  const outDir = options.outDir ?? join(options.root, 'dist', 'package');
  await mkdir(outDir, { recursive: true });
  const file = join(outDir, `sociocracy-for-teams-${String(manifest.version)}.zip`);
  const archive = zip([{ name: 'manifest.json', data: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`) }, ...files]);
  await writeFile(file, archive);
  return { file, envFile, manifest, bytes: archive.length };
}

/** `node dist/tools/manifest/package.js [--env <name> | --env <file>] [--out <folder>]` */
async function main(argv: readonly string[]): Promise<void> {
  const option = (name: string) => {
    const at = argv.indexOf(name);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const root = process.cwd();
  const env = option('--env');
  const outDir = option('--out');
  const made = await packageApp({ root, ...(env ? { env } : {}), ...(outDir ? { outDir: resolve(root, outDir) } : {}) });
  if (!env && made.envFile.endsWith(exampleEnv))
    console.log('env/.env.dev has no TEAMS_APP_ID yet: made from the example values, for a look rather than an upload.');
  console.log(
    `${relative(root, made.file)}: ${made.bytes} bytes, manifest ${String(made.manifest.manifestVersion)}, app ${String(made.manifest.id)} version ${String(made.manifest.version)}, from ${relative(root, made.envFile)}`,
  );
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
