import type { PersonId } from '../kernel/ids';
import type { Meeting, Round } from './meeting';

/** Whose turn it is in the round going around, as every face shows it. */
export interface SpeakingTurn {
  readonly personId: PersonId;
  readonly round: Round['kind'];
  readonly itemId: string | null;
  /** 1 for the first speaker of the round. */
  readonly position: number;
  readonly of: number;
}

/**
 * The current speaker: the first present person, in the speaking order, who has not
 * had their turn in this round; none between rounds or once all have spoken.
 */
export function currentTurn(meeting: Meeting): SpeakingTurn | null {
  const { round, speakingOrder } = meeting;
  if (!round || meeting.status === 'closed') return null;
  const index = speakingOrder.findIndex((personId) => !round.spoken.includes(personId));
  if (index < 0) return null;
  return {
    personId: speakingOrder[index] as PersonId,
    round: round.kind,
    itemId: round.itemId,
    position: index + 1,
    of: speakingOrder.length,
  };
}

/** Those present with someone who arrived added at the end of the speaking order. */
export function withArrival(order: readonly PersonId[], personId: PersonId): PersonId[] {
  return order.includes(personId) ? [...order] : [...order, personId];
}

/**
 * The order the facilitator set, over those present now: anyone present the facilitator
 * did not name (they withArrival while the order was being set) keeps their place after it.
 */
export function reordered(present: readonly PersonId[], order: readonly PersonId[]): PersonId[] {
  const named = order.filter((personId) => present.includes(personId));
  return [...named, ...present.filter((personId) => !named.includes(personId))];
}

/** The round with this person's turn taken (by speaking, checking in, evaluating or passing). */
export function spoke(round: Round | null, personId: PersonId): Round | null {
  if (!round || round.spoken.includes(personId)) return round;
  return { ...round, spoken: [...round.spoken, personId] };
}
