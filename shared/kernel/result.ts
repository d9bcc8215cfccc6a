import type { DomainError, ErrorCode, Refusal } from './errors';
import { domainError } from './errors';

/** The outcome of a governance step: a value, or the reason it was refused. */
export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: DomainError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(code: ErrorCode, refusal: Refusal, field?: string): Result<T> {
  return { ok: false, error: domainError(code, refusal, field) };
}

export function failWith<T = never>(error: DomainError): Result<T> {
  return { ok: false, error };
}
