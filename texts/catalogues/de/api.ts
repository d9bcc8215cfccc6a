import type { Catalogue } from '../en';

/** German: api. */
export const api: Catalogue['api'] = {
  unexpected: 'Bei uns ist etwas schiefgegangen; nichts, was du gesendet hast, war falsch. Versuch es gleich noch einmal.',
  bodyNotJson: 'Der Inhalt der Anfrage ist kein gültiges JSON.',
  storageUnavailable:
    'Die Unterlagen sind gerade nicht erreichbar. Versuch es in ein paar Sekunden noch einmal; eine Anfrage, die mit derselben Operation-Id erneut gesendet wird, wirkt nur einmal.',
  recordsChanging: 'Die Unterlagen haben sich beim Festhalten dieses Schritts mehrmals hintereinander geändert; versuch es noch einmal.',
  closeUnderWay:
    'Diese Konsentrunde wird gerade geschlossen oder das Schließen wurde unterbrochen; noch ist nichts entschieden. Versuch es in ein paar Sekunden noch einmal.',
  tooLarge: 'Der Inhalt der Anfrage ist größer als die {mebibytes} MiB, die eine Anfrage braucht.',
  methodNotAllowed: '{path} nimmt kein {method}; es nimmt {allowed}.',
  directoryConsentRequired:
    'Um Personen im Verzeichnis deiner Organisation zu finden, braucht diese App deine Zustimmung, ihre Basisprofile zu lesen. Stimme zu, oder bitte jemanden mit Administratorrechten, sie für alle zu erteilen.',
  directoryPermissionMissing:
    'Diese App darf das Verzeichnis deiner Organisation noch nicht lesen. Jemand mit Administratorrechten muss ihr die Berechtigung erteilen, die Basisprofile von Personen zu lesen.',
  directorySignInNeeded: 'Das Verzeichnis lässt sich nur durchsuchen, wenn du über Teams angemeldet bist.',
  directoryNoAnswer: 'Das Verzeichnis deiner Organisation ist gerade nicht erreichbar. Versuch es in ein paar Sekunden noch einmal.',
  directoryUnreadable:
    'Das Verzeichnis deiner Organisation hat so geantwortet, dass diese App es nicht lesen kann. Versuch es in ein paar Sekunden noch einmal.',
  activityRefused: 'Der Bot kann diese Aktivität nicht annehmen.',
  activityNotTeams: 'Diese Aktivität ist keine, die Teams sendet: {field} {problem}.',
  activityFieldInvalid: 'Diese Aktivität ist keine, die Teams sendet: {field} ist nicht gültig.',
  activityNotJson: 'Die Aktivität ist kein gültiges JSON.',
  activityNotObject: 'Eine Aktivität ist ein JSON-Objekt.',
  activityNoType: 'Die Aktivität nennt keinen Typ.',
  activityNoConversation: 'Die Aktivität nennt keine Unterhaltung.',
  activityNoChannel: 'Die Aktivität nennt keinen Kanal.',
  activityNoRecipient: 'Die Aktivität nennt kein Ziel (recipient).',
  botKeysUnavailable: 'Die Signaturschlüssel des Bot Connectors sind gerade nicht lesbar; versuch es gleich noch einmal.',
  botUnavailable: 'Der Bot kann gerade nicht antworten; versuch es gleich noch einmal.',
};
