/**
 * The values of one environment (ids, the tab's address, the version) that fill the
 * manifest template's `${{NAME}}` placeholders.
 */
export type Variables = Readonly<Record<string, string>>;

/** Reads `NAME=value` lines; `#` starts a comment line, and quotes around a value are dropped. */
export function parseEnvFile(text: string): Record<string, string> {
  const variables: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (!match || line.trimStart().startsWith('#')) continue;
    const [, name = '', raw = ''] = match;
    variables[name] = /^(["']).*\1$/.test(raw) ? raw.slice(1, -1) : raw;
  }
  return variables;
}

/**
 * The variables with what can be derived filled in: TAB_DOMAIN is TAB_URL's host,
 * APP_VERSION the package's version, each unless the environment sets it.
 */
export function withDefaults(variables: Variables, packageVersion: string): Variables {
  const derived: Record<string, string> = { APP_VERSION: packageVersion };
  const tabUrl = variables.TAB_URL;
  if (tabUrl && URL.canParse(tabUrl)) derived.TAB_DOMAIN = new URL(tabUrl).host;
  const given = Object.fromEntries(Object.entries(variables).filter(([, value]) => value !== ''));
  return { ...derived, ...given };
}

/** What is wrong with the values themselves, each naming its variable; the schema checks the rest. */
export function variableProblems(variables: Variables): string[] {
  const problems: string[] = [];
  const tabUrl = variables.TAB_URL;
  if (tabUrl !== undefined) {
    const url = URL.canParse(tabUrl) ? new URL(tabUrl) : null;
    // Teams loads tabs over HTTPS only; the template appends page names to the address.
    if (!url || url.protocol !== 'https:') problems.push(`TAB_URL must be an https:// address (it is "${tabUrl}")`);
    else if (!tabUrl.endsWith('/')) problems.push(`TAB_URL must end with a slash, as the tab's folder does (it is "${tabUrl}")`);
    else if (variables.TAB_DOMAIN !== undefined && variables.TAB_DOMAIN !== url.host)
      problems.push(`TAB_DOMAIN must be the host of TAB_URL, ${url.host} (it is "${variables.TAB_DOMAIN}")`);
  }
  const version = variables.APP_VERSION;
  if (version !== undefined && !/^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/.test(version))
    problems.push(`APP_VERSION must be major.minor.patch, such as 1.0.0 (it is "${version}")`);
  return problems;
}
