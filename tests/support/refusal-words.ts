import type { DomainError } from '../../shared';
import { textsFor } from '../../texts/all';

/** A refusal's words as an English reader reads them: tests assert what people are told. */
export function wordsOf(error: DomainError): string {
  return textsFor('en').say('refusals', error.said);
}
