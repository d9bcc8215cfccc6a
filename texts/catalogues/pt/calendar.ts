import type { Catalogue } from '../en';

/** Portuguese: calendar. */
export const calendar: Catalogue['calendar'] = {
  reviewTitle: 'Revisão: {title} ({circle})',
  reviewDecision:
    '{circle} revisa sua decisão “{title}” até {reviewDate}. A revisão é uma nova decisão por consentimento: continuar sem mudanças com uma nova data de revisão, emendar a decisão ou encerrá-la.',
  reviewTermTitle:
    'Revisão: mandato de {holder} ({role, select, leader {liderança} delegate {delegação} facilitator {facilitação} secretary ' +
    '{secretaria} other {{name}}}) ({circle})',
  reviewTerm:
    'O mandato de {holder} ({role, select, leader {liderança} delegate {delegação} facilitator {facilitação} secretary {secretaria} ' +
    'other {{name}}}) em {circle} termina em {reviewDate}. O círculo elege o papel de novo por consentimento, para um novo mandato.',
  meetingTitle: '{circle}: reunião do círculo',
  meetingAgenda: 'Pauta proposta, acordada por consentimento no início da reunião:\n{agenda}',
  meetingAgendaItem: '- {title} ({minutes} min)',
  meetingNoAgenda: 'A pauta é proposta a partir do que está pendente e acordada por consentimento no início da reunião.',
  meetingRhythm:
    '{circle} se reúne {frequency, select, weekly {toda semana} fortnightly {a cada duas semanas} other {todo mês}}, como o círculo decidiu. A pauta é proposta a partir do que está pendente.',
  feedName: '{name} — Sociocracia no Teams',
  myCircles: 'Meus círculos',
  openInApp: 'Abrir no {product}',
  removedFromCalendar: 'Esta revisão ou reunião foi removida do calendário do círculo.',
};
