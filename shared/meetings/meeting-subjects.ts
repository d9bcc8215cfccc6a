import type { PersonId } from '../kernel/ids';
import type { Meeting } from './meeting';
import { currentTurn } from './speaking-order';

/** The proposals, role selections and reviewed decisions the meeting's agenda is about: the decisions its minutes may link. */
export function decisionsOnAgenda(meeting: Meeting): string[] {
  return meeting.agenda.flatMap((item) =>
    item.type !== 'report' && item.type !== 'exploration' && item.subjectId ? [item.subjectId] : [],
  );
}

/**
 * The turn a person's step in a proposal or selection ends: theirs, when the round
 * going around is on the item about that record and it is their turn. Answering,
 * asking or nominating in the record is speaking in the meeting's round, so the
 * round moves on to the next in the speaking order without anyone passing by hand.
 */
export function turnEndedBy(meeting: Meeting, personId: PersonId, subjectId: string): { type: 'pass-turn'; personId: PersonId } | null {
  if (meeting.status !== 'in-progress' || meeting.round?.kind !== 'item') return null;
  const item = meeting.agenda.find((candidate) => candidate.itemId === meeting.round?.itemId);
  if (item?.subjectId !== subjectId) return null;
  return currentTurn(meeting)?.personId === personId ? { type: 'pass-turn', personId } : null;
}
