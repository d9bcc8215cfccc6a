import type { Catalogue } from '../en';

const consentMeaning =
  'Consentir quer dizer “bom o bastante por agora, seguro o bastante para tentar”. Só uma objeção com a sua razão impede a decisão.';

/** Portuguese (Brazil): guide. */
export const guide: Catalogue['guide'] = {
  proposalDraft: '{author} está redigindo esta proposta. Depois: {author} (ou {facilitator}, na facilitação) a apresenta ao círculo.',
  proposalPresented:
    'Apresentada ao círculo. Depois: {facilitator} abre as perguntas de esclarecimento, para que todo mundo entenda a proposta antes de reagir.',
  proposalClarifying:
    'Perguntas de esclarecimento: pergunte o que você precisa para entender; ainda sem opiniões. {author} ou {facilitator} responde. Depois: {facilitator} abre as reações rápidas.',
  proposalReactions: 'Reações rápidas: cada membro diz brevemente o que acha dela. Depois: {facilitator} abre a rodada de consentimento.',
  roundInMeeting:
    'Rodada de consentimento, na reunião: cada membro responde na sua vez. {facilitator} encerra a rodada quando todas as pessoas presentes tiverem respondido.',
  roundPassed: `Rodada de consentimento: o prazo, {deadline, date, medium}, já passou. {facilitator} a encerra como o círculo decidiu para as suas rodadas; até lá as respostas ainda são aceitas. ${consentMeaning}`,
  roundBy: `Rodada de consentimento: responda até {deadline, date, medium}. ${consentMeaning}`,
  roundUndated: `Rodada de consentimento: responda até o prazo. ${consentMeaning}`,
  proposalIntegration:
    'Há objeções em aberto. {author} emenda a proposta para atendê-las (uma nova versão que o círculo responde de novo), ou cada pessoa que objetou retira a sua objeção. Ela só é adotada quando nenhuma objeção está em aberto.',
  proposalAdopted: 'Adotada por consentimento em {decided, date, medium}. O círculo a revê até {review, date, medium}.',
  proposalWithdrawn: 'Retirada em {decided, date, medium} por {person}: {reason}',
  selectionNominations:
    'Indicações: cada membro diz quem vê no papel de {role} e por quê. Elas ficam ocultas até que {facilitator} as revele, para não influenciar ninguém. Você pode indicar a si.',
  selectionChangeRound:
    'As indicações estão abertas a todos. Qualquer pessoa pode mudar a sua depois de ouvir as razões. Depois: {facilitator} propõe uma pessoa, citando as razões dadas.',
  selectionConsentRound:
    'Rodada de consentimento sobre {candidate} no papel de {role}. A pessoa proposta responde por último. Só uma objeção com a sua razão impede a eleição.',
  selectionIntegration:
    'Há objeções em aberto. {facilitator} propõe outra pessoa ou um mandato alterado, ou cada pessoa que objetou retira a sua objeção.',
  selectionRecorded:
    '{candidate} ocupa o papel de {role} de {termStart, date, medium} a {termEnd, date, medium}, após uma eleição por consentimento. O fim do mandato é a sua data de revisão.',
  selectionWithdrawn: 'Retirada em {decided, date, medium}: {reason}',
};
