import type { CalendarDate, Circle, NamedReview, Proposal, Reminder, TeamsBinding } from '../../shared';
import { addDays, circleRemindersBetween, dayOf, reminderId, reminderSubject } from '../../shared';
import type { ConversationRepository, StoredConversation } from './ports/conversation-repository';
import type { IndexedReminder } from './ports/reminder-repository';
import type { ReminderSources } from './index-reminders';
import { catchUpDays, indexUnindexed } from './index-reminders';
import { readNamedReviews } from './read-reviews';
import { fewAtOnce } from './reads-at-once';

/** Whatever tells a circle's conversation of a review (the bot's reminder card). */
export type Remind = (
  conversation: StoredConversation,
  reminder: Reminder,
  circle: Circle,
  decision: Proposal | null,
  today: CalendarDate,
) => Promise<void>;

export interface ReminderRunDeps extends ReminderSources {
  readonly conversations: ConversationRepository;
  readonly remind: Remind;
}

/** What a run did, for the log and the tests. */
export interface ReminderRun {
  readonly days: readonly string[];
  readonly due: number;
  readonly sent: number;
  /** Already sent by this or an overlapping run. */
  readonly alreadySent: number;
  /** The circle has no conversation yet; tried again on later runs while the reminder is in reach. */
  readonly unbound: number;
  /** The index named a reminder the records no longer have (the review was held or moved). */
  readonly stale: number;
  readonly failed: number;
}

/**
 * The days a run covers: the last week up to today. Reading the whole week every
 * time costs eight small queries and means a reminder whose circle had no
 * conversation yet, or whose post failed, goes out on a later run; the sent
 * markers keep any from going out twice.
 */
export function daysToScan(today: string): string[] {
  const days: string[] = [];
  for (let day = addDays(today, -catchUpDays); day <= today; day = addDays(day, 1)) days.push(day);
  return days;
}

/** The conversation a circle's binding names: where its cards, reminders and mentions go. */
export const conversationIdOf = (binding: TeamsBinding): string =>
  binding.kind === 'chat' ? binding.chatId : binding.kind === 'channel' ? binding.channelId : binding.teamId;

/** Where the timer tells of what it could not do; the timer's own log in Azure. */
export type Report = (message: string, error: unknown) => void;

/**
 * The reminder timer: reads the due-date index for the days in reach, checks each
 * reminder against the tenant's records as they are now, and posts it to the
 * circle's conversation. A reminder is claimed before it is posted, so runs that
 * overlap or are retried never post it twice; a failed post gives the claim back.
 * A reminder sent, or whose review was held or moved, leaves the index, so later
 * runs do not read its tenant again for it. One tenant's failure is reported and
 * the others go on. `only` runs it for one tenant at once, as when a circle is
 * bound to a conversation: it reaches back the whole catch-up week too. A full run
 * first indexes the circles a change left marked (its indexing failed).
 */
export async function sendDueReminders(
  deps: ReminderRunDeps,
  now: string,
  only?: { readonly tenantId: string },
  report: Report = () => undefined,
): Promise<ReminderRun> {
  const today = dayOf(now);
  const days = daysToScan(today);
  // Circles a change left marked (their reminders were not indexed) are indexed first, so what falls due there goes out now.
  if (!only) await indexUnindexed(deps, now, report);
  const indexed = only
    ? await deps.reminders.dueFor(only.tenantId, days)
    : (await Promise.all(days.map((day) => deps.reminders.dueOn(day)))).flat();
  const byTenant = new Map<string, IndexedReminder[]>();
  for (const entry of indexed) byTenant.set(entry.tenantId, [...(byTenant.get(entry.tenantId) ?? []), entry]);
  const counts = { sent: 0, alreadySent: 0, unbound: 0, stale: 0, failed: 0 };
  for (const [tenantId, entries] of byTenant) {
    try {
      const due = await asRecorded(deps, tenantId, entries, addDays(days[0] ?? today, -1), today);
      const shared = sharedReads(deps, tenantId);
      for (const { entry, reminder, circle } of due) {
        const outcome = !reminder || !circle ? 'stale' : await deliver(deps, shared, tenantId, reminder, circle, now, report);
        counts[outcome] += 1;
        if (outcome === 'stale' || outcome === 'sent' || outcome === 'alreadySent') await deps.reminders.drop(entry);
      }
    } catch (error) {
      counts.failed += entries.length;
      report(`review reminders of tenant ${tenantId} failed; the next run tries again`, error);
    }
  }
  return { days, due: indexed.length, ...counts };
}

