/** English: calendar. Messages are ICU MessageFormat (plural, select); see texts/README.md. */
export const calendar = {} satisfies Record<string, string>;
