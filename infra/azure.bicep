// Sociocracy for Teams on Azure: the Function App (Flex Consumption, Node 20) that
// serves the API, the bot and the timers; a storage account for its tables and its
// deployment package; Application Insights; a Key Vault for the secrets; and the
// Azure Bot with its Teams channel. The Function App serves the tab too, at
// /api/tab/, so tab and API share one HTTPS origin.
// Secrets never appear in this file or its parameters' defaults: the two client
// secrets are parameters marked @secure() and go straight into the Key Vault.
// The tab's API and the bot are two app registrations: the bot's endpoint accepts
// only tokens for the bot's id, so a person's tab sign-in token can never call it.

@description('Short name used in every resource name, lower-case letters and digits (3–11).')
@minLength(3)
@maxLength(11)
param name string = 'sociocracy'

@description('Azure region; it must offer Flex Consumption (az functionapp list-flexconsumption-locations).')
param location string = resourceGroup().location

@description('The Entra app (client) id of the tab\'s API: the audience of Teams SSO tokens, and the Graph client.')
param entraClientId string

@description('The tenant of the app registrations (the bot is registered single-tenant there).')
param entraTenantId string = subscription().tenantId

@description('Client secret of the tab\'s Entra app, with which the app calls Microsoft Graph.')
@secure()
param entraClientSecret string

@description('The bot\'s own Entra app (client) id, the Azure Bot\'s Microsoft App ID. It must not be entraClientId: with one audience a tab token would also be a bot token.')
param botClientId string

@description('Client secret of the bot\'s Entra app, with which the bot posts to Teams.')
@secure()
param botClientSecret string

@description('SingleTenant: the app and bot serve the tenant they are registered in (the default). MultiTenant: other organisations install the app too; register both Entra apps with AzureADMultipleOrgs and list their tenants in allowedTenants.')
@allowed([ 'SingleTenant', 'MultiTenant' ])
param botAppType string = 'SingleTenant'

@description('Comma-separated tenant ids allowed to use this deployment; empty allows every tenant the Entra app admits (only its own, when single-tenant).')
param allowedTenants string = ''

@description('Comma-separated app ids whose Entra-issued channel tokens the bot takes (Azure Bot Service\'s); empty takes none.')
param botEntraCallers string = ''

@description('Organisation admins as tenant-id:object-id pairs, comma-separated.')
param organisationAdmins string = ''

@description('Outlook organiser mailboxes as tenant-id:mailbox pairs; empty keeps Outlook events off (the iCalendar feeds stay).')
param calendarOrganisers string = ''

@description('The Teams app id (the manifest id), so calendar links open the app inside Teams.')
param teamsAppId string = ''

var suffix = uniqueString(resourceGroup().id)
var storageName = take('${name}${suffix}', 24)
var deploymentContainer = 'app-package'

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${name}-logs-${suffix}'
  location: location
  properties: {
    sku: { name: 'PerGB2018' }
    retentionInDays: 30
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${name}-insights-${suffix}'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logs.id
    DisableLocalAuth: false
  }
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: storageName
  location: location
  kind: 'StorageV2'
  sku: { name: 'Standard_LRS' }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    allowBlobPublicAccess: false
    supportsHttpsTrafficOnly: true
  }
}

resource blobs 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: storage
  name: 'default'
}

resource packageContainer 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobs
  name: deploymentContainer
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: take('${name}-kv-${suffix}', 24)
  location: location
  properties: {
    tenantId: subscription().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 7
  }
}

resource storageSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'storage-connection-string'
  properties: {
    value: 'DefaultEndpointsProtocol=https;AccountName=${storage.name};AccountKey=${storage.listKeys().keys[0].value};EndpointSuffix=${environment().suffixes.storage}'
  }
}

resource clientSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'entra-client-secret'
  properties: { value: entraClientSecret }
}

resource botSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'bot-client-secret'
  properties: { value: botClientSecret }
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: '${name}-plan-${suffix}'
  location: location
  kind: 'functionapp'
  sku: { tier: 'FlexConsumption', name: 'FC1' }
  properties: { reserved: true }
}

var appName = '${name}-app-${suffix}'
// The default host name of a Function App is its name under azurewebsites.net (before any custom domain).
var appHost = '${appName}.azurewebsites.net'
var tabUrl = 'https://${appHost}/api/tab/'

