import type { Circle, ConsentRound, PersonId, RoundDeadline } from '../../shared';
import { dayOf, facilitatorOf, findCircle, proposalDeadline, selectionDeadline } from '../../shared';
import type { LoadedProposal, ProposalRepository } from './ports/proposal-repository';
import type { IndexedDeadline } from './ports/deadline-repository';
import type { NoticeRecord } from './ports/notifier';
import type { LoadedRecord, RecordRepository } from './ports/record-repository';
import type { Selection } from '../../shared';

/** A record an index entry names, as stored now: what its round is, who facilitates it, and what was read (the close decides on it). */
export type DeadlineRecord =
  | { readonly kind: 'proposal'; readonly loaded: LoadedProposal; readonly notice: Extract<NoticeRecord, { kind: 'proposal' }> }
  | { readonly kind: 'selection'; readonly loaded: LoadedRecord<Selection>; readonly notice: Extract<NoticeRecord, { kind: 'selection' }> };

export interface DeadlineStores {
  readonly proposals: ProposalRepository;
  readonly selections: RecordRepository<Selection>;
}

/** The record an entry names, read whole; none when it or its circle is gone. */
export async function readDeadlineRecord(stores: DeadlineStores, entry: IndexedDeadline): Promise<DeadlineRecord | null> {
  if (entry.kind === 'proposal') {
    const loaded = await stores.proposals.load(entry.tenantId, entry.circleId, entry.recordId);
    const proposal = stores.proposals.proposalOf(loaded);
    return loaded.circle && proposal ? { kind: 'proposal', loaded, notice: { kind: 'proposal', circle: loaded.circle, proposal } } : null;
  }
  const loaded = await stores.selections.load(entry.tenantId, entry.recordId);
  const selection = loaded.record?.value;
  const structure = loaded.structure.structure;
  const selectingCircle = selection && findCircle(structure, selection.selectingCircleId);
  const filledCircle = selection && findCircle(structure, selection.circleId);
  if (!selection || !selectingCircle || !filledCircle) return null;
  return { kind: 'selection', loaded, notice: { kind: 'selection', selectingCircle, filledCircle, selection } };
}

/** The record's running asynchronous round as the core sees it now. */
export function deadlineOf(record: DeadlineRecord): RoundDeadline | null {
  return record.kind === 'proposal' ? proposalDeadline(record.notice.proposal) : selectionDeadline(record.notice.selection);
}

/** The running round with the circle whose members it asks; none when no round runs. */
export function roundOf(record: DeadlineRecord): { readonly round: ConsentRound; readonly circle: Circle } | null {
  if (record.kind === 'proposal') {
    const { proposal, circle } = record.notice;
    return proposal.status === 'consent-round' ? { round: proposal.round, circle } : null;
  }
  const { selection, selectingCircle } = record.notice;
  return selection.status === 'consent-round' ? { round: selection.round, circle: selectingCircle } : null;
}

/** Who facilitates the record's process today, as the core says (the starter while the role is vacant). */
export function facilitatorOfRecord(record: DeadlineRecord, now: string): PersonId {
  return record.kind === 'proposal'
    ? facilitatorOf(record.notice.circle, record.notice.proposal.author, dayOf(now))
    : facilitatorOf(record.notice.selectingCircle, record.notice.selection.startedBy, dayOf(now));
}