const reviewKey = (review: NamedReview) => JSON.stringify([review.kind, review.circleId, review.subjectId, review.reviewDate]);

/** An indexed reminder with the reminder and circle it stands for, or without when it is stale. */
type Recorded = { readonly entry: IndexedReminder; readonly reminder?: Reminder; readonly circle?: Circle };

/**
 * Each indexed reminder as the records have it now: its review read by point reads
 * (kept, not held, its circle active) and each circle involved read once, so a run
 * costs what is due, not what the tenant holds. No reminder when the review was held
 * or moved, or the circle's reminder days no longer include it.
 */
async function asRecorded(
  deps: ReminderRunDeps,
  tenantId: string,
  entries: readonly IndexedReminder[],
  since: CalendarDate,
  today: CalendarDate,
): Promise<Recorded[]> {
  const subjects = entries.map((entry) => reminderSubject(entry.reminderId));
  // A review reminded on several days of the week is read once.
  const named = [...new Map(subjects.flatMap((subject) => (subject ? [[reviewKey(subject), subject] as const] : []))).values()];
  const reviews = await readNamedReviews(deps, tenantId, named, today);
  const reviewOf = new Map(named.map((subject, i) => [reviewKey(subject), reviews[i] ?? null]));
  const circleIds = [...new Set(reviews.flatMap((review) => (review ? [review.circleId] : [])))];
  const circles = new Map(
    await fewAtOnce(circleIds.map((circleId) => async () => [circleId, await deps.structures.circle(tenantId, circleId)] as const)),
  );
  return entries.map((entry, i) => {
    const subject = subjects[i];
    const review = subject ? reviewOf.get(reviewKey(subject)) : null;
    const circle = review ? circles.get(review.circleId) : null;
    const reminder =
      review && circle ? circleRemindersBetween(circle, [review], since, today).find((r) => reminderId(r) === entry.reminderId) : undefined;
    return reminder && circle ? { entry, reminder, circle } : { entry };
  });
}

/** Read once per key: many reminders of a run go to one conversation, several are of one decision. */
function once<T>(read: (key: string) => Promise<T>): (key: string) => Promise<T> {
  const reads = new Map<string, Promise<T>>();
  return (key) => {
    const known = reads.get(key) ?? read(key);
    reads.set(key, known);
    return known;
  };
}

/** What the reminders of one tenant's run share: the conversations they go to and the decisions they show. */
function sharedReads(deps: ReminderRunDeps, tenantId: string) {
  return {
    conversation: once((conversationId) => deps.conversations.get(tenantId, conversationId)),
    decision: once((proposalId) => deps.proposals.header(tenantId, proposalId)),
  };
}

async function deliver(
  deps: ReminderRunDeps,
  shared: ReturnType<typeof sharedReads>,
  tenantId: string,
  reminder: Reminder,
  circle: Circle,
  now: string,
  report: Report,
): Promise<'sent' | 'alreadySent' | 'unbound' | 'failed'> {
  const conversation = circle.binding && (await shared.conversation(conversationIdOf(circle.binding)));
  if (!conversation) return 'unbound';
  const id = reminderId(reminder);
  if (!(await deps.reminders.claim(tenantId, id, now))) return 'alreadySent';
  try {
    const { review } = reminder;
    const header = review.kind === 'decision' ? await shared.decision(review.subjectId) : null;
    const decision = header?.circleId === circle.circleId ? header : null;
    await deps.remind(conversation, reminder, circle, decision, dayOf(now));
    return 'sent';
  } catch (error) {
    await deps.reminders.release(tenantId, id);
    report(`the reminder ${id} could not be posted in tenant ${tenantId}; the next run tries again`, error);
    return 'failed';
  }
}
