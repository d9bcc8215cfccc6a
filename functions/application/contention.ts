/**
 * Thrown when a record kept changing under us for every attempt: a retryable
 * failure (HTTP 503), never a refusal of the command itself.
 */
export class ContentionError extends Error {
  constructor(what: string, attempts: number, message = `${what} changed under ${attempts} attempts in a row; try again.`) {
    super(message);
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
    super('The consent round', attempts, 'A close of this consent round is under way or was interrupted; nothing is decided yet. Try again in a few seconds.');
    this.name = 'CloseUnderWay';
  }
}

export const maxAttempts = 8;
