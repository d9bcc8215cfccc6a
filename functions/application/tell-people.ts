import type { Circle, Meeting, MeetingMinutes, ProposalEvent, SelectionEvent } from '../../shared';
import { circleSees } from '../../shared';
import type { NoticeRecord, Notifier } from './ports/notifier';

/** A stored step as people are told of it: the record after it, and its events; a meeting just under way; or a closed meeting's minutes. */
export type Told =
  | { readonly record: NoticeRecord; readonly events: readonly (ProposalEvent | SelectionEvent)[] }
  | { readonly underWay: Meeting; readonly circle: Circle }
  | { readonly minutes: MeetingMinutes; readonly circle: Circle };

interface Telling {
  readonly tenantId: string;
  readonly now: string;
  readonly shownIn?: string;
  readonly report?: (message: string, error: unknown) => void;
}

/** The kind and id of the record a step was of, for the operator's log line. */
const recordOf = (told: Told): readonly [string, string] => {
  if ('minutes' in told) return ['meeting', told.minutes.meetingId];
  if ('underWay' in told) return ['meeting', told.underWay.meetingId];
  return told.record.kind === 'proposal' ? ['proposal', told.record.proposal.proposalId] : ['selection', told.record.selection.selectionId];
};

const reportToLog = (message: string, error: unknown) =>
  console.error(`${message}: ${error instanceof Error ? error.message : String(error)}`);

/**
 * Tells people of a stored step: the record's card in its circle's conversation is
 * brought up to date by every step past the draft (`circleSees`), wherever it was
 * taken (an answer in the tab too, so the tally read in the chat is never behind);
 * whose turn it now is (the core's turns: a round opened, an integration, a
 * selection's candidate) is asked by the notifier; those still to answer hear of
 * the facilitator's reminder; a meeting whose agenda is consented is announced to
 * its circle, and a closed meeting's minutes are posted there.
 * The record is asked for (`noticeOf`) only when someone may be told, since it may
 * need a read. Telling never fails or undoes the step: it is stored already, so a
 * failure (that read's too) is reported and the step's outcome stands.
 */
export async function tellPeople(notifier: Notifier, telling: Telling, noticeOf: () => Told | null | Promise<Told | null>): Promise<void> {
  const { tenantId, now } = telling;
  let told: Told | null = null;
  try {
    told = await noticeOf();
    if (!told) return;
    if ('minutes' in told) return await notifier.minutesTaken({ tenantId, circle: told.circle, minutes: told.minutes, now });
    if ('underWay' in told) return await notifier.meetingUnderWay({ tenantId, circle: told.circle, meeting: told.underWay, now });
    const { record, events } = told;
    for (const event of events) {
      if (event.type === 'awaited-reminded')
        await notifier.remindAwaited({ tenantId, record, people: event.people, why: 'facilitator', now });
    }
    if (circleSees(events))
      await notifier.stepStored({ tenantId, record, events, now, ...(telling.shownIn ? { shownIn: telling.shownIn } : {}) });
  } catch (error) {
    const what = told ? recordOf(told).join(' ') : 'a record';
    (telling.report ?? reportToLog)(`People could not be told of a step of ${what} in tenant ${tenantId}; the step is stored`, error);
  }
}
