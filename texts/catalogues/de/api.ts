import type { Catalogue } from '../en';

/** German: api. */
export const api: Catalogue['api'] = {
  unexpected: 'Bei uns ist etwas schiefgegangen; nichts, was du gesendet hast, war falsch. Versuch es gleich noch einmal.',
  bodyNotJson: 'Der Inhalt der Anfrage ist kein gültiges JSON.',
  storageUnavailable: 'Die Unterlagen sind gerade nicht erreichbar. Versuch es in ein paar Sekunden noch einmal; eine Anfrage, die mit derselben Operation-Id erneut gesendet wird, wirkt nur einmal.',
  recordsChanging: 'Die Unterlagen haben sich beim Festhalten dieses Schritts mehrmals hintereinander geändert; versuch es noch einmal.',
  closeUnderWay: 'Diese Konsentrunde wird gerade geschlossen oder das Schließen wurde unterbrochen; noch ist nichts entschieden. Versuch es in ein paar Sekunden noch einmal.',
  tooLarge: 'Der Inhalt der Anfrage ist größer als die {mebibytes} MiB, die eine Anfrage braucht.',
  methodNotAllowed: '{path} nimmt kein {method}; es nimmt {allowed}.',
};
