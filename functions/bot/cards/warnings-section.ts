import type { ChangeWarning } from '../../../shared';
import type { Texts } from '../../../texts/translate';
import { warningText } from '../core-words';
import type { AdaptiveCard, Element } from './card';
import { container, text } from './card';

/**
 * What the double-link and power-balance rules say of the step just taken, for the
 * person who took it: the step stands, so this is a warning, not a refusal.
 */
export function warningsSection(warnings: readonly ChangeWarning[], texts: Texts): Element[] {
  if (warnings.length === 0) return [];
  return [
    container(
      warnings.map((warning) => text(warningText(texts, warning), { weight: 'Bolder', color: 'Warning' })),
      'warning',
    ),
  ];
}

/** The card with the step's warnings on top, as the person who acted sees it. */
export function withWarnings(shown: AdaptiveCard, warnings: readonly ChangeWarning[], texts: Texts): AdaptiveCard {
  return warnings.length === 0 ? shown : { ...shown, body: [...warningsSection(warnings, texts), ...shown.body] };
}
