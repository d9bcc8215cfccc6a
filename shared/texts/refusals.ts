/** The core's words in English (refusals); the other languages are in texts/catalogues/. */
export const refusals = {} satisfies Record<string, string>;
