/** English: api. Messages are ICU MessageFormat (plural, select); see texts/README.md. */
export const api = {
  unexpected: 'Something went wrong on our side; nothing you sent was wrong. Try again shortly.',
  bodyNotJson: 'The request body is not valid JSON.',
  storageUnavailable:
    'Records cannot be reached just now. Try again in a few seconds; a request sent again with the same Operation-Id applies once.',
  recordsChanging: 'The records changed while this step was written, several times in a row; try again.',
  closeUnderWay: 'A close of this consent round is under way or was interrupted; nothing is decided yet. Try again in a few seconds.',
  tooLarge: 'The request body is larger than the {mebibytes} MiB any request needs.',
  methodNotAllowed: '{path} does not take {method}; it takes {allowed}.',
  directoryConsentRequired:
    'To find people in your organisation’s directory, this app needs your consent to read their basic profiles. Give consent, or ask an administrator to grant it for everyone.',
  directoryPermissionMissing:
    'This app is not allowed to read your organisation’s directory yet. An administrator must grant it the permission to read people’s basic profiles.',
  directorySignInNeeded: 'The directory can only be searched when you are signed in through Teams.',
  directoryNoAnswer: 'Your organisation’s directory cannot be reached just now. Try again in a few seconds.',
  directoryUnreadable: 'Your organisation’s directory answered in a way this app cannot read. Try again in a few seconds.',
  activityRefused: 'The bot cannot take this activity.',
  activityNotTeams: 'The activity is not one Teams sends: {field} {problem}.',
  activityFieldInvalid: 'The activity is not one Teams sends: {field} is not valid.',
  activityNotJson: 'The activity is not valid JSON.',
  activityNotObject: 'An activity is a JSON object.',
  activityNoType: 'The activity names no type.',
  activityNoConversation: 'The activity names no conversation.',
  activityNoChannel: 'The activity names no channel.',
  activityNoRecipient: 'The activity names no recipient.',
  botKeysUnavailable: 'The Bot Connector’s signing keys cannot be read just now; try again shortly.',
  botUnavailable: 'The bot cannot answer just now; try again shortly.',
} satisfies Record<string, string>;
