/** English: notices. Messages are ICU MessageFormat (plural, select); see texts/README.md. */
export const notices = {} satisfies Record<string, string>;
