/** The core's words in English (core); the other languages are in texts/catalogues/. */
export const core = {} satisfies Record<string, string>;
