/** English: records. Messages are ICU MessageFormat (plural, select); see texts/README.md. */
export const records = {} satisfies Record<string, string>;
