import type { Catalogue } from '../en';

/** Dutch: app. */
export const app: Catalogue['app'] = {
  viewsLabel: 'Weergaven',
  back: 'Terug naar de vorige weergave',
  viewMe: 'Ik',
  viewCircles: 'Kringen',
  viewLogbook: 'Logboek',
  viewReviews: 'Evaluaties',
  viewHealth: 'Gezondheid',
  loading: 'Laden…',
  devMode: 'Ontwikkelmodus: buiten Teams, als de demopersoon die hierboven is gekozen.',
  devActingAs: 'Handelend als',
  devAdmin: 'Beheerder van de organisatie',
  unbound: 'Dit gesprek is nog van geen enkele kring het thuis: typ hier “@Sociocracy for Teams bind” om de kring te kiezen.',
  meetingBack: 'Vergadering van {circle}',
  apiAnswered: 'De server van de app antwoordde met status {status}. Probeer het zo nog eens.',
  // The confirmation before a step that cannot be taken back.
  confirmCancel: 'Annuleren',
  hostConnecting: 'Verbinden met Teams…',
  hostSlow:
    'Teams doet er langer over dan gewoonlijk om te antwoorden. Sociocracy for Teams blijft wachten; met een trage verbinding kan dit een minuut duren.',
  hostNoAnswer: 'Teams antwoordde niet. Sluit Sociocracy for Teams en open het opnieuw; blijft dit gebeuren, controleer dan je verbinding.',
  hostOutsideTeams: 'Open Sociocracy for Teams vanuit Microsoft Teams: los in een browser weet het niet wie je bent.',
  hostConsent: 'Sociocracy for Teams heeft je toestemming nodig om je naam en de mensen van je organisatie te lezen.',
  hostGiveConsent: 'Toestemming geven',
  hostSignInAgain: 'Teams kon je niet aanmelden bij Sociocracy for Teams. Opnieuw aanmelden in een klein venster helpt meestal.',
  hostSignIn: 'Aanmelden',
  hostWaitingForWindow: 'Rond het af in het venster dat Teams opende…',
  hostConsentRefused:
    'Er is geen toestemming gegeven ({reason}). Je kunt het opnieuw proberen; staat je organisatie dat alleen beheerders toe, vraag het dan een van hen.',
  hostStillNoToken: 'Teams kon je nog steeds niet aanmelden ({reason}). Probeer het opnieuw, of vraag het je Teams-beheerder.',
  stageOutsideTeams:
    'Delen op het vergaderpodium werkt binnen een Teams-vergadering. Voeg hier &frame=meetingStage aan het adres toe om te zien wat het podium toont.',
  stageNotPermitted:
    'Teams liet je niet delen op het podium: alleen de organisator en de presentatoren van de vergadering kunnen dat, en de app heeft daarvoor toestemming van de vergadering nodig.',
  stageNotSupported:
    'Deze Teams-app kan geen app delen op het vergaderpodium. Open de vergadering in Teams op een computer of op het web om te delen.',
  stageUnconfirmed: 'Teams bevestigde het delen van het podium niet. Probeer het opnieuw, of gebruik Delen boven in het zijpaneel.',
  stageFailed: 'Teams kon het podium niet delen (fout {errorCode}). Probeer het opnieuw, of gebruik Delen boven in het zijpaneel.',
  configTabName: 'Kring',
  configTitle: 'De kring van dit gesprek',
  configIntro:
    'Dit tabblad toont de kring waarvan dit kanaal, deze chat of deze vergadering het thuis is: haar doel en domein, leden en rollen, voorstellen en consentrondes, en wat aan evaluatie toe is.',
  configBind: 'Nog van geen kring het thuis? Typ na het toevoegen van het tabblad hier “@Sociocracy for Teams bind” en kies de kring.',
  configSave: 'Kies Opslaan om het tabblad toe te voegen.',
  configOutsideTeams: 'Open deze pagina vanuit Teams, bij het toevoegen van het tabblad van de app aan een kanaal, chat of vergadering.',
  // Forms on demand, their checks and the toasts of a step taken.
  fieldRequired: 'Vul dit in voordat je verstuurt.',
};
