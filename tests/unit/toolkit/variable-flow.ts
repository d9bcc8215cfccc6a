import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { languageFilesOf } from '../../../manifest/localisation';
import { placeholdersOf } from '../../../manifest/template';
import { stages, type LifecycleAction, type LifecycleFile } from './lifecycle-schema';

/** A `${{NAME}}` that has no value when an action reads it. */
export interface UnsetVariable {
  readonly action: string;
  readonly file: string;
  readonly name: string;
}

const read = (root: string, file: string) => readFileSync(join(root, file), 'utf8');

/** The project files an action fills `${{NAME}}` in as it reads them, relative to the root. */
export function filesReadBy(root: string, action: LifecycleAction): string[] {
  switch (action.uses) {
    case 'teamsApp/validateManifest':
    case 'teamsApp/zipAppPackage': {
      const manifestPath = action.with.manifestPath;
      const manifest = JSON.parse(read(root, manifestPath)) as Record<string, unknown>;
      return [manifestPath, ...languageFilesOf(manifest).map(({ file }) => join(dirname(manifestPath), file))];
    }
    case 'aadApp/update':
      return [action.with.manifestPath];
    case 'arm/deploy':
      return action.with.templates.flatMap((template) => (template.parameters ? [template.parameters] : []));
    default:
      return [];
  }
}

/** What an action writes into the env file: its `writeToEnvironmentFile`, and for arm/deploy every template's outputs by name. */
export function variablesWrittenBy(root: string, action: LifecycleAction): string[] {
  const written =
    'writeToEnvironmentFile' in action ? Object.values(action.writeToEnvironmentFile as Record<string, string | undefined>) : [];
  const outputsOf = (template: string) => [...read(root, template).matchAll(/^output\s+(\w+)\s/gm)].map((match) => match[1]);
  const outputs = action.uses === 'arm/deploy' ? action.with.templates.flatMap((template) => outputsOf(template.path)) : [];
  return [...written, ...outputs].filter((name): name is string => name !== undefined);
}

// aadApp/update makes the access_as_user scope's id itself when the Entra manifest names it and the env has none.
const madeWhileReading: Partial<Record<LifecycleAction['uses'], readonly string[]>> = {
  'aadApp/update': ['AAD_APP_ACCESS_AS_USER_PERMISSION_ID'],
};

/**
 * Every `${{NAME}}` of a lifecycle file, and of the files its actions read, that neither the env file defines
 * nor an earlier action wrote, the stages taken in the order they run (provision, then deploy, then publish).
 */
export function unsetVariables(root: string, lifecycle: LifecycleFile, env: Readonly<Record<string, string>>): UnsetVariable[] {
  const known = new Set(Object.keys(env));
  const unset: UnsetVariable[] = [];
  for (const stage of stages) {
    (lifecycle[stage] ?? []).forEach((action, index) => {
      const label = `${stage}[${index}] ${action.uses}`;
      const reads = [
        { file: 'the lifecycle file', text: JSON.stringify(action) },
        ...filesReadBy(root, action).map((file) => ({ file, text: read(root, file) })),
      ];
      for (const { file, text } of reads) {
        const unknown = placeholdersOf(text).filter((name) => !known.has(name) && !madeWhileReading[action.uses]?.includes(name));
        unset.push(...unknown.map((name) => ({ action: label, file, name })));
      }
      for (const name of variablesWrittenBy(root, action)) known.add(name);
    });
  }
  return unset;
}

/** The paths an action names that must exist before it runs (what it writes, such as zips, is left out). */
export function pathsNamedBy(action: LifecycleAction): string[] {
  switch (action.uses) {
    case 'teamsApp/validateManifest':
    case 'teamsApp/zipAppPackage':
    case 'aadApp/update':
      return [action.with.manifestPath];
    case 'arm/deploy':
      return action.with.templates.flatMap((template) => [template.path, ...(template.parameters ? [template.parameters] : [])]);
    default:
      return [];
  }
}
