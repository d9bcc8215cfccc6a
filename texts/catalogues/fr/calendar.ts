import type { Catalogue } from '../en';

/** French: calendar. */
export const calendar: Catalogue['calendar'] = {
  reviewTitle: 'Révision : {title} ({circle})',
  reviewDecision:
    '{circle} revoit sa décision « {title} » avant le {reviewDate}. La révision est une nouvelle décision par consentement : continuer sans changement avec une nouvelle date de révision, amender la décision, ou y mettre fin.',
  reviewTermTitle:
    'Révision : mandat de {holder} ({role, select, leader {premier lien} delegate {second lien} facilitator {facilitation} secretary ' +
    '{secrétariat} other {{name}}}) ({circle})',
  reviewTerm:
    'Le mandat de {holder} ({role, select, leader {premier lien} delegate {second lien} facilitator {facilitation} secretary ' +
    '{secrétariat} other {{name}}}) dans {circle} se termine le {reviewDate}. Le cercle élit à nouveau au rôle par consentement, pour ' +
    'un nouveau mandat.',
  meetingTitle: '{circle} : réunion de cercle',
  meetingAgenda: 'Ordre du jour proposé, adopté par consentement au début de la réunion :\n{agenda}',
  meetingAgendaItem: '- {title} ({minutes} min)',
  meetingNoAgenda: 'L’ordre du jour est proposé à partir de ce qui est dû et adopté par consentement au début de la réunion.',
  meetingRhythm:
    '{circle} se réunit {frequency, select, weekly {chaque semaine} fortnightly {toutes les deux semaines} other {chaque mois}}, comme le cercle l’a décidé. L’ordre du jour est proposé à partir de ce qui est dû.',
  feedName: '{name} — Sociocratie dans Teams',
  myCircles: 'Mes cercles',
  openInApp: 'Ouvrir dans {product}',
  removedFromCalendar: 'Cette révision ou réunion a été retirée du calendrier du cercle.',
};
