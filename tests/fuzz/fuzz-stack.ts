import { readSettings } from '../../functions/composition/config';
import { createServices } from '../../functions/composition/services';
import { demoAdmin, demoTenant, seedDemoOrganisation } from '../../functions/dev/demo-organisation';
import { serveRoutes } from '../../functions/dev/host';
import { routes } from '../../functions/http/routes';
import { startAzurite } from '../support/azurite';
import { startConnectorRecorder } from '../support/connector-recorder';

export interface FuzzStack {
  /** The dev host, without `/api`. */
  readonly url: string;
  /** Where the bot's replies go: a stand-in for the Bot Connector, so messages are delivered. */
  readonly serviceUrl: string;
  stop(): Promise<void>;
}

/**
 * The app as `npm start` serves it, to be fuzzed: the registered routes on the dev
 * host in dev mode (unsigned activities, `x-dev-person`), a real Azurite in memory
 * seeded with the demo organisation, so ids exist and steps run.
 */
export async function startFuzzStack(): Promise<FuzzStack> {
  const azurite = await startAzurite();
  const services = await createServices(
    readSettings({
      STORAGE_CONNECTION_STRING: azurite.connectionString,
      AUTH_MODE: 'dev',
      DEV_TENANT_ID: demoTenant,
      ORGANISATION_ADMINS: `${demoTenant}:${demoAdmin}`,
    }),
  );
  await seedDemoOrganisation(services, services.now());
  const connector = await startConnectorRecorder();
  const host = await serveRoutes(
    routes(async () => services),
    0,
  );
  return {
    url: host.url.replace(/\/api\/?$/, ''),
    serviceUrl: connector.url,
    async stop() {
      await host.close();
      await connector.close();
      await azurite.stop();
    },
  };
}
