/** English: app. Messages are ICU MessageFormat (plural, select); see texts/README.md. */
export const app = {
  // The views of the tab's header.
  viewsLabel: 'Views',
  back: 'Back to the previous view',
  viewMe: 'Me',
  viewCircles: 'Circles',
  viewLogbook: 'Logbook',
  viewReviews: 'Reviews',
  viewHealth: 'Health',
  loading: 'Loading…',
  devMode: 'Dev mode: outside Teams, acting as the demo person chosen above.',
  devActingAs: 'Acting as',
  devAdmin: 'Organisation admin',
  unbound: 'This conversation is not a circle’s home yet: type “@Sociocracy for Teams bind” in it to choose its circle.',
  meetingBack: '{circle} meets',
  apiAnswered: 'The app’s server answered with status {status}. Try again in a moment.',
  // The confirmation before a step that cannot be taken back.
  confirmCancel: 'Cancel',
  // Finding Teams and signing the person in.
  hostConnecting: 'Connecting to Teams…',
  hostSlow: 'Teams is taking longer than usual to answer. Sociocracy for Teams keeps waiting; on a slow connection this can take a minute.',
  hostNoAnswer: 'Teams did not answer. Close Sociocracy for Teams and open it again; if this keeps happening, check your connection.',
  hostOutsideTeams: 'Open Sociocracy for Teams from Microsoft Teams: on its own in a browser it cannot tell who you are.',
  hostConsent: 'Sociocracy for Teams needs your permission to read your name and your organisation’s people.',
  hostGiveConsent: 'Give permission',
  hostSignInAgain: 'Teams could not sign you in to Sociocracy for Teams. Signing in again in a small window usually helps.',
  hostSignIn: 'Sign in',
  hostWaitingForWindow: 'Finish in the window Teams opened…',
  hostConsentRefused:
    'Permission was not given ({reason}). You can try again; if your organisation allows only admins to give it, ask one of them.',
  hostStillNoToken: 'Teams still could not sign you in ({reason}). Try again, or ask your Teams admin.',
  // Sharing a meeting's stage.
  stageOutsideTeams:
    'Sharing to the meeting stage works inside a Teams meeting. Here, add &frame=meetingStage to the address to see what the stage shows.',
  stageNotPermitted:
    'Teams did not let you share to the stage: only the meeting’s organiser and presenters can, and the app needs the meeting’s permission to share.',
  stageNotSupported:
    'This Teams client cannot share an app to the meeting stage. Open the meeting in Teams on a computer or on the web to share it.',
  stageUnconfirmed: 'Teams did not confirm sharing the stage. Try again, or use Share at the top of the side panel.',
  stageFailed: 'Teams could not share the stage (error {errorCode}). Try again, or use Share at the top of the side panel.',
  // The configurable tab's setup page.
  configTabName: 'Circle',
  configTitle: 'The circle of this conversation',
  configIntro:
    'This tab shows the circle whose home is this channel, chat or meeting: its aim and domain, members and roles, proposals and consent rounds, and what is due for review.',
  configBind: 'Not a circle’s home yet? After adding the tab, type “@Sociocracy for Teams bind” here and choose its circle.',
  configSave: 'Select Save to add the tab.',
  configOutsideTeams: 'Open this page from Teams, when adding the app’s tab to a channel, chat or meeting.',
  // Forms on demand, their checks and the toasts of a step taken.
  fieldRequired: 'Fill this in before sending.',
} satisfies Record<string, string>;
