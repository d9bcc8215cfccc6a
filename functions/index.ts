import { app } from '@azure/functions';
import { readSettings } from './composition/config';
import type { Services } from './composition/services';
import { createServices } from './composition/services';
import { routes } from './http/routes';
import { timers } from './timers/timers';

/** The Functions entry point (`func start`, Azure): settings are checked and adapters created once, on first use. */
let services: Promise<Services> | undefined;
const ready = () => (services ??= createServices(readSettings(process.env)));

for (const route of routes(ready)) {
  app.http(route.name, { methods: route.methods, route: route.route, authLevel: 'anonymous', handler: route.handler });
}

for (const timer of timers(ready)) {
  app.timer(timer.name, { schedule: timer.schedule, handler: (_trigger, context) => timer.run(context) });
}
