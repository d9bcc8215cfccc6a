/**
 * Thrown when a record kept changing under us for every attempt: a retryable
 * failure (HTTP 503), never a refusal of the command itself. Its message is for the
 * log; people read the API's or the bot's own words for it.
 */
export class ContentionError extends Error {
  /** `what`: the kind of record, as the log names it (`structure`, `proposal`). */
  constructor(what: string, attempts: number, message?: string) {
    super(message ?? `${what} changed under ${attempts} attempts in a row`);
    this.name = 'ContentionError';
  }
}

/**
 * Thrown when a consent round carries another step's closing mark for every
 * attempt: a close under way, or one interrupted (its mark is broken once it is
 * old enough). Retryable like any contention: the round is not closed.
 */
export class CloseUnderWay extends ContentionError {
  constructor(attempts: number) {
    super('consent round', attempts, `a close of the consent round held it for ${attempts} attempts: under way, or interrupted`);
    this.name = 'CloseUnderWay';
  }
}

export const maxAttempts = 8;
