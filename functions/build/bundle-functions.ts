/**
 * The Function App for Azure as one file: `functions/index.ts` and everything it
 * imports bundled by esbuild into `dist/functions/index.js`, beside the
 * `package.json` and `host.json` the Functions host reads. The folder needs no
 * `node_modules`, so it deploys as it is (`func azure functionapp publish` run in
 * it, or its zip to Flex Consumption) and the worker reads one file at cold start.
 *
 * `npm run bundle` runs this file and prints the bundle's size and its largest packages.
 */
import { copyFile, cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { build, type Metafile, type Plugin } from 'esbuild';
import { bundleTab } from '../dev/tab-bundle';

export interface FunctionsBundle {
  readonly folder: string;
  /** Bytes of `index.js`. */
  readonly bytes: number;
  /** Bytes each package (or `functions`, `shared`) adds to `index.js`, largest first. */
  readonly packages: readonly { readonly name: string; readonly bytes: number }[];
  /** The esbuild metafile, written beside the folder for https://esbuild.github.io/analyze/. */
  readonly metafile: string;
}

/**
 * `@azure/functions-core` is not on npm: the Functions Node worker answers `require`
 * of that name with its own API, and `@azure/functions` registers every `app.http`
 * and `app.timer` through it. It stays a `require` in the bundle, as the maintainers
 * advise (Azure/azure-functions-nodejs-library#201); everything else, `@azure/functions`
 * included, is bundled.
 */
const providedByTheWorker = ['@azure/functions-core'];

/**
 * Packages that read files beside their own code at run time (`__dirname`), which a
 * bundle moves: those folders are copied next to `index.js`. The feed's VTIMEZONE
 * comes from `zones/`; without it ical-timezones quietly returns nothing.
 */
const filesReadAtRunTime: Readonly<Record<string, readonly string[]>> = {
  '@touch4it/ical-timezones': ['zones'],
};

/**
 * Zod 4 re-exports its 50 locales as one namespace (`export * as locales`), which
 * esbuild cannot shake, so every language's messages (about 260 KB) would ship. The
 * app only uses English, which zod sets itself; no code here reads `z.locales`.
 */
const zodEnglishOnly: Plugin = {
  name: 'zod-english-only',
  setup(bundler) {
    bundler.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      args.importer.includes(`${sep}node_modules${sep}zod${sep}v4${sep}`)
        ? { path: join(args.resolveDir, '..', 'locales'), namespace: 'zod-english-only' }
        : undefined,
    );
    bundler.onLoad({ filter: /.*/, namespace: 'zod-english-only' }, (args) => ({
      contents: 'export { default as en } from "./en.js";',
      resolveDir: args.path,
      loader: 'js',
    }));
  },
};

/**
 * npm nests one copy of a package per dependent when the root holds another major
 * (zod 4 here; the Agents SDK's two packages each nest zod 3.25): the same name and
 * version is bundled once. package-lock.json lists every installed copy, so the
 * copy kept (the first by path) is the same on every build.
 */
function oneCopyPerVersion(root: string): Plugin {
  const canonicalCopies = readFile(join(root, 'package-lock.json'), 'utf8').then(
    (text) => {
      const lock = JSON.parse(text) as { packages?: Record<string, { name?: string; version?: string; link?: boolean }> };
      const copies = new Map<string, string[]>();
      for (const [path, entry] of Object.entries(lock.packages ?? {})) {
        if (!path || entry.link || !entry.version) continue;
        const id = `${entry.name ?? path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length)}@${entry.version}`;
        copies.set(id, [...(copies.get(id) ?? []), path]);
      }
      const canonical = new Map<string, string>();
      for (const paths of copies.values()) {
        const [first] = [...paths].sort();
        for (const path of paths) if (first && path !== first) canonical.set(path, first);
      }
      return canonical;
    },
    () => new Map<string, string>(),
  );
  return {
    name: 'one-copy-per-version',
    setup(bundler) {
      bundler.onResolve({ filter: /^[^./]/ }, async (args) => {
        if (args.pluginData === 'one-copy-per-version') return undefined;
        const resolved = await bundler.resolve(args.path, {
          kind: args.kind,
          importer: args.importer,
          resolveDir: args.resolveDir,
          pluginData: 'one-copy-per-version',
        });
        if (resolved.errors.length > 0) return undefined;
        if (resolved.external || resolved.namespace !== 'file') return resolved;
        const parts = relative(root, resolved.path).split(sep);
        const at = parts.lastIndexOf('node_modules');
        const length = at + (parts[at + 1]?.startsWith('@') ? 3 : 2);
        const canonical = at < 0 ? undefined : (await canonicalCopies).get(parts.slice(0, length).join('/'));
        return canonical ? { ...resolved, path: join(root, ...canonical.split('/'), ...parts.slice(length)) } : resolved;
      });
    },
  };
}

