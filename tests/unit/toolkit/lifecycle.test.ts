import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEnvFile } from '../../../manifest/environment';
import { lifecycleFile, type LifecycleFile } from './lifecycle-schema';
import { parse } from 'yaml';
import { pathsNamedBy, unsetVariables } from './variable-flow';

const root = join(__dirname, '..', '..', '..');
const read = (file: string) => readFileSync(join(root, file), 'utf8');
const lifecycleFiles = readdirSync(root)
  .filter((name) => /^m365agents(\.[\w-]+)?\.yml$/.test(name))
  .sort();
const envNames = readdirSync(join(root, 'env'))
  .flatMap((name) => /^\.env\.([\w-]+)$/.exec(name)?.[1] ?? [])
  .sort();
const loaded = (file: string): unknown => parse(read(file), { prettyErrors: true });
const parsed = (file: string): LifecycleFile => lifecycleFile.parse(loaded(file));
const envOf = (name: string) => parseEnvFile(read(join('env', `.env.${name}`)));

/** The environments a lifecycle file serves: m365agents.<env>.yml its own, m365agents.yml every other one. */
function envsServedBy(file: string): string[] {
  const own = /^m365agents\.([\w-]+)\.yml$/.exec(file)?.[1];
  return own ? [own] : envNames.filter((name) => !lifecycleFiles.includes(`m365agents.${name}.yml`));
}

const actions = (lifecycle: LifecycleFile) => [...(lifecycle.provision ?? []), ...(lifecycle.deploy ?? []), ...(lifecycle.publish ?? [])];

describe('the Agents Toolkit’s lifecycle files', () => {
  it('are the three a Teams developer looks for, each with its env file: Azure (dev), Teams on this machine (local), the Agents Playground', () => {
    expect(lifecycleFiles).toEqual(['m365agents.local.yml', 'm365agents.playground.yml', 'm365agents.yml']);
    expect(envNames).toEqual(['dev', 'local', 'playground']);
    expect(lifecycleFiles.map(envsServedBy)).toEqual([['local'], ['playground'], ['dev']]);
  });

  it.each(
    lifecycleFiles,
  )('%s has the documented shape: a version, the stages, each action a known `uses` with its required `with`', (file) => {
    const result = lifecycleFile.safeParse(loaded(file));
    expect(result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)).toEqual([]);
    expect(parsed(file).version).toBe('v1.11');
    expect(parsed(file).environmentFolderPath).toBe('./env');
  });

  it.each(
    lifecycleFiles,
  )('%s gives every ${{NAME}} it and the files it reads use a value, from the env file or an earlier action', (file) => {
    for (const env of envsServedBy(file))
      expect({ env, unset: unsetVariables(root, parsed(file), envOf(env)) }).toEqual({ env, unset: [] });
  });

  it.each(lifecycleFiles)('%s names only files that exist', (file) => {
    const missing = actions(parsed(file))
      .flatMap(pathsNamedBy)
      .filter((path) => !existsSync(join(root, path)));
    expect(missing).toEqual([]);
  });

  it('provisions in Azure the Teams app, both Entra apps and the resources, then completes the sign-in app and makes the package', () => {
    const lifecycle = parsed('m365agents.yml');
    expect(lifecycle.provision?.map((action) => action.uses)).toEqual([
      'teamsApp/create',
      'aadApp/create',
      'aadApp/create',
      'arm/deploy',
      'aadApp/update',
      'teamsApp/validateManifest',
      'teamsApp/zipAppPackage',
      'teamsApp/validateAppPackage',
      'teamsApp/update',
    ]);
    expect(lifecycle.deploy?.map((action) => (action.uses === 'cli/runNpmCommand' ? `npm ${action.with.args}` : action.uses))).toEqual([
      'npm ci',
      'npm run bundle',
      'azureFunctions/zipDeploy',
    ]);
    // `npm run bundle` writes the Function App's folder there (functions/build/bundle-functions.ts).
    expect(lifecycle.deploy?.find((action) => action.uses === 'azureFunctions/zipDeploy')).toMatchObject({
      with: { artifactFolder: './dist/functions' },
    });
    expect(lifecycle.publish?.at(-1)?.uses).toBe('teamsApp/publishAppPackage');
  });

  it('registers the tab’s sign-in and the bot as two Entra apps, so that no person’s tab token is ever a bot token', () => {
    for (const file of ['m365agents.yml', 'm365agents.local.yml']) {
      const created = (parsed(file).provision ?? []).flatMap((action) =>
        action.uses === 'aadApp/create' ? [action.writeToEnvironmentFile.clientId] : [],
      );
      expect(created).toEqual(['ENTRA_CLIENT_ID', 'BOT_ID']);
    }
  });

  it('debugs against the Agents Playground with nothing to provision: no tenant, no app registration', () => {
    const lifecycle = parsed('m365agents.playground.yml');
    expect(lifecycle.provision).toBeUndefined();
    expect(actions(lifecycle).map((action) => action.uses)).toEqual(['cli/runNpmCommand']);
  });

  it('deploys infra/azure.bicep with exactly its parameters: each one given is a param, and every param without a default is given', () => {
    const bicep = read('infra/azure.bicep');
    const params = [...bicep.matchAll(/^param\s+(\w+)\s+\w+(\s*=)?/gm)].map((match) => ({
      name: match[1] ?? '',
      required: match[2] === undefined,
    }));
    const given = Object.keys((JSON.parse(read('infra/azure.parameters.json')) as { parameters: Record<string, unknown> }).parameters);
    expect(given.filter((name) => !params.some((param) => param.name === name))).toEqual([]);
    expect(params.filter((param) => param.required && !given.includes(param.name)).map((param) => param.name)).toEqual([]);
    // The outputs the app package and the deploy stage read by name.
    expect([...bicep.matchAll(/^output\s+(\w+)\s/gm)].map((match) => match[1])).toEqual(
      expect.arrayContaining(['TAB_URL', 'TAB_DOMAIN', 'FUNCTION_APP_RESOURCE_ID']),
    );
  });

  it('keeps the secrets provisioning writes out of git, and every env file free of them', () => {
    expect(read('.gitignore').split('\n')).toContain('env/.env.*.user');
    for (const name of envNames) expect(Object.keys(envOf(name)).filter((variable) => variable.startsWith('SECRET_'))).toEqual([]);
  });
});

