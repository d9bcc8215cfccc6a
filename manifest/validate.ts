import { readFileSync } from 'node:fs';
import type { ErrorObject, ValidateFunction } from 'ajv-draft-04';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';

const compiled = new Map<string, ValidateFunction>();

/** The official JSON schema of a manifest version, as @microsoft/app-manifest ships it (no network). */
export function schemaFile(manifestVersion: string): string {
  return require.resolve(`@microsoft/app-manifest/build/json-schemas/teams/v${manifestVersion}/MicrosoftTeams.schema.json`);
}

/** The official JSON schema of a manifest version's language files (`localizationInfo.additionalLanguages[].file`). */
export function localisationSchemaFile(manifestVersion: string): string {
  return require.resolve(`@microsoft/app-manifest/build/json-schemas/teams/v${manifestVersion}/MicrosoftTeams.Localization.schema.json`);
}

function validatorFor(file: string): ValidateFunction {
  const known = compiled.get(file);
  if (known) return known;
  // The Teams schemas are draft-04 with a few later keywords (const) and loose typing: strict mode would refuse them.
  // Some of their patterns (`\b]` in the localisation schema) are valid only without the `u` flag ajv adds by default.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(readFileSync(file, 'utf8')) as object);
  compiled.set(file, validate);
  return validate;
}

/** `bots[0].commandLists[1]`, from the error's JSON pointer and the property it is about. */
function fieldOf(error: ErrorObject): string {
  const parts = error.instancePath
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'));
  const property = error.params as { missingProperty?: string; additionalProperty?: string };
  const named = property.missingProperty ?? property.additionalProperty;
  if (named !== undefined) parts.push(named);
  return parts.reduce((path, part) => (/^\d+$/.test(part) ? `${path}[${part}]` : path ? `${path}.${part}` : part), '') || 'the manifest';
}

const patternNames: Record<string, string> = {
  '^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$': 'a GUID',
  '^[Hh][Tt][Tt][Pp][Ss]?://': 'an http(s) address',
  '^[Hh][Tt][Tt][Pp][Ss]://': 'an https address',
  '^#[0-9a-fA-F]{6}$': 'a colour such as #1D6B66',
};

function sentenceOf(error: ErrorObject): string {
  const params = error.params as { allowedValues?: unknown[]; allowedValue?: unknown; pattern?: string };
  switch (error.keyword) {
    case 'required':
      return 'is required';
    case 'additionalProperties':
      return 'is not a field of this manifest version';
    case 'enum':
      return `must be one of ${(params.allowedValues ?? []).join(', ')}`;
    case 'const':
      return `must be ${String(params.allowedValue)}`;
    case 'pattern':
      return `must be ${patternNames[params.pattern ?? ''] ?? `like ${params.pattern}`}`;
    default:
      return error.message ?? 'is not valid';
  }
}

/**
 * What the official schema of the manifest's own `manifestVersion` finds wrong, one
 * sentence per problem naming its field (`bots[0].botId is required`); empty when valid.
 */
export function schemaProblems(manifest: Record<string, unknown>): string[] {
  const version = manifest.manifestVersion;
  if (typeof version !== 'string') return ['manifestVersion is required'];
  let validate: ValidateFunction;
  try {
    validate = validatorFor(schemaFile(version));
  } catch {
    return [`manifestVersion ${version} has no schema in @microsoft/app-manifest`];
  }
  return problemsOf(validate, manifest, '');
}

function problemsOf(validate: ValidateFunction, document: unknown, prefix: string): string[] {
  if (validate(document)) return [];
  const errors = validate.errors ?? [];
  // A failed anyOf/oneOf repeats what its branches said; keep the branches' own words.
  const specific = errors.filter((error) => !['anyOf', 'oneOf'].includes(error.keyword));
  return [...new Set((specific.length > 0 ? specific : errors).map((error) => `${prefix}${fieldOf(error)} ${sentenceOf(error)}`))];
}

/**
 * What the official localisation schema of the manifest's version finds wrong in one language file,
 * each sentence starting with the file's name (`nl.json: name.short must NOT have more than 30 characters`).
 */
export function localisationSchemaProblems(file: string, translated: unknown, manifestVersion: string): string[] {
  let validate: ValidateFunction;
  try {
    validate = validatorFor(localisationSchemaFile(manifestVersion));
  } catch {
    return [`manifestVersion ${manifestVersion} has no localisation schema in @microsoft/app-manifest`];
  }
  return problemsOf(validate, translated, `${file}: `);
}

/** Every address the manifest asks Teams to load: tab pages and the SSO resource. */
function addressesOf(manifest: Record<string, unknown>): { field: string; url: string }[] {
  const list = (value: unknown) => (Array.isArray(value) ? (value as Record<string, unknown>[]) : []);
  const found: { field: string; url: string }[] = [];
  for (const [i, tab] of list(manifest.configurableTabs).entries()) {
    if (typeof tab.configurationUrl === 'string')
      found.push({ field: `configurableTabs[${i}].configurationUrl`, url: tab.configurationUrl });
  }
  list(manifest.staticTabs).forEach((tab, i) => {
    for (const key of ['contentUrl', 'websiteUrl'] as const)
      if (typeof tab[key] === 'string') found.push({ field: `staticTabs[${i}].${key}`, url: tab[key] });
  });
  return found;
}

/**
 * Rules Teams applies that the schema cannot say: tab pages load over HTTPS from a
 * domain in validDomains, and the SSO resource is an api:// URI on one of them.
 */
export function teamsRuleProblems(manifest: Record<string, unknown>): string[] {
  const domains = Array.isArray(manifest.validDomains)
    ? (manifest.validDomains as unknown[]).filter((d): d is string => typeof d === 'string')
    : [];
  const listed = (host: string) => domains.some((domain) => domain === host || (domain.startsWith('*.') && host.endsWith(domain.slice(1))));
  const problems: string[] = [];
  for (const { field, url } of addressesOf(manifest)) {
    const parsed = URL.canParse(url) ? new URL(url) : null;
    if (!parsed || parsed.protocol !== 'https:') problems.push(`${field} must be an https address (it is "${url}")`);
    else if (!listed(parsed.host)) problems.push(`${field} is on ${parsed.host}, which validDomains does not list`);
  }
  const sso = manifest.webApplicationInfo as { id?: unknown; resource?: unknown } | undefined;
  if (sso && typeof sso.resource === 'string') {
    const match = /^api:\/\/([^/]+)\/(.+)$/.exec(sso.resource);
    if (!match) problems.push(`webApplicationInfo.resource must be api://<domain>/<client id> (it is "${sso.resource}")`);
    else if (!listed(match[1] ?? '')) problems.push(`webApplicationInfo.resource is on ${match[1]}, which validDomains does not list`);
    else if (match[2] !== sso.id) problems.push(`webApplicationInfo.resource must end with webApplicationInfo.id, ${String(sso.id)}`);
  }
  return problems;
}
