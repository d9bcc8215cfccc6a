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

/** A refusal in the domain's words: a stable code, a sentence for people, the field at fault. */
export interface DomainError {
  readonly code: ErrorCode;
  readonly message: string;
  readonly field?: string;
  /** The refusal's words as a catalogue key (texts/README.md); replaces `message` as the core's refusals are catalogued. */
  readonly said?: Said<keyof typeof refusals>;
}

export function domainError(code: ErrorCode, message: string, field?: string): DomainError {
  return field === undefined ? { code, message } : { code, message, field };
}
