import type { z } from 'zod';
import type { Actor } from './actor';
import { Actor as ActorSchema } from './actor';
import type { Instant } from './ids';
import { Instant as InstantSchema } from './ids';
import type { DomainError } from './errors';
import type { Result } from './result';
import { failWith, ok } from './result';
import { fromZodError } from './validation';

/** What a step knows besides the state and the command: who asks, and when. */
export interface Context {
  readonly actor: Actor;
  readonly now: Instant;
}

/** `decide` says what happens (or why not); `evolve` applies what happened. */
export interface Decider<Command, State, Event> {
  readonly commandSchema: z.ZodType<Command>;
  decide(command: Command, state: State, context: Context): Result<readonly Event[]>;
  evolve(state: State, event: Event): State;
}

export interface Transition<State, Event> {
  readonly state: State;
  readonly events: readonly Event[];
}

/**
 * `(state, command, actor, now) -> { state, events } | DomainError`. Input from
 * outside is unknown until parsed, so bad input is refused as a value, never thrown.
 */
export function transition<Command, State, Event>(
  decider: Decider<Command, State, Event>,
  state: State,
  command: unknown,
  actor: unknown,
  now: unknown,
): Result<Transition<State, Event>> {
  const parsedCommand = decider.commandSchema.safeParse(command);
  if (!parsedCommand.success) return failWith(fromZodError(parsedCommand.error));
  const parsedActor = ActorSchema.safeParse(actor);
  if (!parsedActor.success) return failWith(fromZodError(parsedActor.error, 'actor'));
  const parsedNow = InstantSchema.safeParse(now);
  if (!parsedNow.success) return failWith(fromZodError(parsedNow.error, 'now'));
  const decided = decider.decide(parsedCommand.data, state, { actor: parsedActor.data, now: parsedNow.data });
  if (!decided.ok) return decided;
  return ok({ state: decided.value.reduce(decider.evolve, state), events: decided.value });
}

export type { DomainError };
