import type { Catalogue } from '../en';

/** Dutch: calendar. */
export const calendar: Catalogue['calendar'] = {
  reviewTitle: 'Evaluatie: {title} ({circle})',
  reviewDecision:
    '{circle} evalueert het besluit ‘{title}’ vóór {reviewDate}. De evaluatie is een nieuw consentbesluit: ongewijzigd doorgaan met een nieuwe evaluatiedatum, het besluit wijzigen, of het beëindigen.',
  reviewTermTitle:
    'Evaluatie: termijn van {holder} als {role, select, leader {leider} delegate {afgevaardigde} facilitator {gespreksleider} ' +
    'secretary {secretaris} other {{name}}} ({circle})',
  reviewTerm:
    'De termijn van {holder} als {role, select, leader {leider} delegate {afgevaardigde} facilitator {gespreksleider} secretary ' +
    '{secretaris} other {{name}}} in {circle} eindigt op {reviewDate}. De kring verkiest de rol opnieuw met consent, voor een nieuwe ' +
    'termijn.',
  meetingTitle: '{circle}: kringoverleg',
  meetingAgenda: 'Voorgestelde agenda, met consent vast te stellen bij het begin van het overleg:\n{agenda}',
  meetingAgendaItem: '- {title} ({minutes} min.)',
  meetingNoAgenda: 'De agenda wordt voorgesteld uit wat aan de beurt is en bij het begin van het overleg met consent vastgesteld.',
  meetingRhythm:
    '{circle} komt {frequency, select, weekly {elke week} fortnightly {om de twee weken} other {elke maand}} samen, zoals de kring besloot. De agenda wordt voorgesteld uit wat aan de beurt is.',
  feedName: '{name} — Sociocratie in Teams',
  myCircles: 'Mijn kringen',
  openInApp: 'Openen in {product}',
  removedFromCalendar: 'Deze evaluatie of dit overleg is uit de agenda van de kring gehaald.',
};
