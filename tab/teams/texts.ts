/** The words the tab says while it finds Teams and signs the person in; one place, to translate later. */
export const hostTexts = {
  appName: 'Sociocracy for Teams',
  connecting: 'Connecting to Teams…',
  slow: 'Teams is taking longer than usual to answer. Sociocracy for Teams keeps waiting; on a slow connection this can take a minute.',
  noAnswer: 'Teams did not answer. Close Sociocracy for Teams and open it again; if this keeps happening, check your connection.',
  outsideTeams: 'Open Sociocracy for Teams from Microsoft Teams: on its own in a browser it cannot tell who you are.',
  consent: 'Sociocracy for Teams needs your permission to read your name and your organisation’s people.',
  giveConsent: 'Give permission',
  signInAgain: 'Teams could not sign you in to Sociocracy for Teams. Signing in again in a small window usually helps.',
  signIn: 'Sign in',
  waitingForWindow: 'Finish in the window Teams opened…',
  consentRefused: (reason: string) => `Permission was not given (${reason}). You can try again; if your organisation allows only admins to give it, ask one of them.`,
  stillNoToken: (reason: string) => `Teams still could not sign you in (${reason}). Try again, or ask your Teams admin.`,
} as const;
