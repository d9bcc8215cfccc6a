import type { Meeting, Structure } from '../../shared';
import { calendarEntries, dayOf, reconcileCalendar } from '../../shared';
import type { CalendarRepository, StoredCalendarRecord } from './ports/calendar-repository';
import type { ProposalRepository } from './ports/proposal-repository';
import type { RecordRepository } from './ports/record-repository';
import type { StructureRepository } from './ports/structure-repository';

export interface CalendarSources {
  readonly structures: StructureRepository;
  readonly proposals: ProposalRepository;
  readonly meetings: RecordRepository<Meeting>;
  readonly calendar: CalendarRepository;
}

/**
 * Brings the tenant's calendar records in step with its records now: new entries
 * recorded, changed ones given a higher sequence, removed ones cancelled. Both the
 * feed (on each request) and the calendar timer (before Outlook) call it.
 */
export async function calendarInStep(sources: CalendarSources, tenantId: string, now: string): Promise<{ structure: Structure; records: StoredCalendarRecord[] }> {
  const [{ structure }, proposals, meetings, stored] = await Promise.all([
    sources.structures.load(tenantId),
    sources.proposals.loadAll(tenantId),
    sources.meetings.loadAll(tenantId),
    sources.calendar.load(tenantId),
  ]);
  const changed = reconcileCalendar(stored.map((s) => s.record), calendarEntries(structure, proposals, meetings, dayOf(now)), now);
  await sources.calendar.saveRecords(tenantId, changed);
  const byId = new Map(stored.map((s) => [s.record.entry.entryId, s]));
  for (const record of changed) byId.set(record.entry.entryId, { record, outlook: byId.get(record.entry.entryId)?.outlook ?? null });
  return { structure, records: [...byId.values()] };
}
