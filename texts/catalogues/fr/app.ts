import type { Catalogue } from '../en';

/** French: app. */
export const app: Catalogue['app'] = {
  viewsLabel: 'Vues',
  back: 'Retour à la vue précédente',
  viewMe: 'Moi',
  viewCircles: 'Cercles',
  viewLogbook: 'Journal',
  viewReviews: 'Révisions',
  viewHealth: 'Santé',
  loading: 'Chargement…',
  devMode: 'Mode développement : hors de Teams, en tant que la personne de démonstration choisie ci-dessus.',
  devActingAs: 'Agir en tant que',
  devAdmin: 'Administration de l’organisation',
  unbound: 'Cette conversation n’est encore le lieu d’aucun cercle : tapez « @Sociocracy for Teams bind » ici pour choisir son cercle.',
  meetingBack: 'Réunion de {circle}',
  apiAnswered: 'Le serveur de l’application a répondu avec le statut {status}. Réessayez dans un instant.',
  // The confirmation before a step that cannot be taken back.
  confirmCancel: 'Annuler',
  hostConnecting: 'Connexion à Teams…',
  hostSlow:
    'Teams met plus de temps que d’habitude à répondre. Sociocracy for Teams continue d’attendre ; avec une connexion lente, cela peut prendre une minute.',
  hostNoAnswer: 'Teams n’a pas répondu. Fermez Sociocracy for Teams et rouvrez-le ; si cela se reproduit, vérifiez votre connexion.',
  hostOutsideTeams: 'Ouvrez Sociocracy for Teams depuis Microsoft Teams : seul dans un navigateur, il ne peut pas savoir qui vous êtes.',
  hostConsent: 'Sociocracy for Teams a besoin de votre autorisation pour lire votre nom et les personnes de votre organisation.',
  hostGiveConsent: 'Donner l’autorisation',
  hostSignInAgain: 'Teams n’a pas pu vous connecter à Sociocracy for Teams. Se reconnecter dans une petite fenêtre aide généralement.',
  hostSignIn: 'Se connecter',
  hostWaitingForWindow: 'Terminez dans la fenêtre ouverte par Teams…',
  hostConsentRefused:
    'L’autorisation n’a pas été donnée ({reason}). Vous pouvez réessayer ; si votre organisation ne permet qu’aux administrateurs et administratrices de la donner, demandez à l’une de ces personnes.',
  hostStillNoToken: 'Teams n’a toujours pas pu vous connecter ({reason}). Réessayez, ou demandez à l’administration de Teams.',
  stageOutsideTeams:
    'Le partage sur la scène de réunion fonctionne dans une réunion Teams. Ici, ajoutez &frame=meetingStage à l’adresse pour voir ce que montre la scène.',
  stageNotPermitted:
    'Teams ne vous a pas laissé partager sur la scène : seules les personnes qui organisent ou présentent la réunion le peuvent, et l’application a besoin de l’autorisation de la réunion pour partager.',
  stageNotSupported:
    'Ce client Teams ne peut pas partager une application sur la scène de réunion. Ouvrez la réunion dans Teams sur un ordinateur ou sur le web pour la partager.',
  stageUnconfirmed: 'Teams n’a pas confirmé le partage de la scène. Réessayez, ou utilisez Partager en haut du panneau latéral.',
  stageFailed: 'Teams n’a pas pu partager la scène (erreur {errorCode}). Réessayez, ou utilisez Partager en haut du panneau latéral.',
  configTabName: 'Cercle',
  configTitle: 'Le cercle de cette conversation',
  configIntro:
    'Cet onglet montre le cercle dont ce canal, cette conversation ou cette réunion est le lieu : sa raison d’être et son domaine, ses membres et ses rôles, ses propositions et tours de consentement, et ce qui doit être révisé.',
  configBind:
    'Ce n’est encore le lieu d’aucun cercle ? Après avoir ajouté l’onglet, tapez « @Sociocracy for Teams bind » ici et choisissez son cercle.',
  configSave: 'Sélectionnez Enregistrer pour ajouter l’onglet.',
  configOutsideTeams: 'Ouvrez cette page depuis Teams, en ajoutant l’onglet de l’application à un canal, une conversation ou une réunion.',
  // Forms on demand, their checks and the toasts of a step taken.
  fieldRequired: 'Remplissez ce champ avant d’envoyer.',
};
