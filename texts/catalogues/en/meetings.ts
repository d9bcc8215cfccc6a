/** English: meetings. Messages are ICU MessageFormat (plural, select); see texts/README.md. */
export const meetings = {} satisfies Record<string, string>;
