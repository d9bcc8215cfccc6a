import type { Catalogue } from '../en';

/** Dutch: api. */
export const api: Catalogue['api'] = {
  unexpected: 'Er ging iets mis aan onze kant; niets van wat je stuurde was fout. Probeer het zo opnieuw.',
  bodyNotJson: 'De inhoud van het verzoek is geen geldige JSON.',
  storageUnavailable:
    'De gegevens zijn nu niet bereikbaar. Probeer het over een paar seconden opnieuw; een verzoek dat opnieuw wordt gestuurd met dezelfde Operation-Id, wordt één keer toegepast.',
  recordsChanging: 'De gegevens veranderden meerdere keren achter elkaar terwijl deze stap werd vastgelegd; probeer het opnieuw.',
  closeUnderWay:
    'Deze consentronde wordt gesloten of het sluiten werd onderbroken; er is nog niets besloten. Probeer het over een paar seconden opnieuw.',
  tooLarge: 'De inhoud van het verzoek is groter dan de {mebibytes} MiB die een verzoek nodig heeft.',
  methodNotAllowed: '{path} neemt geen {method}; het neemt {allowed}.',
  directoryConsentRequired:
    'Om mensen in de adreslijst van je organisatie te vinden, heeft deze app je toestemming nodig om hun basisprofielen te lezen. Geef toestemming, of vraag een beheerder die voor iedereen te verlenen.',
  directoryPermissionMissing:
    'Deze app mag de adreslijst van je organisatie nog niet lezen. Een beheerder moet de app de machtiging geven om de basisprofielen van mensen te lezen.',
  directorySignInNeeded: 'De adreslijst kan alleen worden doorzocht als je via Teams bent aangemeld.',
  directoryNoAnswer: 'De adreslijst van je organisatie is nu niet bereikbaar. Probeer het over een paar seconden opnieuw.',
  directoryUnreadable:
    'De adreslijst van je organisatie antwoordde op een manier die deze app niet kan lezen. Probeer het over een paar seconden opnieuw.',
  activityRefused: 'De bot kan deze activiteit niet aannemen.',
  activityNotTeams: 'Deze activiteit is er geen die Teams verstuurt: {field} {problem}.',
  activityFieldInvalid: 'Deze activiteit is er geen die Teams verstuurt: {field} is niet geldig.',
  activityNotJson: 'De activiteit is geen geldige JSON.',
  activityNotObject: 'Een activiteit is een JSON-object.',
  activityNoType: 'De activiteit noemt geen type.',
  activityNoConversation: 'De activiteit noemt geen gesprek.',
  activityNoChannel: 'De activiteit noemt geen kanaal.',
  activityNoRecipient: 'De activiteit noemt geen ontvanger.',
  botKeysUnavailable: 'De ondertekeningssleutels van de Bot Connector zijn nu niet te lezen; probeer het zo opnieuw.',
  botUnavailable: 'De bot kan nu niet antwoorden; probeer het zo opnieuw.',
};