describe('the check of a lifecycle file', () => {
  const valid = () => loaded('m365agents.yml') as { provision: Record<string, unknown>[] };

  it('refuses an action the toolkit does not document, and one without a `with` key it requires', () => {
    const unknown = valid();
    unknown.provision[0] = { uses: 'teamsApp/craete', with: { name: 'x' } };
    expect(lifecycleFile.safeParse(unknown).success).toBe(false);
    const incomplete = valid();
    incomplete.provision[6] = {
      uses: 'teamsApp/zipAppPackage',
      with: { manifestPath: './appPackage/manifest.json', outputZipPath: './x.zip' },
    };
    expect(lifecycleFile.safeParse(incomplete).success).toBe(false);
  });

  it('refuses a client secret written to a variable the toolkit would keep in the committed env file', () => {
    const exposed = valid();
    (exposed.provision[1] as { writeToEnvironmentFile: Record<string, string> }).writeToEnvironmentFile.clientSecret =
      'ENTRA_CLIENT_SECRET';
    expect(lifecycleFile.safeParse(exposed).success).toBe(false);
  });

  it('finds a variable the env file leaves out, and one read before the action that writes it', () => {
    const { RESOURCE_BASE_NAME: _left, ...env } = envOf('dev');
    expect(unsetVariables(root, parsed('m365agents.yml'), env)).toEqual([
      { action: 'provision[3] arm/deploy', file: './infra/azure.parameters.json', name: 'RESOURCE_BASE_NAME' },
    ]);
    const early = parsed('m365agents.yml');
    const provision = early.provision ?? [];
    const [update] = provision.splice(4, 1);
    if (update) provision.splice(3, 0, update);
    expect(unsetVariables(root, early, envOf('dev')).map(({ file, name }) => `${file} ${name}`)).toEqual([
      './aad.manifest.json TAB_DOMAIN',
      './aad.manifest.json TAB_URL',
    ]);
  });
});
