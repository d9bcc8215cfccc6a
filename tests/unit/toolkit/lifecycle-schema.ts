import { z } from 'zod';

/**
 * The documented shape of the Microsoft 365 Agents Toolkit's lifecycle files (m365agents*.yml, schema v1.11):
 * each action by its `uses`, with the `with` keys it requires and the variables it writes back to the env file.
 * Only the actions a Teams app of this kind uses are here; an action outside the list fails, as a misspelt one would.
 */

const variable = z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'an upper-case variable name');
const secret = z.string().regex(/^SECRET_[A-Z0-9_]+$/, 'a variable name starting with SECRET_, which the toolkit keeps in the .user file');
const path = z.string().min(1);
const common = { name: z.string().optional(), env: z.record(z.string(), z.string()).optional() };

const aadAppCreate = z
  .strictObject({
    ...common,
    uses: z.literal('aadApp/create'),
    with: z.strictObject({
      name: z.string().min(1),
      generateClientSecret: z.boolean(),
      generateServicePrincipal: z.boolean().optional(),
      signInAudience: z.enum(['AzureADMyOrg', 'AzureADMultipleOrgs', 'AzureADandPersonalMicrosoftAccount', 'PersonalMicrosoftAccount']),
      serviceManagementReference: z.string().optional(),
      clientSecretExpireDays: z.number().int().min(1).optional(),
      clientSecretDescription: z.string().optional(),
    }),
    writeToEnvironmentFile: z.strictObject({
      clientId: variable,
      objectId: variable,
      clientSecret: secret.optional(),
      tenantId: variable.optional(),
      authority: variable.optional(),
      authorityHost: variable.optional(),
    }),
  })
  .refine((action) => action.with.generateClientSecret === (action.writeToEnvironmentFile.clientSecret !== undefined), {
    message: 'writeToEnvironmentFile.clientSecret is given exactly when generateClientSecret is true',
  });

const appPackagePath = z.strictObject({ appPackagePath: path });
const zipDeploy = z.strictObject({
  artifactFolder: path,
  resourceId: z.string().min(1),
  workingDirectory: z.string().optional(),
  ignoreFile: z.string().optional(),
  dryRun: z.boolean().optional(),
  outputZipFile: z.string().optional(),
});
const npmArguments = z.strictObject({ args: z.string().min(1), workingDirectory: z.string().optional() });

const actions = [
  z.strictObject({
    ...common,
    uses: z.literal('teamsApp/create'),
    with: z.strictObject({ name: z.string().min(1) }),
    writeToEnvironmentFile: z.strictObject({ teamsAppId: variable }),
  }),
  z.strictObject({ ...common, uses: z.literal('aadApp/update'), with: z.strictObject({ manifestPath: path, outputFilePath: path }) }),
  z.strictObject({
    ...common,
    uses: z.literal('arm/deploy'),
    with: z.strictObject({
      subscriptionId: z.string(),
      resourceGroupName: z.string(),
      bicepCliVersion: z.string().optional(),
      templates: z.array(z.strictObject({ deploymentName: z.string().min(1), path, parameters: z.string().optional() })).min(1),
    }),
  }),
  z.strictObject({
    ...common,
    uses: z.literal('botAadApp/create'),
    with: z.strictObject({ name: z.string().min(1) }),
    writeToEnvironmentFile: z.strictObject({ botId: variable, botPassword: secret }),
  }),
  z.strictObject({
    ...common,
    uses: z.literal('botFramework/create'),
    with: z.strictObject({
      botId: z.string().min(1),
      name: z.string().min(1),
      messagingEndpoint: z.string().min(1),
      description: z.string().optional(),
      iconUrl: z.string().optional(),
      channels: z.array(z.strictObject({ name: z.enum(['msteams', 'm365extensions']), callingWebhook: z.string().optional() })).optional(),
    }),
  }),
  z.strictObject({ ...common, uses: z.literal('teamsApp/validateManifest'), with: z.strictObject({ manifestPath: path }) }),
  z.strictObject({
    ...common,
    uses: z.literal('teamsApp/zipAppPackage'),
    with: z.strictObject({ manifestPath: path, outputZipPath: path, outputFolder: path }),
  }),
  z.strictObject({ ...common, uses: z.literal('teamsApp/validateAppPackage'), with: appPackagePath }),
  z.strictObject({ ...common, uses: z.literal('teamsApp/update'), with: appPackagePath }),
  z.strictObject({
    ...common,
    uses: z.literal('teamsApp/publishAppPackage'),
    with: appPackagePath,
    writeToEnvironmentFile: z.strictObject({ publishedAppId: variable }),
  }),
  z.strictObject({ ...common, uses: z.literal('cli/runNpmCommand'), with: npmArguments }),
  z.strictObject({ ...common, uses: z.literal('cli/runNpxCommand'), with: npmArguments }),
  z.strictObject({ ...common, uses: z.literal('azureFunctions/zipDeploy'), with: zipDeploy }),
  z.strictObject({ ...common, uses: z.literal('azureAppService/zipDeploy'), with: zipDeploy }),
  z.strictObject({
    ...common,
    uses: z.literal('file/createOrUpdateEnvironmentFile'),
    with: z.strictObject({ target: path, envs: z.record(z.string(), z.union([z.string(), z.boolean(), z.number()])) }),
  }),
  z.strictObject({
    ...common,
    uses: z.literal('file/createOrUpdateJsonFile'),
    with: z.strictObject({
      target: path,
      appsettings: z.record(z.string(), z.unknown()).optional(),
      content: z.record(z.string(), z.unknown()).optional(),
    }),
  }),
  z.strictObject({
    ...common,
    uses: z.literal('script'),
    with: z.strictObject({
      run: z.string().min(1),
      workingDirectory: z.string().optional(),
      shell: z.string().optional(),
      timeout: z.number().optional(),
      redirectTo: z.string().optional(),
    }),
  }),
] as const;

/** One step of a lifecycle stage. */
export const lifecycleAction = z.union([aadAppCreate, ...actions]);
export type LifecycleAction = z.infer<typeof lifecycleAction>;

/** The stages the toolkit runs by name: `atk provision`, `atk deploy`, `atk publish`, `atk share`, in that order of use. */
export const stages = ['provision', 'deploy', 'publish', 'share'] as const;
export type Stage = (typeof stages)[number];

const stage = z.array(lifecycleAction).min(1).optional();

/** A whole m365agents*.yml file. */
export const lifecycleFile = z.strictObject({
  version: z.string().regex(/^v1\.\d+$/, 'a schema version such as v1.11'),
  projectId: z.string().optional(),
  environmentFolderPath: z.string().optional(),
  additionalMetadata: z.record(z.string(), z.unknown()).optional(),
  provision: stage,
  deploy: stage,
  publish: stage,
  share: stage,
});
export type LifecycleFile = z.infer<typeof lifecycleFile>;
