// @ts-check
/**
 * `node functions/dev/from-source.js <entry> [arguments]`: runs a dev entry point
 * (`start` for `npm start`, `playground-start` for `npm run playground`) straight
 * from the TypeScript sources. esbuild bundles the entry and the repository's own
 * modules into `dist/dev/<entry>.js` in about a second, leaving packages to
 * node_modules as tsc's output did, and this process runs the result.
 *
 * Nothing is type-checked on the way: a full `tsc` took 90–150 s on a busy machine
 * before anything started; `npm test` and `npm run typecheck` check the types.
 * This file is plain JavaScript because it is what runs before anything is compiled.
 */
// biome-ignore lint/suspicious/noRedundantUseStrict: this is CommonJS, which runs sloppy without it
'use strict';
const { join, relative } = require('node:path');

const entries = ['start', 'playground-start'];
const [entry] = process.argv.splice(2, 1);
if (!entry || !entries.includes(entry)) {
  console.error(`Run one of: ${entries.join(', ')} (not “${entry ?? ''}”).`);
  process.exit(2);
}

const root = join(__dirname, '..', '..');
const source = join(root, 'functions', 'dev', `${entry}.ts`);
const outfile = join(root, 'dist', 'dev', `${entry}.js`);

console.log(`Compiling ${relative(root, source)} with esbuild (types are checked by npm test)…`);
require('esbuild')
  .build({
    entryPoints: [source],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    // Packages load from node_modules as before: some read files beside their own code.
    packages: 'external',
    // Stack traces name the .ts files and lines, not the bundle's.
    sourcemap: 'linked',
    sourcesContent: false,
    logLevel: 'error',
  })
  .then(
    () => {
      process.setSourceMapsEnabled(true);
      require(outfile);
    },
    (/** @type {Error} */ error) => {
      // esbuild has already printed each error with its file and line.
      console.error(`Could not compile ${relative(root, source)}: ${error.message.split('\n')[0]}`);
      process.exit(1);
    },
  );
