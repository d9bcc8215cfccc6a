import type { Catalogue } from '../en';

/** Spanish: core. */
export const core: Catalogue['core'] = {
  awaitedLabel:
    '{asks, select, answer {Ronda de consentimiento} nomination {Nominaciones} candidateAnswer {Eres la persona propuesta} amendment {Integración} objection {Integración} decisionReview {Revisión} termReview {Revisión} meetingUnderWay {En curso} other {Reunión}}',
  awaitedOverdue: 'Atrasado',
  awaitedStarting: 'Empieza',
  awaitedGuideUndated:
    '{asks, select, answer {Se espera tu respuesta en la ronda de consentimiento de la reunión.} nomination {Di a quién ves en este rol y por qué; las nominaciones quedan ocultas hasta que se revelan.} candidateAnswer {Eres la persona propuesta: da tu consentimiento u objeta cuando los demás hayan respondido, porque la persona propuesta responde al final.} amendment {Hay una objeción: enmienda tu propuesta junto con quien objetó, para que integre la objeción.} objection {Tu objeción se está integrando: retírala cuando quede atendida, o ayuda a enmendar lo que se propone.} meetingUnderWay {La reunión del círculo está en curso con su orden del día consentido: únete.} other {Aquí te espera algo.}}',
  awaitedGuide:
    '{asks, select, answer {{overdue, select, yes {Se esperaba tu respuesta para el {due, date, medium}; la facilitación puede cerrar la ronda en cualquier momento.} other {Se espera tu respuesta para el {due, date, medium}.}}} decisionReview {{overdue, select, yes {Esta decisión debía revisarse el {due, date, medium}: llévala al círculo para volver a consentirla, enmendarla o terminarla.} other {Revisa esta decisión con el círculo antes del {due, date, medium}: volver a consentirla, enmendarla o terminarla.}}} termReview {{overdue, select, yes {Este mandato terminó el {due, date, medium} sin revisión: haz ahora la elección.} other {Este mandato termina el {due, date, medium}: haz antes la elección para el siguiente mandato.}}} meeting {{overdue, select, yes {La reunión del círculo estaba fijada para el {due, date, medium} a las {due, time, ::jmmz}: únete.} other {El círculo se reúne el {due, date, medium} a las {due, time, ::jmmz}.}}} nomination {Di a quién ves en este rol y por qué; las nominaciones quedan ocultas hasta que se revelan.} candidateAnswer {Eres la persona propuesta: da tu consentimiento u objeta cuando los demás hayan respondido, porque la persona propuesta responde al final.} amendment {Hay una objeción: enmienda tu propuesta junto con quien objetó, para que integre la objeción.} objection {Tu objeción se está integrando: retírala cuando quede atendida, o ayuda a enmendar lo que se propone.} other {La reunión del círculo está en curso con su orden del día consentido: únete.}}',
  changeCircleCreated: 'Se creó el círculo «{name}».',
  changeCircleRenamed: 'El círculo pasó a llamarse «{name}».',
  changeCircleDescribed: 'Se volvieron a describir el propósito y el dominio del círculo.',
  changeCircleMoved: 'El círculo se movió bajo otro círculo superior.',
  changeCircleArchived: 'El círculo se archivó.',
  changeCircleBound: 'El círculo recibió un espacio en Teams.',
  changeCircleUnbound: 'Se quitó el espacio del círculo en Teams.',
  changeMemberAdded: '{person} se unió{guest, select, yes { como invitado} other {}}.',
  changeMemberRemoved: '{person} se fue.',
  changePolicySet: 'El círculo cambió cómo decide (su política).',
  changeRoleDefined: 'Se definió el rol «{role}».',
  changeRoleRetired: 'Se retiró el rol «{role}».',
  changeTermBegan:
    '{person} ocupa {role, select, leader {liderazgo} delegate {delegación} facilitator {facilitación} secretary {secretaría} other ' +
    '{{name}}} del {termStart, date, medium} al {termEnd, date, medium}.',
  changeTermEnded:
    'El mandato de {person} como {role, select, leader {liderazgo} delegate {delegación} facilitator {facilitación} secretary ' +
    '{secretaría} other {{name}}} terminó el {lastDay, date, medium}.',
  changeSomeTermEnded: 'Un mandato terminó el {lastDay, date, medium}.',
  changeRoleLimitSet: 'La organización ahora señala más de {limit} roles por persona.',
  linkLeaderMissing: '“{circle}” no tiene liderazgo elegido por “{parent}”.',
  linkDelegateMissing: '“{circle}” no tiene delegación ante “{parent}”.',
  linkLeaderIsDelegate: 'En “{circle}” el liderazgo y la delegación los ocupa la misma persona; el vínculo necesita dos.',
  linkLeaderNotMember: 'Quien ejerce el liderazgo de “{circle}” no es miembro de ese círculo.',
  linkLeaderNotInParent: 'Quien ejerce el liderazgo de “{circle}” no es miembro de “{parent}”.',
  linkDelegateNotMember: 'Quien ejerce la delegación de “{circle}” no es miembro de ese círculo.',
  linkDelegateNotInParent: 'Quien ejerce la delegación de “{circle}” no es miembro de “{parent}”.',
  warnLeaderIsDelegate:
    '{person} ocupa a la vez el liderazgo y la delegación de “{circle}”; el doble vínculo necesita dos personas distintas, así que el círculo debería elegir otra delegación.',
  warnDelegateNotInParent:
    '{person}, de la delegación de “{circle}”, no es miembro de “{parent}”; la delegación participa en el círculo superior, así que añade a esa persona allí o elige otra delegación.',
  warnOverRoleLimit:
    '{person} ocupa {roles} roles, más que el límite de {limit} de la organización; el límite evita que los roles queden siempre en manos de las mismas pocas personas.',
  warnNoFacilitatorCreated: '“{circle}” todavía no tiene facilitación; hasta que elija a alguien, cada quien facilita su propia propuesta.',
  warnNoFacilitatorFrom:
    '“{circle}” no tiene facilitación desde el {from, date, medium}; hasta que elija a alguien, cada quien facilita su propia propuesta.',
  roleDescription:
    '{role, select, leader {Liderazgo operativo, elegido por el círculo superior; miembro de ambos círculos.} ' +
    'delegate {Representa al círculo en el círculo superior, elegido por el propio círculo; miembro de ambos círculos.} ' +
    'facilitator {Facilita las reuniones y las rondas del círculo.} secretary {Lleva la bitácora y programa las reuniones.} other {}}',
  agendaSelection:
    'Elección de rol: {role, select, leader {Liderazgo} delegate {Delegación} facilitator {Facilitación} secretary {Secretaría} other {{name}}}' +
    '{elsewhere, select, yes { de {circle}} other {}}',
  agendaReview: 'Revisión: {title}',
  meetingOn: 'Reunión del {day, date, medium}',
  minutesTitle: 'Acta: {circle}, reunión del {day, date, medium}',
  termTitle:
    '{role, select, leader {Liderazgo} delegate {Delegación} facilitator {Facilitación} secretary {Secretaría} other {{name}}} de ' +
    '{circle}: {holder}',
  termReviewTitle:
    'Mandato de {holder} ({role, select, leader {liderazgo} delegate {delegación} facilitator {facilitación} secretary {secretaría} ' +
    'other {{name}}})',
  selectionTitle:
    '{role, select, leader {Liderazgo} delegate {Delegación} facilitator {Facilitación} secretary {Secretaría} other {{name}}} de {circle}',
  agendaTermReview:
    'Revisión: mandato de {holder} ({role, select, leader {liderazgo} delegate {delegación} facilitator {facilitación} secretary ' +
    '{secretaría} other {{name}}})',
};
