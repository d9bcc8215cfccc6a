import type { Catalogue } from '../en';

/** French: api. */
export const api: Catalogue['api'] = {
  unexpected: 'Un problème est survenu de notre côté ; rien de ce que vous avez envoyé n’était faux. Réessayez dans un instant.',
  bodyNotJson: 'Le corps de la requête n’est pas un JSON valide.',
  storageUnavailable: 'Les registres sont injoignables pour le moment. Réessayez dans quelques secondes ; une requête renvoyée avec le même Operation-Id ne s’applique qu’une fois.',
  recordsChanging: 'Les registres ont changé plusieurs fois de suite pendant l’écriture de cette étape ; réessayez.',
  closeUnderWay: 'La clôture de ce tour de consentement est en cours ou a été interrompue ; rien n’est encore décidé. Réessayez dans quelques secondes.',
  tooLarge: 'Le corps de la requête dépasse les {mebibytes} Mio dont une requête a besoin.',
  methodNotAllowed: '{path} n’accepte pas {method} ; il accepte {allowed}.',
};
