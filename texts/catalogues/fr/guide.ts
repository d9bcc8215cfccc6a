import type { Catalogue } from '../en';

const consentMeaning =
  'Consentir veut dire « assez bon pour l’instant, assez sûr pour essayer ». Seule une objection avec sa raison arrête la décision.';

/** French: guide. */
export const guide: Catalogue['guide'] = {
  proposalDraft: '{author} rédige cette proposition. Ensuite : {author} (ou {facilitator}, qui anime) la présente au cercle.',
  proposalPresented:
    'Présentée au cercle. Ensuite : {facilitator} ouvre les questions de clarification, pour que tout le monde comprenne la proposition avant de réagir.',
  proposalClarifying:
    'Questions de clarification : demandez ce qu’il vous faut pour comprendre ; pas encore d’opinions. {author} ou {facilitator} répond. Ensuite : {facilitator} ouvre les réactions rapides.',
  proposalReactions:
    'Réactions rapides : chaque membre dit brièvement ce qu’il en pense. Ensuite : {facilitator} ouvre le tour de consentement.',
  roundInMeeting:
    'Tour de consentement, en réunion : chaque membre répond à son tour. {facilitator} clôt le tour une fois que toutes les personnes présentes ont répondu.',
  roundPassed: `Tour de consentement : son échéance, le {deadline, date, medium}, est passée. {facilitator} le clôt selon ce que le cercle a décidé pour ses tours ; les réponses sont encore reçues jusque-là. ${consentMeaning}`,
  roundBy: `Tour de consentement : répondez d’ici le {deadline, date, medium}. ${consentMeaning}`,
  roundUndated: `Tour de consentement : répondez avant l’échéance. ${consentMeaning}`,
  proposalIntegration:
    'Des objections sont ouvertes. {author} modifie la proposition pour y répondre (une nouvelle version à laquelle le cercle répond à nouveau), ou chaque personne qui a objecté retire son objection. Elle n’est adoptée que lorsqu’aucune objection n’est ouverte.',
  proposalAdopted: 'Adoptée par consentement le {decided, date, medium}. Le cercle la révise d’ici le {review, date, medium}.',
  proposalWithdrawn: 'Retirée le {decided, date, medium} par {person} : {reason}',
  selectionNominations:
    'Nominations : chaque membre dit qui il voit au rôle de {role} et pourquoi. Elles restent cachées jusqu’à ce que {facilitator} les révèle, pour n’influencer personne. Vous pouvez vous nommer vous-même.',
  selectionChangeRound:
    'Les nominations sont visibles de tous. Chaque membre peut changer la sienne après avoir entendu les raisons. Ensuite : {facilitator} propose une personne, en citant les raisons données.',
  selectionConsentRound:
    'Tour de consentement sur {candidate} au rôle de {role}. La personne proposée répond en dernier. Seule une objection avec sa raison arrête l’élection.',
  selectionIntegration:
    'Des objections sont ouvertes. {facilitator} propose une autre personne ou un mandat modifié, ou chaque personne qui a objecté retire son objection.',
  selectionRecorded:
    '{candidate} assure le rôle de {role} du {termStart, date, medium} au {termEnd, date, medium}, à la suite d’une élection par consentement. La fin du mandat est sa date de révision.',
  selectionWithdrawn: 'Retirée le {decided, date, medium} : {reason}',
};
