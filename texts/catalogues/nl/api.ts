import type { Catalogue } from '../en';

/** Dutch: api. */
export const api: Catalogue['api'] = {
  unexpected: 'Er ging iets mis aan onze kant; niets van wat je stuurde was fout. Probeer het zo opnieuw.',
  bodyNotJson: 'De inhoud van het verzoek is geen geldige JSON.',
  storageUnavailable: 'De gegevens zijn nu niet bereikbaar. Probeer het over een paar seconden opnieuw; een verzoek dat opnieuw wordt gestuurd met dezelfde Operation-Id, wordt één keer toegepast.',
  recordsChanging: 'De gegevens veranderden meerdere keren achter elkaar terwijl deze stap werd vastgelegd; probeer het opnieuw.',
  closeUnderWay: 'Deze consentronde wordt gesloten of het sluiten werd onderbroken; er is nog niets besloten. Probeer het over een paar seconden opnieuw.',
  tooLarge: 'De inhoud van het verzoek is groter dan de {mebibytes} MiB die een verzoek nodig heeft.',
  methodNotAllowed: '{path} neemt geen {method}; het neemt {allowed}.',
};
