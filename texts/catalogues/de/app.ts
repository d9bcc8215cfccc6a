import type { Catalogue } from '../en';

/** German: app. */
export const app: Catalogue['app'] = {
  viewsLabel: 'Ansichten',
  back: 'Zurück zur vorigen Ansicht',
  viewMe: 'Ich',
  viewCircles: 'Kreise',
  viewLogbook: 'Logbuch',
  viewReviews: 'Überprüfungen',
  viewHealth: 'Gesundheit',
  loading: 'Wird geladen…',
  devMode: 'Entwicklungsmodus: außerhalb von Teams, als die oben gewählte Demo-Person.',
  devActingAs: 'Handelnd als',
  devAdmin: 'Administration der Organisation',
  unbound: 'Dieses Gespräch ist noch kein Zuhause eines Kreises: Schreibe hier „@Sociocracy for Teams bind“, um seinen Kreis zu wählen.',
  meetingBack: 'Treffen von {circle}',
  apiAnswered: 'Der Server der App antwortete mit Status {status}. Versuche es gleich noch einmal.',
  // The confirmation before a step that cannot be taken back.
  confirmCancel: 'Abbrechen',
  hostConnecting: 'Verbindung mit Teams wird hergestellt…',
  hostSlow:
    'Teams braucht länger als üblich für die Antwort. Sociocracy for Teams wartet weiter; bei einer langsamen Verbindung kann das eine Minute dauern.',
  hostNoAnswer:
    'Teams hat nicht geantwortet. Schließe Sociocracy for Teams und öffne es erneut; passiert das immer wieder, prüfe deine Verbindung.',
  hostOutsideTeams: 'Öffne Sociocracy for Teams aus Microsoft Teams: Allein im Browser kann es nicht erkennen, wer du bist.',
  hostConsent: 'Sociocracy for Teams braucht deine Erlaubnis, deinen Namen und die Personen deiner Organisation zu lesen.',
  hostGiveConsent: 'Erlaubnis geben',
  hostSignInAgain:
    'Teams konnte dich nicht bei Sociocracy for Teams anmelden. Eine neue Anmeldung in einem kleinen Fenster hilft meistens.',
  hostSignIn: 'Anmelden',
  hostWaitingForWindow: 'Schließe den Vorgang im Fenster ab, das Teams geöffnet hat…',
  hostConsentRefused:
    'Die Erlaubnis wurde nicht erteilt ({reason}). Du kannst es erneut versuchen; erlaubt deine Organisation das nur der Administration, frage dort nach.',
  hostStillNoToken: 'Teams konnte dich immer noch nicht anmelden ({reason}). Versuche es erneut oder frage deine Teams-Administration.',
  stageOutsideTeams:
    'Das Teilen auf der Besprechungsbühne funktioniert in einer Teams-Besprechung. Hänge hier &frame=meetingStage an die Adresse an, um zu sehen, was die Bühne zeigt.',
  stageNotPermitted:
    'Teams hat das Teilen auf der Bühne nicht erlaubt: Nur die Organisation und die Vortragenden der Besprechung können das, und die App braucht dafür die Berechtigung der Besprechung.',
  stageNotSupported:
    'Dieser Teams-Client kann keine App auf der Besprechungsbühne teilen. Öffne die Besprechung in Teams auf einem Computer oder im Web, um sie zu teilen.',
  stageUnconfirmed: 'Teams hat das Teilen der Bühne nicht bestätigt. Versuche es erneut oder nutze „Teilen“ oben im Seitenbereich.',
  stageFailed: 'Teams konnte die Bühne nicht teilen (Fehler {errorCode}). Versuche es erneut oder nutze „Teilen“ oben im Seitenbereich.',
  configTabName: 'Kreis',
  configTitle: 'Der Kreis dieses Gesprächs',
  configIntro:
    'Diese Registerkarte zeigt den Kreis, dessen Zuhause dieser Kanal, dieser Chat oder diese Besprechung ist: sein Ziel und seine Domäne, Mitglieder und Rollen, Vorschläge und Konsent-Runden und was zur Überprüfung ansteht.',
  configBind:
    'Noch kein Zuhause eines Kreises? Schreibe nach dem Hinzufügen der Registerkarte hier „@Sociocracy for Teams bind“ und wähle seinen Kreis.',
  configSave: 'Wähle „Speichern“, um die Registerkarte hinzuzufügen.',
  configOutsideTeams:
    'Öffne diese Seite aus Teams, wenn du die Registerkarte der App zu einem Kanal, Chat oder einer Besprechung hinzufügst.',
  // Forms on demand, their checks and the toasts of a step taken.
  fieldRequired: 'Fülle das aus, bevor du sendest.',
};
