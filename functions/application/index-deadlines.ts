import type { RoundDeadline } from '../../shared';
import { sameDeadline } from '../../shared';
import type { DeadlineRepository, IndexedDeadline } from './ports/deadline-repository';

export interface DeadlineSources {
  readonly deadlines: DeadlineRepository;
}

/** A step's effect on one record's running round, as the core gives it before and after the step. */
export interface DeadlineShift {
  readonly kind: IndexedDeadline['kind'];
  readonly recordId: string;
  readonly circleId: string;
  readonly before: RoundDeadline | null;
  readonly after: RoundDeadline | null;
}

const entryOf = (tenantId: string, shift: DeadlineShift, deadline: RoundDeadline): IndexedDeadline => ({
  tenantId,
  kind: shift.kind,
  recordId: shift.recordId,
  circleId: shift.circleId,
  ...deadline,
});

/**
 * Indexes the round a step opens or moves, before the step is stored: should the
 * step then not be stored, the timer finds the entry unlike the record and drops
 * it; the other order could leave a stored round that never closes itself.
 */
export async function indexDeadlineAhead(sources: DeadlineSources, tenantId: string, shift: DeadlineShift): Promise<void> {
  if (shift.after !== null && !sameDeadline(shift.before, shift.after)) await sources.deadlines.add(entryOf(tenantId, shift, shift.after));
}

/**
 * Once the step is stored, takes out the round it closed, withdrew or moved. Should
 * that fail, the entry stays until the timer reads it, finds it unlike the record and drops it.
 */
export async function dropMovedDeadline(sources: DeadlineSources, tenantId: string, shift: DeadlineShift): Promise<void> {
  if (shift.before !== null && !sameDeadline(shift.before, shift.after))
    await sources.deadlines.drop(entryOf(tenantId, shift, shift.before));
}
