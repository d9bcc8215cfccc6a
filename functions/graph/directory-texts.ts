/** Every sentence a person reads about searching the directory, in one place (to be translated later). */
export const directoryTexts = {
  consentRequired:
    'To find people in your organisation’s directory, this app needs your consent to read their basic profiles. ' +
    'Give consent, or ask an administrator to grant it for everyone.',
  permissionMissing:
    'This app is not allowed to read your organisation’s directory yet. ' +
    'An administrator must grant it the permission to read people’s basic profiles.',
  signInNeeded: 'The directory can only be searched when you are signed in through Teams.',
  noAnswer: 'Your organisation’s directory cannot be reached just now. Try again in a few seconds.',
  unreadable: 'Your organisation’s directory answered in a way this app cannot read. Try again in a few seconds.',
} as const;
