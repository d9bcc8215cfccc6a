import type { ActivityNotice } from '../application/ports/activity-feed';

/**
 * Every sentence the notifier says to people, in one place so it can be catalogued
 * for translation. `names` are already written as Teams mentions (`<at>Name</at>`).
 */
export const noticeTexts = {
  roundOpened: (record: string, names: string, deadline: string | null) =>
    `The consent round on “${record}” is open. ${names}: your answer is awaited${deadline ? ` by ${deadline}` : ' in the meeting'}.`,
  nominationsOpened: (record: string, names: string) =>
    `Nominations are open for the ${record}. ${names}: name who you see in this role and why; nominations stay hidden until they are revealed.`,
  reminded: (record: string, names: string, deadline: string | null) =>
    `A reminder from the facilitator: ${names}, your answer on “${record}” is still awaited${deadline ? ` by ${deadline}` : ''}.`,
  closingSoon: (record: string, names: string, deadline: string | null) =>
    `The consent round on “${record}” closes soon${deadline ? `, at ${deadline}` : ''}. ${names}: your answer is still awaited.`,
  keptOpen: (record: string, facilitator: string, reason: string) =>
    `The deadline of the consent round on “${record}” has passed, and the circle’s policy keeps it open: ${reason} ${facilitator}, it is yours to decide what follows.`,
} as const;

/** The activity feed's one line for each kind of notice, on a record. */
export const previewTexts: Record<ActivityNotice['activityType'], (record: string) => string> = {
  answerAwaited: (record) => `Your answer is awaited on “${record}”.`,
  nominationAwaited: (record) => `Your nomination is awaited for the ${record}.`,
  integrationAwaited: (record) => `An objection to “${record}” awaits integration.`,
  closingSoon: (record) => `The consent round on “${record}” closes soon; your answer is still awaited.`,
  reminder: (record) => `The facilitator reminds you: your answer on “${record}” is still awaited.`,
  roundKeptOpen: (record) => `The consent round on “${record}” stays open past its deadline; it is yours to decide what follows.`,
};

/** A deadline as people read it in a message: the day and the time in UTC. */
export const deadlineText = (deadline: string | null) => (deadline ? `${deadline.slice(0, 16).replace('T', ' ')} UTC` : null);
