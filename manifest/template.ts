import type { Variables } from './environment';

const placeholder = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/** The names of the `${{NAME}}` placeholders in a template, each once, in order of appearance. */
export function placeholdersOf(template: string): string[] {
  return [...new Set([...template.matchAll(placeholder)].map((match) => match[1] ?? ''))];
}

/** A template that names variables the environment does not set. */
export class MissingVariablesError extends Error {
  constructor(readonly missing: readonly string[]) {
    super(
      `The environment does not set ${missing.join(', ')}: every \${{NAME}} of appPackage/manifest.json needs a value (see env/README.md).`,
    );
    this.name = 'MissingVariablesError';
  }
}

/**
 * The manifest: the template's placeholders replaced by the variables' values
 * (escaped as JSON string content, as every placeholder sits inside a string).
 * Throws one error naming every variable that is missing.
 */
export function fillTemplate(template: string, variables: Variables): Record<string, unknown> {
  const missing = placeholdersOf(template).filter((name) => variables[name] === undefined);
  if (missing.length > 0) throw new MissingVariablesError(missing);
  const filled = template.replace(placeholder, (_, name: string) => JSON.stringify(variables[name]).slice(1, -1));
  return JSON.parse(filled) as Record<string, unknown>;
}