resource app 'Microsoft.Web/sites@2024-04-01' = {
  name: appName
  location: location
  kind: 'functionapp,linux'
  identity: { type: 'SystemAssigned' }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: 'SystemAssigned'
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storage.properties.primaryEndpoints.blob}${deploymentContainer}'
          authentication: { type: 'SystemAssignedIdentity' }
        }
      }
      scaleAndConcurrency: { maximumInstanceCount: 40, instanceMemoryMB: 2048 }
      runtime: { name: 'node', version: '20' }
    }
    siteConfig: {
      minTlsVersion: '1.2'
      appSettings: [
        { name: 'AzureWebJobsStorage__accountName', value: storage.name }
        { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: insights.properties.ConnectionString }
        { name: 'STORAGE_CONNECTION_STRING', value: '@Microsoft.KeyVault(SecretUri=${storageSecret.properties.secretUri})' }
        { name: 'AUTH_MODE', value: 'entra' }
        { name: 'ENTRA_CLIENT_ID', value: entraClientId }
        { name: 'BOT_CLIENT_ID', value: botClientId }
        { name: 'BOT_TENANT_ID', value: botAppType == 'SingleTenant' ? entraTenantId : '' }
        { name: 'BOT_CLIENT_SECRET', value: '@Microsoft.KeyVault(SecretUri=${botSecret.properties.secretUri})' }
        { name: 'GRAPH_CLIENT_SECRET', value: '@Microsoft.KeyVault(SecretUri=${clientSecret.properties.secretUri})' }
        { name: 'ALLOWED_TENANTS', value: allowedTenants }
        { name: 'BOT_ENTRA_CALLERS', value: botEntraCallers }
        { name: 'ORGANISATION_ADMINS', value: organisationAdmins }
        { name: 'CALENDAR_ORGANISERS', value: calendarOrganisers }
        { name: 'TAB_URL', value: tabUrl }
        { name: 'TAB_FOLDER', value: 'tab' }
        { name: 'TEAMS_APP_ID', value: teamsAppId }
        // The host buffers a body before the app sees it (100 MB by default); the app takes at most 1 MiB.
        { name: 'FUNCTIONS_REQUEST_BODY_SIZE_LIMIT', value: '2097152' }
      ]
    }
  }
  dependsOn: [ packageContainer ]
}

// What the app's own identity may do: read its secrets, write its deployment package and run the Functions host on the storage account.
var roles = {
  keyVaultSecretsUser: '4633458b-17de-408a-b874-0445c86b69e6'
  storageBlobDataOwner: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b'
  storageQueueDataContributor: '974c5e8b-45b9-4653-ba55-5f855dd0fb88'
  storageTableDataContributor: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
}

resource secretsReader 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: vault
  name: guid(vault.id, app.id, roles.keyVaultSecretsUser)
  properties: { principalId: app.identity.principalId, principalType: 'ServicePrincipal', roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roles.keyVaultSecretsUser) }
}

resource storageRoles 'Microsoft.Authorization/roleAssignments@2022-04-01' = [for role in [ roles.storageBlobDataOwner, roles.storageQueueDataContributor, roles.storageTableDataContributor ]: {
  scope: storage
  name: guid(storage.id, app.id, role)
  properties: { principalId: app.identity.principalId, principalType: 'ServicePrincipal', roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', role) }
}]

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: '${name}-bot-${suffix}'
  location: 'global'
  kind: 'azurebot'
  sku: { name: 'F0' }
  properties: {
    displayName: 'Sociocracy for Teams'
    endpoint: 'https://${appHost}/api/messages'
    msaAppId: botClientId
    msaAppType: botAppType
    msaAppTenantId: botAppType == 'SingleTenant' ? entraTenantId : null
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: { isEnabled: true }
  }
}

// Upper-case names: the Agents Toolkit's arm/deploy writes each output into env/.env.<name> under its name,
// where the app package (TAB_URL, TAB_DOMAIN) and the deploy stage (FUNCTION_APP_RESOURCE_ID) read them.
output FUNCTION_APP_NAME string = app.name
output FUNCTION_APP_RESOURCE_ID string = app.id
output API_URL string = 'https://${appHost}/api'
output TAB_URL string = tabUrl
output TAB_DOMAIN string = appHost
output BOT_ENDPOINT string = bot.properties.endpoint
