import type { DomainError } from '../../shared';
import type { Said } from '../../shared/texts/said';
import type { KeyOf } from '../../texts/catalogues/en';
import type { Texts } from '../../texts/translate';

/** A refusal in the reader's words. */
export function refusalText(texts: Texts, error: Pick<DomainError, 'said'>): string {
  return texts.say('refusals', error.said);
}

/**
 * A warning of the double-link and power-balance rules in the reader's words. The
 * core gives its sentence today and is moving to catalogued words (`said`); either
 * shape is read, so the bot follows the core without a change of its own.
 */
export type ShownWarning = { readonly message: string; readonly said?: Said } | { readonly said: Said; readonly message?: string };

export function warningText(texts: Texts, warning: ShownWarning): string {
  return warning.said ? texts.say('core', warning.said as Said<KeyOf<'core'>>) : (warning.message ?? '');
}
