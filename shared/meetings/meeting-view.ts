import { z } from 'zod';
import type { Actor } from '../kernel/actor';
import { Instant, PersonId } from '../kernel/ids';
import { dayOf } from '../kernel/time';
import { availableMeetingSteps, meetingStepKinds } from './available-meeting-steps';
import { itemClocks } from './item-clock';
import { mayLead } from './meeting-lead';
import type { MeetingState } from './meeting';
import { ItemId, Meeting, Round } from './meeting';
import { mayPlanMeeting } from './planning';
import { currentTurn } from './speaking-order';

const SpeakingTurnSchema = z.object({
  personId: PersonId,
  round: Round.shape.kind,
  itemId: ItemId.nullable(),
  position: z.number().int(),
  of: z.number().int(),
});
const ItemClockSchema = z.object({ elapsedMs: z.number().int(), remainingMs: z.number().int(), over: z.boolean(), running: z.boolean() });

/**
 * What a face needs to render a meeting's run, as the meeting's GET answers it.
 * Everything but `now` is the same while the meeting is unchanged, so a client
 * can tell a change from the clock moving on; clients offset their own clock by
 * `serverNow` and count the clocks down from there.
 */
export const MeetingView = z.object({
  meeting: Meeting,
  turn: SpeakingTurnSchema.nullable(),
  steps: z.array(z.enum(meetingStepKinds as [string, ...string[]])),
  /** Whether the caller leads this meeting (`mayLead`): a face offers the leader's own acts, such as sharing the meeting on the stage, by this. */
  leads: z.boolean().describe('whether the caller leads the meeting: its facilitator, or whoever planned it while that role is vacant'),
  now: z.object({ serverNow: Instant, clocks: z.record(ItemId, ItemClockSchema) }),
  /** The reader may plan the circle's next meeting (the one the rhythm proposes on close, or another). */
  mayPlan: z.boolean(),
});

export type MeetingView = z.infer<typeof MeetingView>;

/** The run of a meeting as this person sees it at `now`: whose turn it is, their steps, whether they lead it, the server's time and each item's clock. */
export function meetingView(state: MeetingState & { meeting: Meeting }, actor: Actor, now: Instant): Omit<MeetingView, 'meeting'> {
  return {
    turn: currentTurn(state.meeting),
    steps: availableMeetingSteps(state, actor, now),
    leads: mayLead(state.circle, state.meeting, actor, dayOf(now)),
    now: { serverNow: now, clocks: itemClocks(state.meeting, now) },
    mayPlan: mayPlanMeeting(state.circle, actor),
  };
}
