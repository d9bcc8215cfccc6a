/** A running asynchronous round in the deadlines' index: whose, which record and revision, and its two moments. */
export interface IndexedDeadline {
  readonly tenantId: string;
  readonly kind: 'proposal' | 'selection';
  readonly recordId: string;
  /** The circle the record is read under (a selection's: the circle whose role is filled). */
  readonly circleId: string;
  readonly revision: number;
  readonly deadline: string;
  readonly closingSoonAt: string | null;
}

/** Which of a round's moments came: its deadline, or the reminder before it. */
export type DeadlineMoment = 'deadline' | 'closing-soon';

/** What the deadline timer tells people once per round revision: the facilitator that the round stays open, or those still to answer. */
export type DeadlineNotice = 'kept-open' | 'closing-soon';

/**
 * The moments at which running asynchronous rounds close or remind, kept so the
 * timer reads only what is due, and the claims of what it told, so it tells it once.
 */
export interface DeadlineRepository {
  /** Adds a round's moments (one already there is written again unchanged). */
  add(entry: IndexedDeadline): Promise<void>;
  /** Takes a round's moments out: it closed, moved to another revision or deadline, or was withdrawn. */
  drop(entry: IndexedDeadline): Promise<void>;
  /** Takes one moment out: the timer did what it asked, or found the round no longer as indexed. */
  dropMoment(entry: IndexedDeadline, moment: DeadlineMoment): Promise<void>;
  /** Every round whose moment has come by `now`, of every tenant, not yet taken out. */
  due(moment: DeadlineMoment, now: string): Promise<IndexedDeadline[]>;
  /** Claims telling of a round revision; false when another run has claimed it. */
  claim(entry: IndexedDeadline, notice: DeadlineNotice, at: string): Promise<boolean>;
  /** Gives a claim back when the telling failed, so a later run tries again. */
  release(entry: IndexedDeadline, notice: DeadlineNotice): Promise<void>;
}
