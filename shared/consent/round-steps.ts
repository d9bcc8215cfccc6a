import type { Circle } from '../circles/circle';
import type { Actor } from '../kernel/actor';
import type { PersonId } from '../kernel/ids';
import type { Result } from '../kernel/result';
import { fail, failWith, ok } from '../kernel/result';
import type { Objection } from './answers';
import { openObjections } from './answers';
import type { ConsentRound, Verdict } from './consent-round';
import { closingVerdict, hasOpenObjection } from './consent-round';

/**
 * The objector withdraws their own objection. In integration, withdrawing the last
 * open one resumes the round so the closing rule is applied again.
 */
export function decideObjectionWithdrawal(
  status: 'consent-round' | 'integration',
  round: ConsentRound,
  objections: readonly Objection[],
  by: PersonId | null,
): Result<{ resumesRound: boolean }> {
  if (by === null || !hasOpenObjection(objections, by, round.revision)) {
    return fail('not-objector', 'onlyObjectorWithdraws');
  }
  const othersOpen = openObjections(objections).filter((o) => o.objector !== by && o.revision === round.revision);
  return ok({ resumesRound: status === 'integration' && othersOpen.length === 0 });
}

/** The facilitator closes a round; the timer (system) may close an asynchronous one. */
export function closePermission(round: ConsentRound, actor: Actor, isFacilitator: boolean): Result<true> {
  if (isFacilitator || (actor.kind === 'system' && round.mode === 'async')) return ok(true);
  return fail('not-permitted', 'onlyFacilitatorCloses');
}

/**
 * Closing a round: the facilitator closes it, or the timer an asynchronous one.
 * Gives what closing means (adopt or integrate), or why the round stays open.
 */
export function decideClose(
  round: ConsentRound,
  circle: Circle,
  objections: readonly Objection[],
  closer: { actor: Actor; isFacilitator: boolean; now: string },
  present: readonly PersonId[] | undefined,
): Result<Exclude<Verdict, { kind: 'stay-open' }>> {
  const permitted = closePermission(round, closer.actor, closer.isFacilitator);
  if (!permitted.ok) return permitted;
  const verdict = closingVerdict(round, circle, objections, closer.now, present);
  return verdict.kind === 'stay-open' ? failWith(verdict.error) : ok(verdict);
}
