import type { Catalogue } from '../en';

/** Spanish: api. */
export const api: Catalogue['api'] = {
  unexpected: 'Algo ha fallado por nuestra parte; nada de lo que enviaste estaba mal. Vuelve a intentarlo en un momento.',
  bodyNotJson: 'El cuerpo de la solicitud no es un JSON válido.',
  storageUnavailable: 'Ahora mismo no se puede acceder a los registros. Vuelve a intentarlo en unos segundos; una solicitud reenviada con el mismo Operation-Id se aplica una sola vez.',
  recordsChanging: 'Los registros cambiaron varias veces seguidas mientras se guardaba este paso; vuelve a intentarlo.',
  closeUnderWay: 'El cierre de esta ronda de consentimiento está en curso o se interrumpió; todavía no se ha decidido nada. Vuelve a intentarlo en unos segundos.',
  tooLarge: 'El cuerpo de la solicitud supera los {mebibytes} MiB que necesita cualquier solicitud.',
  methodNotAllowed: '{path} no admite {method}; admite {allowed}.',
};
