import type { Catalogue } from '../en';

/** Spanish: calendar. */
export const calendar: Catalogue['calendar'] = {
  reviewTitle: 'Revisión: {title} ({circle})',
  reviewDecision:
    '{circle} revisa su decisión «{title}» antes del {reviewDate}. La revisión es una nueva decisión por consentimiento: continuar sin cambios con una nueva fecha de revisión, enmendar la decisión o ponerle fin.',
  reviewTermTitle:
    'Revisión: mandato de {holder} ({role, select, leader {liderazgo} delegate {delegación} facilitator {facilitación} secretary ' +
    '{secretaría} other {{name}}}) ({circle})',
  reviewTerm:
    'El mandato de {holder} ({role, select, leader {liderazgo} delegate {delegación} facilitator {facilitación} secretary ' +
    '{secretaría} other {{name}}}) en {circle} termina el {reviewDate}. El círculo vuelve a elegir el rol por consentimiento, para un ' +
    'nuevo mandato.',
  meetingTitle: '{circle}: reunión del círculo',
  meetingAgenda: 'Orden del día propuesto, acordado por consentimiento al inicio de la reunión:\n{agenda}',
  meetingAgendaItem: '- {title} ({minutes} min)',
  meetingNoAgenda: 'El orden del día se propone a partir de lo pendiente y se acuerda por consentimiento al inicio de la reunión.',
  meetingRhythm:
    '{circle} se reúne {frequency, select, weekly {cada semana} fortnightly {cada dos semanas} other {cada mes}}, como decidió el círculo. El orden del día se propone a partir de lo pendiente.',
  feedName: '{name} — Sociocracia en Teams',
  myCircles: 'Mis círculos',
  openInApp: 'Abrir en {product}',
  removedFromCalendar: 'Esta revisión o reunión se quitó del calendario del círculo.',
};
