import { addDays, dayOf, openReviews, reminderId, remindersFrom } from '../../shared';
import type { ProposalRepository } from './ports/proposal-repository';
import type { ReminderRepository } from './ports/reminder-repository';
import type { StructureRepository } from './ports/structure-repository';

/** How far back a timer catches up on reminders it missed (while down, or before a review was known). */
export const catchUpDays = 7;

export interface ReminderSources {
  readonly structures: StructureRepository;
  readonly proposals: ProposalRepository;
  readonly reminders: ReminderRepository;
}

/**
 * Adds the tenant's coming reminders to the due-date index: called where reviews
 * change (a decision adopted, the structure changed, a term recorded), so the timer
 * reads only the days that are due. Returns the rows written.
 */
export async function indexReminders(sources: ReminderSources, tenantId: string, now: string): Promise<number> {
  const today = dayOf(now);
  const [{ structure }, proposals] = await Promise.all([sources.structures.load(tenantId), sources.proposals.loadAll(tenantId)]);
  const reminders = remindersFrom(structure, openReviews(structure, proposals, today), addDays(today, -catchUpDays));
  return sources.reminders.add(tenantId, reminders.map((reminder) => ({ reminderId: reminderId(reminder), on: reminder.on })));
}
