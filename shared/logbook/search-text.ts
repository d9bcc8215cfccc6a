/**
 * Text search the way people type: "chloe" finds "Chloé", "shifts weekend" finds
 * "weekend shifts". Every word of the query must begin a word of the text, in any
 * order; a word begins after a character that is neither a letter nor a digit, so
 * "rota" finds "rotas" and "l’équipe" is found by "equipe", but "end" does not find
 * "weekend".
 */

const marks = /\p{M}/gu;
const apostrophes = /[’‘ʼ]/g;

/**
 * The text with case, accents and apostrophe styles set aside. Upper then lower
 * case folds "ß" to "ss" and ligatures such as "ﬁ" to letters, as Unicode case
 * folding does; decomposing (NFD) splits "é" into "e" and a mark that is dropped.
 */
export function foldForSearch(text: string): string {
  return text.toUpperCase().toLowerCase().normalize('NFD').replace(marks, '').replace(/ς/g, 'σ').replace(apostrophes, "'");
}

/** The words of a query, folded; those that fold to nothing are dropped. */
export function searchWords(query: string): string[] {
  return foldForSearch(query)
    .split(/\s+/)
    .filter((word) => word !== '');
}

const startsAWord = (text: string, at: number) => at === 0 || !/[\p{L}\p{N}]/u.test(text.charAt(at - 1));

function beginsAWord(folded: string, word: string): boolean {
  for (let at = folded.indexOf(word); at !== -1; at = folded.indexOf(word, at + 1)) {
    if (startsAWord(folded, at)) return true;
  }
  return false;
}

/** Whether every word of the query begins a word of the text, in any order. */
export function findsEveryWord(text: string, words: readonly string[]): boolean {
  return findsFoldedWords(foldForSearch(text), words);
}

/** `findsEveryWord` on a text already folded, as the logbook keeps it. */
export function findsFoldedWords(folded: string, words: readonly string[]): boolean {
  return words.every((word) => beginsAWord(folded, word));
}
