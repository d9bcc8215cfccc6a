import type { Catalogue } from '../en';

/** Portuguese: core. */
export const core: Catalogue['core'] = {
  awaitedLabel:
    '{asks, select, answer {Rodada de consentimento} nomination {Indicações} candidateAnswer {Você é a pessoa proposta} amendment {Integração} objection {Integração} decisionReview {Revisão} termReview {Revisão} meetingUnderWay {Em andamento} other {Reunião}}',
  awaitedOverdue: 'Atrasado',
  awaitedStarting: 'Começando',
  awaitedGuideUndated:
    '{asks, select, answer {A sua resposta é esperada na rodada de consentimento da reunião.} nomination {Diga quem você vê neste papel e por quê; as indicações ficam ocultas até serem reveladas.} candidateAnswer {Você é a pessoa proposta: dê consentimento ou faça objeção quando os outros tiverem respondido, pois a pessoa proposta responde por último.} amendment {Há uma objeção: emende a sua proposta com quem objetou, para que ela integre a objeção.} objection {A sua objeção está sendo integrada: retire-a quando for atendida, ou ajude a emendar o que é proposto.} meetingUnderWay {A reunião do círculo está em andamento com a sua pauta consentida: participe.} other {Algo espera por você aqui.}}',
  awaitedGuide:
    '{asks, select, answer {{overdue, select, yes {A sua resposta era esperada até {due, date, medium}; a facilitação pode encerrar a rodada a qualquer momento.} other {A sua resposta é esperada até {due, date, medium}.}}} decisionReview {{overdue, select, yes {Esta decisão devia ser revista em {due, date, medium}: leve-a ao círculo para consentir de novo, emendá-la ou encerrá-la.} other {Reveja esta decisão com o círculo até {due, date, medium}: consentir de novo, emendar ou encerrar.}}} termReview {{overdue, select, yes {Este mandato terminou em {due, date, medium} sem revisão: faça a eleição agora.} other {Este mandato termina em {due, date, medium}: faça antes a eleição para o próximo mandato.}}} meeting {{overdue, select, yes {A reunião do círculo estava marcada para {due, date, medium} às {due, time, ::jmmz}: participe.} other {O círculo se reúne em {due, date, medium} às {due, time, ::jmmz}.}}} nomination {Diga quem você vê neste papel e por quê; as indicações ficam ocultas até serem reveladas.} candidateAnswer {Você é a pessoa proposta: dê consentimento ou faça objeção quando os outros tiverem respondido, pois a pessoa proposta responde por último.} amendment {Há uma objeção: emende a sua proposta com quem objetou, para que ela integre a objeção.} objection {A sua objeção está sendo integrada: retire-a quando for atendida, ou ajude a emendar o que é proposto.} other {A reunião do círculo está em andamento com a sua pauta consentida: participe.}}',
  changeCircleCreated: 'O círculo “{name}” foi criado.',
  changeCircleRenamed: 'O círculo passou a chamar-se “{name}”.',
  changeCircleDescribed: 'O propósito e o domínio do círculo foram descritos de novo.',
  changeCircleMoved: 'O círculo foi movido para baixo de outro círculo superior.',
  changeCircleArchived: 'O círculo foi arquivado.',
  changeCircleBound: 'O círculo ganhou um espaço no Teams.',
  changeCircleUnbound: 'O espaço do círculo no Teams foi removido.',
  changeMemberAdded: '{person} entrou{guest, select, yes { como convidado} other {}}.',
  changeMemberRemoved: '{person} saiu.',
  changePolicySet: 'O círculo mudou a forma como decide (a sua política).',
  changeRoleDefined: 'O papel “{role}” foi definido.',
  changeRoleRetired: 'O papel “{role}” foi retirado.',
  changeTermBegan:
    '{person} exerce {role, select, leader {liderança} delegate {delegação} facilitator {facilitação} secretary {secretaria} other ' +
    '{{name}}} de {termStart, date, medium} a {termEnd, date, medium}.',
  changeTermEnded:
    'O mandato de {person} como {role, select, leader {liderança} delegate {delegação} facilitator {facilitação} secretary ' +
    '{secretaria} other {{name}}} terminou em {lastDay, date, medium}.',
  changeSomeTermEnded: 'Um mandato terminou em {lastDay, date, medium}.',
  changeRoleLimitSet: 'A organização agora sinaliza mais de {limit} papéis por pessoa.',
  linkLeaderMissing: '“{circle}” não tem liderança escolhida por “{parent}”.',
  linkDelegateMissing: '“{circle}” não tem delegação junto a “{parent}”.',
  linkLeaderIsDelegate: 'Em “{circle}” a liderança e a delegação são a mesma pessoa; o vínculo precisa de duas.',
  linkLeaderNotMember: 'Quem exerce a liderança de “{circle}” não é membro desse círculo.',
  linkLeaderNotInParent: 'Quem exerce a liderança de “{circle}” não é membro de “{parent}”.',
  linkDelegateNotMember: 'Quem exerce a delegação de “{circle}” não é membro desse círculo.',
  linkDelegateNotInParent: 'Quem exerce a delegação de “{circle}” não é membro de “{parent}”.',
  warnLeaderIsDelegate:
    '{person} ocupa ao mesmo tempo a liderança e a delegação de “{circle}”; o duplo vínculo precisa de duas pessoas diferentes, então o círculo deveria escolher outra delegação.',
  warnDelegateNotInParent:
    '{person}, da delegação de “{circle}”, não é membro de “{parent}”; a delegação participa do círculo superior, então adicione essa pessoa lá ou escolha outra delegação.',
  warnOverRoleLimit:
    '{person} ocupa {roles} papéis, mais que o limite de {limit} da organização; o limite evita que os papéis fiquem sempre com as mesmas poucas pessoas.',
  warnNoFacilitatorCreated: '“{circle}” ainda não tem facilitação; até escolher alguém, cada pessoa facilita a própria proposta.',
  warnNoFacilitatorFrom:
    '“{circle}” não tem facilitação a partir de {from, date, medium}; até escolher alguém, cada pessoa facilita a própria proposta.',
  roleDescription:
    '{role, select, leader {Liderança operacional, escolhida pelo círculo superior; membro dos dois círculos.} ' +
    'delegate {Representa o círculo no círculo superior, escolhida pelo próprio círculo; membro dos dois círculos.} ' +
    'facilitator {Conduz as reuniões e as rodadas do círculo.} secretary {Mantém o diário e agenda as reuniões.} other {}}',
  agendaSelection:
    'Eleição de papel: {role, select, leader {Liderança} delegate {Delegação} facilitator {Facilitação} secretary {Secretaria} other {{name}}}' +
    '{elsewhere, select, yes { de {circle}} other {}}',
  agendaReview: 'Revisão: {title}',
  meetingOn: 'Reunião de {day, date, medium}',
  minutesTitle: 'Ata: {circle}, reunião de {day, date, medium}',
  termTitle:
    '{role, select, leader {Liderança} delegate {Delegação} facilitator {Facilitação} secretary {Secretaria} other {{name}}} de ' +
    '{circle}: {holder}',
  termReviewTitle:
    'Mandato de {holder} ({role, select, leader {liderança} delegate {delegação} facilitator {facilitação} secretary {secretaria} ' +
    'other {{name}}})',
  selectionTitle:
    '{role, select, leader {Liderança} delegate {Delegação} facilitator {Facilitação} secretary {Secretaria} other {{name}}} de {circle}',
  agendaTermReview:
    'Revisão: mandato de {holder} ({role, select, leader {liderança} delegate {delegação} facilitator {facilitação} secretary ' +
    '{secretaria} other {{name}}})',
};
