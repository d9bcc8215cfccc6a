import type {
  Circle,
  DomainError,
  Meeting,
  MeetingMinutes,
  PersonId,
  Proposal,
  ProposalEvent,
  Selection,
  SelectionEvent,
} from '../../../shared';

/** A record people are told of: a consent decision in its circle, or a role selection with the circle that selects and the circle whose role is filled. */
export type NoticeRecord =
  | { readonly kind: 'proposal'; readonly circle: Circle; readonly proposal: Proposal }
  | { readonly kind: 'selection'; readonly selectingCircle: Circle; readonly filledCircle: Circle; readonly selection: Selection };

/** A step stored by the command handler, whichever face made it (tab, card, timer). */
export interface StoredStep {
  readonly tenantId: string;
  readonly record: NoticeRecord;
  readonly events: readonly (ProposalEvent | SelectionEvent)[];
  readonly now: string;
  /**
   * The conversation the step was taken in from a card, whose record card the bot's
   * own turn updates already: the notifier leaves that card alone there.
   */
  readonly shownIn?: string;
}

/** Those still to answer a running round, reminded: before its deadline, or because the facilitator asked. */
export interface AwaitedReminder {
  readonly tenantId: string;
  readonly record: NoticeRecord;
  readonly people: readonly PersonId[];
  readonly why: 'closing-soon' | 'facilitator';
  readonly now: string;
}

/** A round whose deadline passed and which its circle's policy keeps open: the facilitator decides what follows. */
export interface RoundKeptOpen {
  readonly tenantId: string;
  readonly record: NoticeRecord;
  readonly facilitator: PersonId | null;
  /** Why the policy did not close it (those still to answer, a quorum not reached), as the core's refusal says it. */
  readonly reason: DomainError['said'];
  readonly now: string;
}

/** A closed meeting's minutes, for its circle's conversation. */
export interface MinutesTaken {
  readonly tenantId: string;
  readonly circle: Circle;
  readonly minutes: MeetingMinutes;
  readonly now: string;
}

/** A meeting whose agenda was just consented: it is under way, for its circle's conversation. */
export interface MeetingUnderWay {
  readonly tenantId: string;
  readonly circle: Circle;
  readonly meeting: Meeting;
  readonly now: string;
}

/**
 * How people learn it is their turn: the record's card in the circle's
 * conversation, @mentions, Teams activity-feed notifications. The application
 * says what happened; the adapter (the bot, Graph) says it to people.
 */
export interface Notifier {
  stepStored(step: StoredStep): Promise<void>;
  remindAwaited(reminder: AwaitedReminder): Promise<void>;
  roundKeptOpen(notice: RoundKeptOpen): Promise<void>;
  /** A meeting closed: its minutes go to the circle's conversation. */
  minutesTaken(notice: MinutesTaken): Promise<void>;
  /** A meeting's agenda was consented: its circle's conversation hears it is under way. */
  meetingUnderWay(notice: MeetingUnderWay): Promise<void>;
}
