/**
 * The words the bot answers to, each with what it does. The help card lists them and
 * the command handler switches over them; the app manifest's command menus
 * (`appPackage/manifest.json`) offer the same words, which a test checks.
 */
export const commandWords = {
  propose: 'draft a proposal for this circle',
  select: 'fill a role by consent: nominations, then a consent round',
  status: 'open proposals and what you still owe',
  reviews: 'decisions and role terms due for review',
  bind: 'make this conversation a circle’s home',
  help: 'this list',
} as const satisfies Record<string, string>;

export type CommandWord = keyof typeof commandWords;

export function isCommandWord(word: string): word is CommandWord {
  return Object.hasOwn(commandWords, word);
}
