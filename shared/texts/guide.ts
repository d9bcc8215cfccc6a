/** The core's words in English (guide); the other languages are in texts/catalogues/. */
export const guide = {} satisfies Record<string, string>;
