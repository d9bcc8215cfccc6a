import type { DomainError, ErrorCode } from './errors';
import { domainError } from './errors';

/** The outcome of a governance step: a value, or the reason it was refused. */
export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: DomainError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(code: ErrorCode, message: string, field?: string): Result<T> {
  return { ok: false, error: domainError(code, message, field) };
}

export function failWith<T = never>(error: DomainError): Result<T> {
  return { ok: false, error };
}
