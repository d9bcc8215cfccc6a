/** English: api. Messages are ICU MessageFormat (plural, select); see texts/README.md. */
export const api = {
  unexpected: 'Something went wrong on our side; nothing you sent was wrong. Try again shortly.',
  bodyNotJson: 'The request body is not valid JSON.',
  storageUnavailable: 'Records cannot be reached just now. Try again in a few seconds; a request sent again with the same Operation-Id applies once.',
  recordsChanging: 'The records changed while this step was written, several times in a row; try again.',
  closeUnderWay: 'A close of this consent round is under way or was interrupted; nothing is decided yet. Try again in a few seconds.',
  tooLarge: 'The request body is larger than the {mebibytes} MiB any request needs.',
  methodNotAllowed: '{path} does not take {method}; it takes {allowed}.',
} satisfies Record<string, string>;
