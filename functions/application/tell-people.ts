import type { ProposalEvent, SelectionEvent } from '../../shared';
import { candidateNowAsked, changesStage } from '../../shared';
import type { NoticeRecord, Notifier } from './ports/notifier';

/** A stored step as people are told of it: the record after it, and its events. */
export interface Told {
  readonly record: NoticeRecord;
  readonly events: readonly (ProposalEvent | SelectionEvent)[];
}

interface Telling {
  readonly tenantId: string;
  readonly now: string;
  readonly shownIn?: string;
  readonly report?: (message: string, error: unknown) => void;
}

/** A selection's answer that makes it the candidate's turn: they are told, though the stage stays as it was. */
function candidateTurn({ record, events }: Told): boolean {
  return record.kind === 'selection' && candidateNowAsked(record.selection, record.selectingCircle, events.filter((event) => 'selectionId' in event));
}

const recordName = (record: NoticeRecord) => (record.kind === 'proposal' ? `proposal ${record.proposal.proposalId}` : `selection ${record.selection.selectionId}`);

const reportToLog = (message: string, error: unknown) => console.error(`${message}: ${error instanceof Error ? error.message : String(error)}`);

/**
 * Tells people of a stored step: its circle of a move to another stage (the core's
 * `changesStage`; an answer is no such move, save the one that makes it a
 * selection's candidate's turn), those still to answer of the facilitator's reminder. Telling never fails or undoes the step: it is stored
 * already, so a failure is reported and the step's outcome stands.
 */
export async function tellPeople(notifier: Notifier, telling: Telling, told: Told): Promise<void> {
  const { tenantId, now, record, events } = { ...telling, ...told };
  try {
    for (const event of events) {
      if (event.type === 'awaited-reminded') await notifier.remindAwaited({ tenantId, record, people: event.people, why: 'facilitator', now });
    }
    if (changesStage(events) || candidateTurn(told)) await notifier.stepStored({ tenantId, record, events, now, ...(telling.shownIn ? { shownIn: telling.shownIn } : {}) });
  } catch (error) {
    (telling.report ?? reportToLog)(`People could not be told of a step of ${recordName(record)} in tenant ${tenantId}; the step is stored`, error);
  }
}
