import type { refusals } from '../texts/refusals';
import type { Said } from '../texts/said';

/**
 * Every way a governance step can be refused. Adapters map each code to a status
 * or card message in one table (`Record<ErrorCode, …>`), so the list is closed.
 */
export const errorCodes = [
  'invalid-input',
  'not-found',
  'already-exists',
  'not-permitted',
  'not-a-member',
  'not-eligible',
  'wrong-stage',
  'round-closed',
  'answers-missing',
  'quorum-not-met',
  'deadline-not-reached',
  'text-required',
  'reason-required',
  'stand-aside-disabled',
  'not-objector',
  'candidate-answers-last',
  'circle-cycle',
  'circle-archived',
  'has-sub-circles',
  'general-circle-exists',
  'role-unknown',
  'term-invalid',
  'review-date-invalid',
  'record-full',
  'already-reminded',
  'not-their-turn',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

/** A key of the core's refusals (shared/texts/refusals.ts). */
export type RefusalKey = keyof typeof refusals;

/** A refusal in the domain's words: a stable code, what is said to people (a catalogue key and values), the field at fault. */
export interface DomainError {
  readonly code: ErrorCode;
  readonly said: Said<RefusalKey>;
  readonly field?: string;
}

/** What a refusal says: a key alone, or a key with the names, titles and counts it mentions. */
export type Refusal = RefusalKey | Said<RefusalKey>;

export function domainError(code: ErrorCode, refusal: Refusal, field?: string): DomainError {
  const said = typeof refusal === 'string' ? { key: refusal } : refusal;
  return field === undefined ? { code, said } : { code, said, field };
}

/**
 * Stages as one select key of a message ("consent-round", "integration" →
 * "consentRoundOrIntegration"): a message picks its words for the stage, or the
 * stages a step belongs to, so no stage's name is written in code.
 */
export function stagesKey(stages: readonly string[]): string {
  const camel = (stage: string) => stage.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
  return stages.map((stage, index) => (index === 0 ? camel(stage) : camel(stage).replace(/^./, (c) => c.toUpperCase()))).join('Or');
}
