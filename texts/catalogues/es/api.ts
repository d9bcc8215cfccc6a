import type { Catalogue } from '../en';

/** Spanish: api. */
export const api: Catalogue['api'] = {
  unexpected: 'Algo ha fallado por nuestra parte; nada de lo que enviaste estaba mal. Vuelve a intentarlo en un momento.',
  bodyNotJson: 'El cuerpo de la solicitud no es un JSON válido.',
  storageUnavailable:
    'Ahora mismo no se puede acceder a los registros. Vuelve a intentarlo en unos segundos; una solicitud reenviada con el mismo Operation-Id se aplica una sola vez.',
  recordsChanging: 'Los registros cambiaron varias veces seguidas mientras se guardaba este paso; vuelve a intentarlo.',
  closeUnderWay:
    'El cierre de esta ronda de consentimiento está en curso o se interrumpió; todavía no se ha decidido nada. Vuelve a intentarlo en unos segundos.',
  tooLarge: 'El cuerpo de la solicitud supera los {mebibytes} MiB que necesita cualquier solicitud.',
  methodNotAllowed: '{path} no admite {method}; admite {allowed}.',
  directoryConsentRequired:
    'Para encontrar personas en el directorio de tu organización, esta aplicación necesita tu permiso para leer sus perfiles básicos. Da tu permiso o pide a la administración de tu organización que lo conceda para todo el mundo.',
  directoryPermissionMissing:
    'Esta aplicación aún no puede leer el directorio de tu organización. La administración debe concederle el permiso para leer los perfiles básicos de las personas.',
  directorySignInNeeded: 'El directorio solo se puede consultar cuando inicias sesión a través de Teams.',
  directoryNoAnswer: 'Ahora mismo no se puede acceder al directorio de tu organización. Vuelve a intentarlo en unos segundos.',
  directoryUnreadable:
    'El directorio de tu organización respondió de una forma que esta aplicación no puede leer. Vuelve a intentarlo en unos segundos.',
  activityRefused: 'El bot no puede aceptar esta actividad.',
  activityNotTeams: 'La actividad no es de las que envía Teams: {field} {problem}.',
  activityFieldInvalid: 'La actividad no es de las que envía Teams: {field} no es válido.',
  activityNotJson: 'La actividad no es un JSON válido.',
  activityNotObject: 'Una actividad es un objeto JSON.',
  activityNoType: 'La actividad no indica ningún tipo.',
  activityNoConversation: 'La actividad no indica ninguna conversación.',
  activityNoChannel: 'La actividad no indica ningún canal.',
  activityNoRecipient: 'La actividad no indica ningún destinatario.',
  botKeysUnavailable: 'Ahora mismo no se pueden leer las claves de firma del Bot Connector; vuelve a intentarlo enseguida.',
  botUnavailable: 'Ahora mismo el bot no puede responder; vuelve a intentarlo enseguida.',
};
