/** English: app. Messages are ICU MessageFormat (plural, select); see texts/README.md. */
export const app = {} satisfies Record<string, string>;
