import type { AwaitedStep, ChangeWarning, DomainError } from '../../shared';
import { awaitedTitle } from '../../shared';
import type { Texts } from '../../texts/translate';

/** A refusal in the reader's words. */
export function refusalText(texts: Texts, error: Pick<DomainError, 'said'>): string {
  return texts.say('refusals', error.said);
}

/** A warning of the double-link and power-balance rules in the reader's words. */
export function warningText(texts: Texts, warning: Pick<ChangeWarning, 'said'>): string {
  return texts.say('core', warning.said);
}

/** What an awaited step is called: its record's title, or the core's words for a meeting (which has none). */
export function awaitedTitleText(texts: Texts, step: Pick<AwaitedStep, 'kind' | 'title'>): string {
  const said = awaitedTitle(step);
  return said ? texts.say('core', said) : step.title;
}
