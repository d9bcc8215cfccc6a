import { z } from 'zod';
import { Circle } from '../circles/circle';
import { LocalDateTime, TimeZone } from '../circles/meeting-rhythm';
import { CircleId, Id, identifier, Instant, LongText, PersonId, ShortText } from '../kernel/ids';

export const AgendaItemType = z.enum(['report', 'exploration', 'proposal', 'selection', 'review']);
export type AgendaItemType = z.infer<typeof AgendaItemType>;

/** Item ids are derived from the subject's id plus its kind ("review-…"), so they get more room than an Id. */
export const ItemId = identifier(160);

/** Time is the scarcest resource: every item has a time box. */
export const AgendaItem = z.object({
  itemId: ItemId,
  type: AgendaItemType,
  title: ShortText(200),
  timeboxMinutes: z.number().int().min(1).max(240),
  /** The proposal, selection or review the item is about, so minutes link to the logbook. */
  subjectId: Id.nullable().default(null),
});
export type AgendaItem = z.infer<typeof AgendaItem>;

/** What a member brings to the agenda themself: something to hear or to explore, not a decision (that is a proposal). */
export const MemberItem = AgendaItem.extend({ type: z.enum(['report', 'exploration']) }).omit({ subjectId: true });

export const Minute = z.object({ notes: z.string(), decisionIds: z.array(Id) });
export const Evaluation = z.object({ rating: z.number().int().min(1).max(5), comment: z.string() });
export type Evaluation = z.infer<typeof Evaluation>;

/**
 * An item's clock as moments, never as a ticking value, so every face computes the
 * same countdown from the server's time (`itemClock`). `pausedMs` is the time it
 * stood still (paused, or left for another item) before the moment it last ran from.
 */
export const ClockMarks = z.object({
  startedAt: Instant,
  pausedAt: Instant.nullable(),
  pausedMs: z.number().int().min(0),
  endedAt: Instant.nullable(),
});
export type ClockMarks = z.infer<typeof ClockMarks>;

/** A go-around in the speaking order: the check-in, a round on an item, the closing evaluation; `spoken` are those who had their turn. */
export const Round = z.object({
  kind: z.enum(['check-in', 'item', 'evaluation']),
  itemId: ItemId.nullable(),
  number: z.number().int().min(1),
  spoken: z.array(PersonId),
});
export type Round = z.infer<typeof Round>;

/** The next meeting as the circle's rhythm has it, proposed when a meeting closes. */
export const NextMeeting = z.object({
  startsAt: Instant,
  localStart: LocalDateTime,
  timeZone: TimeZone,
  durationMinutes: z.number().int().min(1),
});
export type NextMeeting = z.infer<typeof NextMeeting>;

export const meetingStatuses = ['planned', 'check-in', 'in-progress', 'closed'] as const;

export const Meeting = z.object({
  meetingId: Id,
  circleId: CircleId,
  scheduledFor: Instant,
  plannedBy: PersonId,
  status: z.enum(meetingStatuses),
  agenda: z.array(AgendaItem),
  checkIns: z.record(PersonId, z.string()),
  agendaConsentedAt: Instant.nullable(),
  minutes: z.record(ItemId, Minute),
  evaluations: z.record(PersonId, Evaluation),
  closedAt: Instant.nullable(),
  // The run: kept with defaults, so meetings stored before it was kept still read.
  /** Those present, in the order they speak: always each present person once. */
  speakingOrder: z.array(PersonId).default([]),
  round: Round.nullable().default(null),
  currentItemId: ItemId.nullable().default(null),
  clocks: z.record(ItemId, ClockMarks).default({}),
  nextMeeting: NextMeeting.nullable().default(null),
});
export type Meeting = z.infer<typeof Meeting>;

export const MeetingState = z.object({ circle: Circle, meeting: Meeting.nullable() });
export type MeetingState = z.infer<typeof MeetingState>;

const step = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) => z.object({ type: z.literal(type), meetingId: Id, ...shape });
const Agenda = z.array(AgendaItem).max(40);

export const MeetingCommand = z.discriminatedUnion('type', [
  step('plan-meeting', { scheduledFor: Instant, agenda: Agenda.default([]) }),
  step('add-agenda-item', { item: MemberItem }),
  step('join-meeting', {}),
  step('mark-present', { personId: PersonId }),
  step('mark-absent', { personId: PersonId }),
  step('set-speaking-order', { order: z.array(PersonId).max(200) }),
  step('pass-turn', { personId: PersonId }),
  step('open-check-in', {}),
  step('check-in', { text: LongText(1000).default('') }),
  step('consent-to-agenda', { agenda: Agenda.optional() }),
  step('start-item', { itemId: ItemId }),
  step('start-round', { itemId: ItemId }),
  step('pause-clock', { itemId: ItemId }),
  step('resume-clock', { itemId: ItemId }),
  step('record-minutes', { itemId: ItemId, notes: LongText(20000), decisionIds: z.array(Id).max(50).default([]) }),
  step('open-evaluation', {}),
  step('evaluate-meeting', { rating: z.number().int().min(1).max(5), comment: LongText(2000).default('') }),
  step('close-meeting', {}),
]);
export type MeetingCommand = z.infer<typeof MeetingCommand>;

const event = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) =>
  z.object({ type: z.literal(type), meetingId: Id, at: Instant, by: PersonId.nullable(), ...shape });

export const MeetingEvent = z.discriminatedUnion('type', [
  event('meeting-planned', { circleId: CircleId, scheduledFor: Instant, agenda: Agenda }),
  event('agenda-item-added', { item: AgendaItem }),
  event('meeting-joined', {}),
  event('marked-present', { personId: PersonId }),
  event('marked-absent', { personId: PersonId }),
  event('speaking-order-set', { order: z.array(PersonId) }),
  event('turn-passed', { personId: PersonId }),
  event('check-in-opened', {}),
  event('checked-in', { text: z.string() }),
  event('agenda-consented', { agenda: Agenda }),
  event('item-started', { itemId: ItemId }),
  event('round-started', { itemId: ItemId }),
  event('clock-paused', { itemId: ItemId }),
  event('clock-resumed', { itemId: ItemId }),
  event('minutes-recorded', { itemId: ItemId, notes: z.string(), decisionIds: z.array(Id) }),
  event('evaluation-opened', {}),
  event('meeting-evaluated', { rating: z.number().int(), comment: z.string() }),
  event('meeting-closed', { nextMeeting: NextMeeting.nullable().default(null) }),
]);
export type MeetingEvent = z.infer<typeof MeetingEvent>;
