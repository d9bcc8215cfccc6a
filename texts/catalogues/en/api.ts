/** English: api. Messages are ICU MessageFormat (plural, select); see texts/README.md. */
export const api = {} satisfies Record<string, string>;
