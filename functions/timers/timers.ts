import type { InvocationContext } from '@azure/functions';
import { repairKeptRows } from '../application/repair-kept-rows';
import { runRoundDeadlines } from '../application/round-deadlines';
import { sendDueReminders } from '../application/send-reminders';
import { syncCalendars } from '../application/sync-calendars';
import { conversationPoster } from '../bot/adapter';
import { notifierOf } from '../bot/notifier';
import { remindWith } from '../bot/reminders';
import { tabLinkOf } from '../calendar/tab-link';
import type { Services } from '../composition/services';
import { faultOf, isStorageUnavailable } from '../application/storage-faults';

/** One timer function: the same value is registered with `app.timer` and run by the dev host. */
export interface Timer {
  readonly name: string;
  /** NCRONTAB, six fields with seconds, in UTC. */
  readonly schedule: string;
  run(context: InvocationContext): Promise<void>;
}

/**
 * A run that finds storage down logs it and ends: what it would have done is still
 * due, and the next run (or the one after storage is back) does it. Other failures
 * are the host's to record as a failed run.
 */
function whileStorageAnswers(name: string, run: Timer['run']): Timer['run'] {
  return async (context) => {
    try {
      await run(context);
    } catch (error) {
      if (!isStorageUnavailable(error)) throw error;
      context.warn(`${name}: storage cannot be reached (${faultOf(error)}); the next run catches up`);
    }
  };
}

/** Every timer of the app. */
export function timers(services: () => Promise<Services>): Timer[] {
  return everyTimer(services).map((timer) => ({ ...timer, run: whileStorageAnswers(timer.name, (context) => timer.run(context)) }));
}

function everyTimer(services: () => Promise<Services>): Timer[] {
  return [
    {
      name: 'review-reminders',
      // Five past every hour: a reminder reaches the circle within the hour its day begins (UTC).
      schedule: '0 5 * * * *',
      async run(context) {
        const ready = await services();
        const run = await sendDueReminders(
          { ...ready, remind: remindWith(conversationPoster(ready)) },
          ready.now(),
          undefined,
          (message, error) => context.error(message, error),
        );
        context.log(`review reminders: ${JSON.stringify(run)}`);
      },
    },
    {
      name: 'round-deadlines',
      // Every five minutes: a round closes, and those still to answer are reminded, within five minutes of the moment.
      schedule: '0 */5 * * * *',
      async run(context) {
        const ready = await services();
        const run = await runRoundDeadlines({ ...ready, notifier: notifierOf(ready) }, ready.now(), (message, error) =>
          context.error(message, error),
        );
        context.log(`round deadlines: ${JSON.stringify(run)}`);
      },
    },
    {
      name: 'kept-rows-repair',
      // Every ten minutes, off the quarter hours the calendars sync on: a change cut short is repaired within twenty.
      schedule: '0 7-59/10 * * * *',
      async run(context) {
        const ready = await services();
        const run = await repairKeptRows(ready, ready.now());
        context.log(`kept rows: ${JSON.stringify(run)}`);
      },
    },
    {
      name: 'calendar-sync',
      schedule: '0 */15 * * * *',
      async run(context) {
        const ready = await services();
        const run = await syncCalendars({ ...ready, linkOf: tabLinkOf(ready.tabAddress) }, ready.now(), (message, error) =>
          context.error(message, error),
        );
        context.log(`calendars: ${JSON.stringify(run)}`);
      },
    },
  ];
}
