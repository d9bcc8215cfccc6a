import { app } from '@azure/functions';
import { readSettings } from './composition/config';
import { createServices } from './composition/services';
import { startedOnFirstUse } from './composition/started-on-first-use';
import { endpoints } from './http/dispatch';
import { routes } from './http/routes';
import { timerStorageDeadlineMs } from './storage/table-storage';
import { timers } from './timers/timers';

/**
 * The Functions entry point (`func start`, Azure): settings are checked and adapters
 * created on first use, and again on the next request when that start failed.
 */
const ready = startedOnFirstUse(() => createServices(readSettings(process.env)));

// One function per route template, taking every method, so a wrong one gets 405 with Allow rather than the host's 404.
for (const endpoint of endpoints(routes(ready))) {
  app.http(endpoint.name, { methods: endpoint.methods, route: endpoint.route, authLevel: 'anonymous', handler: endpoint.handler });
}

// Timers take their own clients, with a deadline for a run rather than for a caller waiting.
const unhurried = startedOnFirstUse(() => createServices(readSettings(process.env), { deadlineMs: timerStorageDeadlineMs }));
for (const timer of timers(unhurried)) {
  app.timer(timer.name, { schedule: timer.schedule, handler: (_trigger, context) => timer.run(context) });
}
