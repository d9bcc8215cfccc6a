import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { parseEnvFile, variableProblems, withDefaults } from './environment';
import { iconProblems, iconRules, type IconKind } from './icon-rules';
import { fillTemplate } from './template';
import { schemaProblems, teamsRuleProblems } from './validate';
import { zip } from './zip';

/** A package that cannot be made, with every reason found. */
export class PackageError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`The app package was not made; fix these:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'PackageError';
  }
}

export interface PackageOptions {
  /** The repository root: where manifest/ and package.json are. */
  readonly root: string;
  /** The environment's file; by default manifest/env/dev.env, else its example. */
  readonly envFile?: string;
  /** Where the zip goes; by default dist/package under the root. */
  readonly outDir?: string;
}

export interface AppPackage {
  readonly file: string;
  readonly envFile: string;
  readonly manifest: Record<string, unknown>;
  readonly bytes: number;
}

function defaultEnvFile(root: string): string {
  const own = join(root, 'manifest', 'env', 'dev.env');
  return existsSync(own) ? own : `${own}.example`;
}

/**
 * Makes the Teams app package of one environment: fills manifest.template.json from
 * the env file, checks the manifest against the official schema of its version (offline)
 * and Teams' own rules, checks both icons, and writes
 * `sociocracy-for-teams-<version>.zip` with manifest.json and the icons at its root.
 */
export async function packageApp(options: PackageOptions): Promise<AppPackage> {
  const envFile = resolve(options.root, options.envFile ?? defaultEnvFile(options.root));
  if (!existsSync(envFile)) throw new PackageError([`${envFile} does not exist (copy manifest/env/dev.env.example and fill it in)`]);
  const packageJson = JSON.parse(await readFile(join(options.root, 'package.json'), 'utf8')) as { version: string };
  const variables = withDefaults(parseEnvFile(await readFile(envFile, 'utf8')), packageJson.version);
  const template = await readFile(join(options.root, 'manifest', 'manifest.template.json'), 'utf8');
  const manifest = fillTemplate(template, variables);
  const problems = [...variableProblems(variables), ...schemaProblems(manifest), ...teamsRuleProblems(manifest)];
  const icons = (manifest.icons ?? {}) as Partial<Record<IconKind, string>>;
  const files: { name: string; data: Buffer }[] = [];
  for (const kind of Object.keys(iconRules) as IconKind[]) {
    const name = icons[kind];
    if (!name) continue; // the schema has named it already
    const path = join(options.root, 'manifest', 'icons', name);
    if (!existsSync(path)) {
      problems.push(`${relative(options.root, path)} does not exist (npm run icons draws it)`);
      continue;
    }
    const data = await readFile(path);
    problems.push(...iconProblems(kind, name, data));
    files.push({ name, data });
  }
  if (problems.length > 0) throw new PackageError(problems);
  const outDir = options.outDir ?? join(options.root, 'dist', 'package');
  await mkdir(outDir, { recursive: true });
  const file = join(outDir, `sociocracy-for-teams-${String(manifest.version)}.zip`);
  const archive = zip([{ name: 'manifest.json', data: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`) }, ...files]);
  await writeFile(file, archive);
  return { file, envFile, manifest, bytes: archive.length };
}

/** `node dist/tools/manifest/package.js [--env manifest/env/<name>.env] [--out <folder>]` */
async function main(argv: readonly string[]): Promise<void> {
  const option = (name: string) => {
    const at = argv.indexOf(name);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const root = process.cwd();
  const envFile = option('--env');
  const outDir = option('--out');
  const made = await packageApp({ root, ...(envFile ? { envFile } : {}), ...(outDir ? { outDir: resolve(root, outDir) } : {}) });
  if (!envFile && made.envFile.endsWith('.example')) console.log('No manifest/env/dev.env: made from the example values, for a look rather than an upload.');
  console.log(`${relative(root, made.file)}: ${made.bytes} bytes, manifest ${String(made.manifest.manifestVersion)}, app ${String(made.manifest.id)} version ${String(made.manifest.version)}, from ${relative(root, made.envFile)}`);
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