/** The package an input of the metafile belongs to: the innermost `node_modules` entry, else its top folder. */
function packageName(input: string): string {
  const parts = input.split('/');
  const at = parts.lastIndexOf('node_modules');
  if (at < 0) return parts[0] ?? input;
  const scope = parts[at + 1] ?? '';
  return scope.startsWith('@') ? `${scope}/${parts[at + 2] ?? ''}` : scope;
}

function packagesBySize(output: Metafile['outputs'][string]): { name: string; bytes: number }[] {
  const totals = new Map<string, number>();
  for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
    const name = packageName(input.replace(/^[a-z-]+:/, ''));
    totals.set(name, (totals.get(name) ?? 0) + bytesInOutput);
  }
  return [...totals].map(([name, bytes]) => ({ name, bytes })).sort((a, b) => b.bytes - a.bytes);
}

/** The deployable Function App in `folder`: `index.js` (+ map), `package.json`, `host.json` and the files packages read at run time. */
export async function bundleFunctions(folder: string): Promise<FunctionsBundle> {
  const root = process.cwd();
  await rm(folder, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });
  const outfile = join(folder, 'index.js');
  const result = await build({
    absWorkingDir: root,
    entryPoints: [join(root, 'functions', 'index.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    // The worker `require`s the entry. Packages that ship only ES modules (jose 6 under
    // jwks-rsa, ical-generator's .mjs) are turned into CommonJS here, so nothing relies on require(esm).
    format: 'cjs',
    external: providedByTheWorker,
    minify: true,
    // Error names stay readable in logs (jose's JWTExpired, …) and libraries that read `constructor.name` keep working.
    keepNames: true,
    treeShaking: true,
    sourcemap: 'linked',
    // Stack traces need the mappings, not a second copy of every source.
    sourcesContent: false,
    metafile: true,
    plugins: [zodEnglishOnly, oneCopyPerVersion(root)],
    logLevel: 'silent',
  });
  const output = result.metafile.outputs[relative(root, outfile).split(sep).join('/')];
  if (!output) throw new Error(`esbuild wrote no ${outfile}`);
  const metafile = `${resolve(folder)}.meta.json`;
  await writeFile(metafile, JSON.stringify(result.metafile));

  const bundled = new Set(Object.keys(output.inputs).map((input) => input.replace(/^[a-z-]+:/, '')));
  for (const [name, folders] of Object.entries(filesReadAtRunTime)) {
    const entry = [...bundled].find((input) => input.includes(`node_modules/${name}/`));
    if (!entry) continue;
    const packageRoot = join(root, entry.slice(0, entry.indexOf(`node_modules/${name}/`) + `node_modules/${name}`.length));
    for (const files of folders) await cp(join(packageRoot, files), join(folder, files), { recursive: true });
  }
  await copyFile(join(root, 'host.json'), join(folder, 'host.json'));
  const manifest = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as {
    name: string;
    version: string;
    description?: string;
    engines?: object;
  };
  // No dependencies: the bundle carries them, so a remote build's `npm install` has nothing to do.
  const deployed = {
    name: manifest.name,
    version: manifest.version,
    description: manifest.description,
    private: true,
    main: 'index.js',
    engines: manifest.engines,
  };
  await writeFile(join(folder, 'package.json'), `${JSON.stringify(deployed, null, 2)}\n`);
  return { folder, bytes: output.bytes, packages: packagesBySize(output), metafile };
}

async function main(): Promise<void> {
  const folder = join(process.cwd(), 'dist', 'functions');
  const bundle = await bundleFunctions(folder);
  // The Function App serves the tab at /api/tab/ from the folder TAB_FOLDER names (`tab` in Azure).
  const tab = await bundleTab(join(folder, 'tab'));
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  console.log(
    `functions bundle: ${relative(process.cwd(), join(folder, 'index.js'))} ${kb(bundle.bytes)} (minified, source map linked; metafile ${relative(process.cwd(), bundle.metafile)})`,
  );
  console.log('largest packages in it:');
  for (const { name, bytes } of bundle.packages.slice(0, 10)) console.log(`  ${kb(bytes).padStart(9)}  ${name}`);
  console.log(`tab: ${relative(process.cwd(), tab.folder)}${sep} (${Object.keys(tab.files).length} files)`);
  console.log(
    `deploy ${relative(process.cwd(), folder)}${sep}: func azure functionapp publish <app> (run in that folder), or zip its contents for Flex Consumption`,
  );
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
