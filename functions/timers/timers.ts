import type { InvocationContext } from '@azure/functions';
import { sendDueReminders } from '../application/send-reminders';
import { syncCalendars } from '../application/sync-calendars';
import { conversationPoster } from '../bot/adapter';
import { remindWith } from '../bot/reminders';
import { tabLinkOf } from '../calendar/tab-link';
import type { Services } from '../composition/services';

/** One timer function: the same value is registered with `app.timer` and run by the dev host. */
export interface Timer {
  readonly name: string;
  /** NCRONTAB, six fields with seconds, in UTC. */
  readonly schedule: string;
  run(context: InvocationContext): Promise<void>;
}

/** Every timer of the app. */
export function timers(services: () => Promise<Services>): Timer[] {
  return [
    {
      name: 'review-reminders',
      // Five past every hour: a reminder reaches the circle within the hour its day begins (UTC).
      schedule: '0 5 * * * *',
      async run(context) {
        const ready = await services();
        const run = await sendDueReminders({ ...ready, remind: remindWith(conversationPoster(ready)) }, ready.now(), undefined, (message, error) => context.error(message, error));
        context.log(`review reminders: ${JSON.stringify(run)}`);
      },
    },
    {
      name: 'calendar-sync',
      schedule: '0 */15 * * * *',
      async run(context) {
        const ready = await services();
        const run = await syncCalendars({ ...ready, linkOf: tabLinkOf(ready.tabAddress) }, ready.now(), (message, error) => context.error(message, error));
        context.log(`calendars: ${JSON.stringify(run)}`);
      },
    },
  ];
}
