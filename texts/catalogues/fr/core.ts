import type { Catalogue } from '../en';

/** French: core. */
export const core: Catalogue['core'] = {
  awaitedLabel:
    '{asks, select, answer {Tour de consentement} nomination {Nominations} candidateAnswer {Vous êtes la personne proposée} amendment {Intégration} objection {Intégration} decisionReview {Révision} termReview {Révision} meetingUnderWay {En cours} other {Réunion}}',
  awaitedOverdue: 'En retard',
  awaitedStarting: 'Commence',
  awaitedGuideUndated:
    '{asks, select, answer {Votre réponse est attendue dans le tour de consentement de la réunion.} nomination {Dites qui vous voyez dans ce rôle et pourquoi ; les nominations restent cachées jusqu’à leur révélation.} candidateAnswer {Vous êtes la personne proposée : consentez ou objectez une fois que les autres ont répondu, car la personne proposée répond en dernier.} amendment {Une objection est levée : modifiez votre proposition avec la personne qui objecte, pour qu’elle intègre l’objection.} objection {Votre objection est en cours d’intégration : retirez-la une fois qu’elle est prise en compte, ou aidez à modifier ce qui est proposé.} meetingUnderWay {La réunion du cercle est en cours sur son ordre du jour consenti : rejoignez-la.} other {Quelque chose vous attend ici.}}',
  awaitedGuide:
    '{asks, select, answer {{overdue, select, yes {Votre réponse était attendue pour le {due, date, medium} ; l’animation peut clore le tour à tout moment.} other {Votre réponse est attendue pour le {due, date, medium}.}}} decisionReview {{overdue, select, yes {Cette décision devait être révisée le {due, date, medium} : portez-la au cercle pour y consentir à nouveau, la modifier ou y mettre fin.} other {Révisez cette décision avec le cercle d’ici le {due, date, medium} : y consentir à nouveau, la modifier ou y mettre fin.}}} termReview {{overdue, select, yes {Ce mandat a pris fin le {due, date, medium} sans révision : tenez l’élection maintenant.} other {Ce mandat prend fin le {due, date, medium} : tenez l’élection pour le mandat suivant avant cette date.}}} meeting {{overdue, select, yes {La réunion du cercle était prévue le {due, date, medium} à {due, time, ::jmmz} : rejoignez-la.} other {Le cercle se réunit le {due, date, medium} à {due, time, ::jmmz}.}}} nomination {Dites qui vous voyez dans ce rôle et pourquoi ; les nominations restent cachées jusqu’à leur révélation.} candidateAnswer {Vous êtes la personne proposée : consentez ou objectez une fois que les autres ont répondu, car la personne proposée répond en dernier.} amendment {Une objection est levée : modifiez votre proposition avec la personne qui objecte, pour qu’elle intègre l’objection.} objection {Votre objection est en cours d’intégration : retirez-la une fois qu’elle est prise en compte, ou aidez à modifier ce qui est proposé.} other {La réunion du cercle est en cours sur son ordre du jour consenti : rejoignez-la.}}',
  changeCircleCreated: 'Le cercle « {name} » a été créé.',
  changeCircleRenamed: 'Le cercle a été renommé « {name} ».',
  changeCircleDescribed: 'La raison d’être et le domaine du cercle ont été décrits à nouveau.',
  changeCircleMoved: 'Le cercle a été déplacé sous un autre parent.',
  changeCircleArchived: 'Le cercle a été archivé.',
  changeCircleBound: 'Le cercle a reçu un espace dans Teams.',
  changeCircleUnbound: 'L’espace du cercle dans Teams a été retiré.',
  changeMemberAdded: '{person} a rejoint le cercle{guest, select, yes { comme invité·e} other {}}.',
  changeMemberRemoved: '{person} est parti·e.',
  changePolicySet: 'Le cercle a changé sa façon de décider (sa politique).',
  changeRoleDefined: 'Le rôle « {role} » a été défini.',
  changeRoleRetired: 'Le rôle « {role} » a été supprimé.',
  changeTermBegan:
    '{person} tient le rôle {role, select, leader {premier lien} delegate {second lien} facilitator {facilitation} secretary ' +
    '{secrétariat} other {{name}}} du {termStart, date, medium} au {termEnd, date, medium}.',
  changeTermEnded:
    'Le mandat de {person} comme {role, select, leader {premier lien} delegate {second lien} facilitator {facilitation} secretary ' +
    '{secrétariat} other {{name}}} a pris fin le {lastDay, date, medium}.',
  changeSomeTermEnded: 'Un mandat a pris fin le {lastDay, date, medium}.',
  changeRoleLimitSet: 'L’organisation signale désormais plus de {limit} rôles par personne.',
  linkLeaderMissing: '« {circle} » n’a pas de premier lien choisi par « {parent} ».',
  linkDelegateMissing: '« {circle} » n’a pas de second lien vers « {parent} ».',
  linkLeaderIsDelegate: 'Dans « {circle} », le premier lien et le second lien sont la même personne ; le double lien en demande deux.',
  linkLeaderNotMember: 'Le premier lien de « {circle} » n’en est pas membre.',
  linkLeaderNotInParent: 'Le premier lien de « {circle} » n’est pas membre de « {parent} ».',
  linkDelegateNotMember: 'Le second lien de « {circle} » n’en est pas membre.',
  linkDelegateNotInParent: 'Le second lien de « {circle} » n’est pas membre de « {parent} ».',
  warnLeaderIsDelegate:
    '{person} est à la fois premier lien et second lien de « {circle} » ; le double lien demande deux personnes différentes, le cercle devrait donc choisir un autre second lien.',
  warnDelegateNotInParent:
    '{person}, second lien de « {circle} », n’est pas membre de « {parent} » ; le second lien prend part au cercle parent, ajoutez donc cette personne là-bas ou choisissez un autre second lien.',
  warnOverRoleLimit:
    '{person} tient {roles} rôles, plus que la limite de {limit} fixée par l’organisation ; cette limite évite que les rôles reviennent toujours aux mêmes quelques personnes.',
  warnNoFacilitatorCreated:
    '« {circle} » n’a pas encore d’animation ; tant qu’il n’en a pas élu, chaque personne autrice anime sa propre proposition.',
  warnNoFacilitatorFrom:
    '« {circle} » n’a plus d’animation à partir du {from, date, medium} ; tant qu’il n’en a pas élu, chaque personne autrice anime sa propre proposition.',
  roleDescription:
    '{role, select, leader {Pilotage opérationnel, choisi par le cercle parent ; membre des deux cercles.} ' +
    'delegate {Représente le cercle dans son cercle parent, choisi par le cercle lui-même ; membre des deux cercles.} ' +
    'facilitator {Anime les réunions et les tours du cercle.} secretary {Tient le journal et planifie les réunions.} other {}}',
  agendaSelection:
    'Élection : {role, select, leader {Premier lien} delegate {Second lien} facilitator {Facilitation} secretary {Secrétariat} other {{name}}}' +
    '{elsewhere, select, yes { de {circle}} other {}}',
  agendaReview: 'Révision : {title}',
  meetingOn: 'Réunion du {day, date, medium}',
  minutesTitle: 'Compte rendu : {circle}, réunion du {day, date, medium}',
  termTitle:
    '{role, select, leader {Premier lien} delegate {Second lien} facilitator {Facilitation} secretary {Secrétariat} other {{name}}} ' +
    'de {circle} : {holder}',
  termReviewTitle:
    'Mandat de {holder} ({role, select, leader {premier lien} delegate {second lien} facilitator {facilitation} secretary ' +
    '{secrétariat} other {{name}}})',
  selectionTitle:
    '{role, select, leader {Premier lien} delegate {Second lien} facilitator {Facilitation} secretary {Secrétariat} other {{name}}} ' +
    'de {circle}',
  agendaTermReview:
    'Révision : mandat de {holder} ({role, select, leader {premier lien} delegate {second lien} facilitator {facilitation} secretary ' +
    '{secrétariat} other {{name}}})',
};
