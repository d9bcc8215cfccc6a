import type { Catalogue } from '../en';

/** German: calendar. */
export const calendar: Catalogue['calendar'] = {
  reviewTitle: 'Überprüfung: {title} ({circle})',
  reviewDecision:
    '{circle} überprüft die Entscheidung „{title}“ bis {reviewDate}. Die Überprüfung ist eine neue Konsententscheidung: unverändert mit einem neuen Überprüfungsdatum weitermachen, die Entscheidung ändern oder sie beenden.',
  reviewTermTitle:
    'Überprüfung: Amtszeit von {holder} in der Rolle {role, select, leader {Leitung} delegate {Delegation} facilitator {Moderation} ' +
    'secretary {Schriftführung} other {{name}}} ({circle})',
  reviewTerm:
    'Die Amtszeit von {holder} in der Rolle {role, select, leader {Leitung} delegate {Delegation} facilitator {Moderation} secretary ' +
    '{Schriftführung} other {{name}}} in {circle} endet am {reviewDate}. Der Kreis wählt die Rolle erneut im Konsent, für eine neue ' +
    'Amtszeit.',
  meetingTitle: '{circle}: Kreissitzung',
  meetingAgenda: 'Vorgeschlagene Tagesordnung, im Konsent zu Beginn der Sitzung festgelegt:\n{agenda}',
  meetingAgendaItem: '- {title} ({minutes} Min.)',
  meetingNoAgenda: 'Die Tagesordnung wird aus dem Fälligen vorgeschlagen und zu Beginn der Sitzung im Konsent festgelegt.',
  meetingRhythm:
    '{circle} trifft sich {frequency, select, weekly {wöchentlich} fortnightly {alle zwei Wochen} other {monatlich}}, wie der Kreis entschieden hat. Die Tagesordnung wird aus dem Fälligen vorgeschlagen.',
  feedName: '{name} — Soziokratie in Teams',
  myCircles: 'Meine Kreise',
  openInApp: 'In {product} öffnen',
  removedFromCalendar: 'Diese Überprüfung oder Sitzung wurde aus dem Kalender des Kreises entfernt.',
};
