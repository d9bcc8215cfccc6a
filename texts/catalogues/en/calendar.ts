/** English: calendar. Messages are ICU MessageFormat (plural, select); see texts/README.md. */
export const calendar = {
  reviewTitle: 'Review: {title} ({circle})',
  reviewDecision:
    '{circle} reviews its decision “{title}” by {reviewDate}. The review is a new consent decision: continue unchanged with a new review date, amend the decision, or end it.',
  reviewTermTitle:
    'Review: {role, select, leader {Leader} delegate {Delegate} facilitator {Facilitator} secretary {Secretary} other {{name}}} term ' +
    'of {holder} ({circle})',
  reviewTerm:
    'The {role, select, leader {leader} delegate {delegate} facilitator {facilitator} secretary {secretary} other {{name}}} term of ' +
    '{holder} in {circle} ends on {reviewDate}. The circle selects the role again by consent, for a new term.',
  meetingTitle: '{circle}: circle meeting',
  meetingAgenda: 'Proposed agenda, consented to at the start of the meeting:\n{agenda}',
  meetingAgendaItem: '- {title} ({minutes} min)',
  meetingNoAgenda: 'The agenda is proposed from what is due and consented to at the start of the meeting.',
  meetingRhythm:
    '{circle} meets {frequency, select, weekly {weekly} fortnightly {every fortnight} other {monthly}}, as the circle decided. The agenda is proposed from what is due.',
  feedName: '{name} — Sociocracy for Teams',
  myCircles: 'My circles',
  openInApp: 'Open in {product}',
  removedFromCalendar: 'This review or meeting was removed from the circle’s calendar.',
} satisfies Record<string, string>;
