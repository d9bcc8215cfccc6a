import { z } from 'zod';
import { Circle } from '../circles/circle';
import { CircleId, Id, identifier, Instant, LongText, PersonId, ShortText } from '../kernel/ids';

export const AgendaItemType = z.enum(['report', 'exploration', 'proposal', 'selection', 'review']);
export type AgendaItemType = z.infer<typeof AgendaItemType>;

/** Item ids are derived from the subject's id plus its kind ("review-…"), so they get more room than an Id. */
const ItemId = identifier(160);

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

export const Minute = z.object({ notes: z.string(), decisionIds: z.array(Id) });
export const Evaluation = z.object({ rating: z.number().int().min(1).max(5), comment: z.string() });
export type Evaluation = z.infer<typeof Evaluation>;

export const Meeting = z.object({
  meetingId: Id,
  circleId: CircleId,
  scheduledFor: Instant,
  plannedBy: PersonId,
  status: z.enum(['planned', 'check-in', 'in-progress', 'closed']),
  agenda: z.array(AgendaItem),
  checkIns: z.record(PersonId, z.string()),
  agendaConsentedAt: Instant.nullable(),
  minutes: z.record(ItemId, Minute),
  evaluations: z.record(PersonId, Evaluation),
  closedAt: Instant.nullable(),
});
export type Meeting = z.infer<typeof Meeting>;

export const MeetingState = z.object({ circle: Circle, meeting: Meeting.nullable() });
export type MeetingState = z.infer<typeof MeetingState>;

const step = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) => z.object({ type: z.literal(type), meetingId: Id, ...shape });
const Agenda = z.array(AgendaItem).max(40);

export const MeetingCommand = z.discriminatedUnion('type', [
  step('plan-meeting', { scheduledFor: Instant, agenda: Agenda.default([]) }),
  step('open-check-in', {}),
  step('check-in', { text: LongText(1000).default('') }),
  step('consent-to-agenda', { agenda: Agenda.optional() }),
  step('record-minutes', { itemId: ItemId, notes: LongText(20000), decisionIds: z.array(Id).max(50).default([]) }),
  step('evaluate-meeting', { rating: z.number().int().min(1).max(5), comment: LongText(2000).default('') }),
  step('close-meeting', {}),
]);
export type MeetingCommand = z.infer<typeof MeetingCommand>;

const event = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) =>
  z.object({ type: z.literal(type), meetingId: Id, at: Instant, by: PersonId.nullable(), ...shape });

export const MeetingEvent = z.discriminatedUnion('type', [
  event('meeting-planned', { circleId: CircleId, scheduledFor: Instant, agenda: Agenda }),
  event('check-in-opened', {}),
  event('checked-in', { text: z.string() }),
  event('agenda-consented', { agenda: Agenda }),
  event('minutes-recorded', { itemId: ItemId, notes: z.string(), decisionIds: z.array(Id) }),
  event('meeting-evaluated', { rating: z.number().int(), comment: z.string() }),
  event('meeting-closed', {}),
]);
export type MeetingEvent = z.infer<typeof MeetingEvent>;
