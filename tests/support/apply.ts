import type { Actor, Decider, Result } from '../../shared';
import { transition } from '../../shared';
import { now as fixedNow } from './clock';
import { readRefusal, wordsOf, type ReadRefusal } from './refusal-words';

/** Runs one step and fails the test with the domain's own message if it is refused. */
export function step<C, S, E>(decider: Decider<C, S, E>, state: S, command: unknown, actor: Actor, now: string = fixedNow): S {
  const result = transition(decider, state, command, actor, now);
  if (!result.ok) throw new Error(`step refused: ${JSON.stringify(command)} → ${result.error.code}: ${wordsOf(result.error)}`);
  return result.value.state;
}

/** The refusal of a step that must be refused. */
export function refusal<C, S, E>(decider: Decider<C, S, E>, state: S, command: unknown, actor: Actor, now: string = fixedNow): ReadRefusal {
  const result = transition(decider, state, command, actor, now);
  if (result.ok) throw new Error(`step was not refused: ${JSON.stringify(command)}`);
  return readRefusal(result.error);
}

export function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${wordsOf(result.error)}`);
  return result.value;
}
