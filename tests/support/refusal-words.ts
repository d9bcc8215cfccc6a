import type { DomainError } from '../../shared';
import { textsFor } from '../../texts/all';

/** A refusal's words as an English reader reads them: tests assert what people are told. */
export function wordsOf(error: DomainError): string {
  return saidWords(error.said);
}

/** What the core said, carried on to an adapter (a refusal's reason), as an English reader reads it. */
export function saidWords(said: DomainError['said']): string {
  return textsFor('en').say('refusals', said);
}

/** A refusal as a reader meets it: its code, its English words and the field at fault. */
export interface ReadRefusal {
  readonly code: DomainError['code'];
  readonly message: string;
  readonly field?: string;
}

export function readRefusal(error: DomainError): ReadRefusal {
  const read = { code: error.code, message: wordsOf(error) };
  return error.field === undefined ? read : { ...read, field: error.field };
}
