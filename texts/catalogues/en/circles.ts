/** English: circles. Messages are ICU MessageFormat (plural, select); see texts/README.md. */
export const circles = {} satisfies Record<string, string>;
