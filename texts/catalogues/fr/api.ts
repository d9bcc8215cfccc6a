import type { Catalogue } from '../en';

/** French: api. */
export const api: Catalogue['api'] = {
  unexpected: 'Un problème est survenu de notre côté ; rien de ce que vous avez envoyé n’était faux. Réessayez dans un instant.',
  bodyNotJson: 'Le corps de la requête n’est pas un JSON valide.',
  storageUnavailable:
    'Les registres sont injoignables pour le moment. Réessayez dans quelques secondes ; une requête renvoyée avec le même Operation-Id ne s’applique qu’une fois.',
  recordsChanging: 'Les registres ont changé plusieurs fois de suite pendant l’écriture de cette étape ; réessayez.',
  closeUnderWay:
    'La clôture de ce tour de consentement est en cours ou a été interrompue ; rien n’est encore décidé. Réessayez dans quelques secondes.',
  tooLarge: 'Le corps de la requête dépasse les {mebibytes} Mio dont une requête a besoin.',
  methodNotAllowed: '{path} n’accepte pas {method} ; il accepte {allowed}.',
  directoryConsentRequired:
    'Pour trouver des personnes dans l’annuaire de votre organisation, cette application a besoin de votre autorisation pour lire leurs profils de base. Donnez votre autorisation, ou demandez à l’administration de votre organisation de l’accorder pour tout le monde.',
  directoryPermissionMissing:
    'Cette application n’a pas encore le droit de lire l’annuaire de votre organisation. L’administration doit lui accorder l’autorisation de lire les profils de base des personnes.',
  directorySignInNeeded: 'L’annuaire ne peut être consulté qu’après une connexion via Teams.',
  directoryNoAnswer: 'L’annuaire de votre organisation est injoignable pour le moment. Réessayez dans quelques secondes.',
  directoryUnreadable:
    'L’annuaire de votre organisation a répondu d’une façon que cette application ne sait pas lire. Réessayez dans quelques secondes.',
  activityRefused: 'Le bot ne peut pas prendre en charge cette activité.',
  activityNotTeams: 'Cette activité n’est pas de celles qu’envoie Teams : {field} {problem}.',
  activityFieldInvalid: 'Cette activité n’est pas de celles qu’envoie Teams : {field} n’est pas valide.',
  activityNotJson: 'L’activité n’est pas un JSON valide.',
  activityNotObject: 'Une activité est un objet JSON.',
  activityNoType: 'L’activité n’indique aucun type.',
  activityNoConversation: 'L’activité n’indique aucune conversation.',
  activityNoChannel: 'L’activité n’indique aucun canal.',
  activityNoRecipient: 'L’activité n’indique aucun destinataire.',
  botKeysUnavailable: 'Les clés de signature du Bot Connector sont illisibles pour le moment ; réessayez dans un instant.',
  botUnavailable: 'Le bot ne peut pas répondre pour le moment ; réessayez dans un instant.',
};
