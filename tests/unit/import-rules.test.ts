import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { importRuleBreaches } from '../support/import-rules';

const repository = join(__dirname, '..', '..');

/** A small tree that breaks every rule once, in the ways an edit could slip it in. */
const breakingTree: Record<string, string> = {
  'tsconfig.json': JSON.stringify({
    compilerOptions: { module: 'commonjs', moduleResolution: 'node10', strict: true, types: [] },
    include: ['shared', 'texts', 'functions'],
  }),
  'tab/tsconfig.json': JSON.stringify({
    compilerOptions: { module: 'esnext', moduleResolution: 'bundler', strict: true, types: [] },
    include: ['.'],
  }),
  'shared/consent.ts':
    "import { z } from 'zod';\nimport { readFileSync } from 'node:fs';\nexport const read = () => z.string().parse(readFileSync('x', 'utf8'));\n",
  'shared/escape.ts': "import type { Store } from '../functions/application/ports';\nexport type Reach = Store;\n",
  'functions/storage/store.ts': 'export class TableStore {\n  load(): void {}\n}\n',
  'functions/storage/helpers.ts': 'export const helper = 1;\n',
  'functions/application/ports.ts': 'export interface Store {\n  load(): void;\n}\n',
  'functions/application/uses.ts': "import * as storage from '../storage/store';\nexport const made = new storage.TableStore();\n",
  'functions/application/plan.ts': "import type { helper } from '../storage/helpers';\nexport type Plan = typeof helper;\n",
  'functions/composition/services.ts':
    "import { TableStore } from '../storage/store';\nimport type { Store } from '../application/ports';\nexport const store: Store = new TableStore();\n",
  'functions/http/route.ts':
    "import type { Store } from '../application/ports';\nimport type { TableStore } from '../storage/store';\nexport type Both = Store | TableStore;\n",
  'functions/http/detour.ts': "import { helper } from '../../functions/http/../storage/helpers';\nexport const twice = helper * 2;\n",
  'functions/bot/later.ts': "export async function later() {\n  return (await import('../storage/helpers')).helper;\n}\n",
  'functions/timers/tick.ts': "import { view } from '../../tab/view';\nexport const tick = view;\n",
  'texts/words.ts': "import { z } from 'zod';\nimport { helper } from '../functions/storage/helpers';\nexport const words = [z, helper];\n",
  'tab/view.ts': "import type { Store } from '../functions/application/ports';\nexport const view = 1;\nexport type Shown = Store;\n",
};

describe('the layers import only what the shape allows', () => {
  it('holds for the code base: shared/ only zod, adapters and application/ never storage/, functions/ and tab/ apart, storage classes only in composition/', () => {
    expect(importRuleBreaches(repository)).toEqual([]);
  }, 120_000);

  it('reports each kind of breach, however the import is written', () => {
    const root = mkdtempSync(join(tmpdir(), 'import-rules-'));
    try {
      for (const [path, text] of Object.entries(breakingTree)) {
        mkdirSync(dirname(join(root, path)), { recursive: true });
        writeFileSync(join(root, path), text);
      }
      expect(importRuleBreaches(root).sort()).toEqual(
        [
          "shared/consent.ts imports 'node:fs': the domain core imports nothing but zod and its own files",
          "shared/escape.ts imports '../functions/application/ports': the domain core imports nothing but zod and its own files",
          "functions/application/uses.ts imports '../storage/store': only composition/ imports the storage classes (TableStore)",
          "functions/application/uses.ts imports '../storage/store': application/ reaches storage only through its ports, which composition/ fills",
          "functions/application/plan.ts imports '../storage/helpers': application/ reaches storage only through its ports, which composition/ fills",
          "functions/http/route.ts imports '../storage/store': http/, bot/ and timers/ reach storage through the ports of application/",
          "functions/http/route.ts imports '../storage/store': only composition/ imports the storage classes (TableStore)",
          "functions/http/detour.ts imports '../../functions/http/../storage/helpers': http/, bot/ and timers/ reach storage through the ports of application/",
          "functions/bot/later.ts imports '../storage/helpers': http/, bot/ and timers/ reach storage through the ports of application/",
          "functions/timers/tick.ts imports '../../tab/view': functions/ never imports tab/",
          "tab/view.ts imports '../functions/application/ports': tab/ never imports functions/",
          "texts/words.ts imports 'zod': texts/ imports its formatter and the catalogues (its own, and the core's English in shared/texts/) only",
          "texts/words.ts imports '../functions/storage/helpers': texts/ imports its formatter and the catalogues (its own, and the core's English in shared/texts/) only",
        ].sort(),
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 60_000);
});
