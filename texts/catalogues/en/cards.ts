/** English: cards. Messages are ICU MessageFormat (plural, select); see texts/README.md. */
export const cards = {} satisfies Record<string, string>;
