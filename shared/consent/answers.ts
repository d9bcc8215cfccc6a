import { z } from 'zod';
import { Instant, LongText, PersonId } from '../kernel/ids';

/**
 * The four answers of a consent round. None is a vote: only an open objection
 * stops a decision; a concern is recorded and does not block.
 */
export const answerKinds = ['consent', 'concern', 'object', 'stand-aside'] as const;
export const AnswerKind = z.enum(answerKinds);
export type AnswerKind = z.infer<typeof AnswerKind>;

/** What a member sends. Whether text is needed is a rule of the round, not of the form. */
export const AnswerInput = z.object({
  kind: AnswerKind,
  text: LongText(2000).optional(),
});
export type AnswerInput = z.infer<typeof AnswerInput>;

export const Answer = z.object({
  kind: AnswerKind,
  text: z.string().nullable(),
  at: Instant,
});
export type Answer = z.infer<typeof Answer>;

/**
 * An objection belongs to the member who raised it, on one revision. It is open
 * until the objector withdraws it or the proposal is amended; nobody else can close it.
 */
export const ObjectionStatus = z.enum(['open', 'withdrawn', 'integrated']);
export const Objection = z.object({
  objector: PersonId,
  revision: z.number().int().min(1),
  reason: z.string(),
  raisedAt: Instant,
  status: ObjectionStatus,
  resolvedAt: Instant.nullable(),
});
export type Objection = z.infer<typeof Objection>;

export function openObjections(objections: readonly Objection[]): Objection[] {
  return objections.filter((objection) => objection.status === 'open');
}
