import { createContext, useContext, type ReactNode } from 'react';
import { en } from '../texts/catalogues/en';
import type { KeyOf, Namespace } from '../texts/catalogues/en';
import { textsFrom, type Texts, type Values } from '../texts/translate';

/**
 * The reader's texts for every view: loaded once at start (`loadTexts`) and given
 * to the tree here. English until then, so nothing renders a key.
 */
const TextsContext = createContext<Texts>(textsFrom('en', en));

export function TextsProvider({ texts, children }: { texts: Texts; children: ReactNode }) {
  return <TextsContext.Provider value={texts}>{children}</TextsContext.Provider>;
}

/** The reader's texts: messages, dates in their time zone, lists and numbers. */
export const useTexts = (): Texts => useContext(TextsContext);

/** One namespace's messages, the way most views speak: `const t = useWords('circles'); t('addMember')`. */
export function useWords<N extends Namespace>(namespace: N): (key: KeyOf<N>, values?: Values) => string {
  const texts = useTexts();
  return (key, values) => texts.t(namespace, key, values);
}

/** The reader's own time zone, for `texts.day(instant, zone)`: dates in the tab are never UTC to a reader. */
export const readerTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;
