/**
 * Thrown when a record kept changing under us for every attempt: a retryable
 * failure (HTTP 503), never a refusal of the command itself.
 */
export class ContentionError extends Error {
  constructor(what: string, attempts: number) {
    super(`${what} changed under ${attempts} attempts in a row; try again.`);
    this.name = 'ContentionError';
  }
}

export const maxAttempts = 8;
