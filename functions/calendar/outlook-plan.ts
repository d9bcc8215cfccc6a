import type { CalendarRecord } from '../../shared';
import type { OutlookState } from '../application/ports/calendar-repository';

export type OutlookStep =
  | { readonly kind: 'create'; readonly record: CalendarRecord; readonly replaces?: string }
  | { readonly kind: 'update'; readonly record: CalendarRecord; readonly eventId: string }
  | { readonly kind: 'cancel'; readonly record: CalendarRecord; readonly eventId: string };

/**
 * What Outlook needs for a record to show what the calendar holds: an event made
 * for a live entry, updated when the record's sequence passed the one Outlook
 * shows, cancelled when the entry was removed or its circle turned Outlook off.
 */
export function outlookStep(record: CalendarRecord, outlook: OutlookState | null, circleSyncs: boolean): OutlookStep | null {
  const wanted = !record.cancelled && circleSyncs;
  const eventId = outlook?.eventId ?? null;
  if (wanted && eventId === null)
    return outlook?.cancelledEventId ? { kind: 'create', record, replaces: outlook.cancelledEventId } : { kind: 'create', record };
  if (wanted && eventId !== null && (outlook?.sequence ?? -1) < record.sequence) return { kind: 'update', record, eventId };
  if (!wanted && eventId !== null) return { kind: 'cancel', record, eventId };
  return null;
}
