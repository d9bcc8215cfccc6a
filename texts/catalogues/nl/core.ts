import type { Catalogue } from '../en';

/** Dutch: core. */
export const core: Catalogue['core'] = {
  awaitedLabel:
    '{asks, select, answer {Consentronde} nomination {Nominaties} candidateAnswer {Jij bent de kandidaat} amendment {Integratie} objection {Integratie} decisionReview {Evaluatie} termReview {Evaluatie} meetingUnderWay {Bezig} other {Vergadering}}',
  awaitedOverdue: 'Te laat',
  awaitedStarting: 'Begint',
  awaitedGuideUndated:
    '{asks, select, answer {Je antwoord wordt verwacht in de consentronde van de vergadering.} nomination {Noem wie je in deze rol ziet en waarom; nominaties blijven verborgen tot ze worden onthuld.} candidateAnswer {Jij bent de voorgestelde kandidaat: geef consent of maak bezwaar zodra de anderen hebben geantwoord, want de kandidaat antwoordt als laatste.} amendment {Er staat een bezwaar: pas je voorstel samen met wie bezwaar maakte aan, zodat het bezwaar erin opgaat.} objection {Je bezwaar wordt geïntegreerd: trek het in zodra eraan tegemoetgekomen is, of help het voorstel aan te passen.} meetingUnderWay {De vergadering van de kring is bezig met haar vastgestelde agenda: doe mee.} other {Hier wacht iets op je.}}',
  awaitedGuide:
    '{asks, select, answer {{overdue, select, yes {Je antwoord werd verwacht uiterlijk {due, date, medium}; de gespreksleider kan de ronde elk moment sluiten.} other {Je antwoord wordt verwacht uiterlijk {due, date, medium}.}}} decisionReview {{overdue, select, yes {Dit besluit moest op {due, date, medium} geëvalueerd worden: breng het in de kring om opnieuw consent te geven, het aan te passen of te beëindigen.} other {Evalueer dit besluit met de kring uiterlijk {due, date, medium}: opnieuw consent geven, aanpassen of beëindigen.}}} termReview {{overdue, select, yes {Deze roltermijn eindigde op {due, date, medium} zonder evaluatie: houd nu de rolverkiezing.} other {Deze roltermijn eindigt op {due, date, medium}: houd daarvoor de rolverkiezing voor de volgende termijn.}}} meeting {{overdue, select, yes {De vergadering van de kring stond gepland op {due, date, medium} om {due, time, ::jmmz}: doe mee.} other {De kring vergadert op {due, date, medium} om {due, time, ::jmmz}.}}} nomination {Noem wie je in deze rol ziet en waarom; nominaties blijven verborgen tot ze worden onthuld.} candidateAnswer {Jij bent de voorgestelde kandidaat: geef consent of maak bezwaar zodra de anderen hebben geantwoord, want de kandidaat antwoordt als laatste.} amendment {Er staat een bezwaar: pas je voorstel samen met wie bezwaar maakte aan, zodat het bezwaar erin opgaat.} objection {Je bezwaar wordt geïntegreerd: trek het in zodra eraan tegemoetgekomen is, of help het voorstel aan te passen.} other {De vergadering van de kring is bezig met haar vastgestelde agenda: doe mee.}}',
  changeCircleCreated: 'De kring “{name}” is aangemaakt.',
  changeCircleRenamed: 'De kring is hernoemd tot “{name}”.',
  changeCircleDescribed: 'Het doel en het domein van de kring zijn opnieuw beschreven.',
  changeCircleMoved: 'De kring is onder een andere bovenliggende kring geplaatst.',
  changeCircleArchived: 'De kring is gearchiveerd.',
  changeCircleBound: 'De kring heeft een thuis in Teams gekregen.',
  changeCircleUnbound: 'Het thuis van de kring in Teams is verwijderd.',
  changeMemberAdded: '{person} is lid geworden{guest, select, yes { als gast} other {}}.',
  changeMemberRemoved: '{person} is vertrokken.',
  changePolicySet: 'De kring heeft gewijzigd hoe ze besluit (haar beleid).',
  changeRoleDefined: 'De rol “{role}” is vastgelegd.',
  changeRoleRetired: 'De rol “{role}” is opgeheven.',
  changeTermBegan:
    '{person} vervult {role, select, leader {leider} delegate {afgevaardigde} facilitator {gespreksleider} secretary {secretaris} ' +
    'other {{name}}} van {termStart, date, medium} tot {termEnd, date, medium}.',
  changeTermEnded:
    'De termijn van {person} als {role, select, leader {leider} delegate {afgevaardigde} facilitator {gespreksleider} secretary ' +
    '{secretaris} other {{name}}} eindigde op {lastDay, date, medium}.',
  changeSomeTermEnded: 'Een termijn eindigde op {lastDay, date, medium}.',
  changeRoleLimitSet: 'De organisatie markeert nu meer dan {limit} rollen per persoon.',
  linkLeaderMissing: 'Voor “{circle}” heeft “{parent}” geen leider gekozen.',
  linkDelegateMissing: '“{circle}” heeft geen afgevaardigde naar “{parent}”.',
  linkLeaderIsDelegate: 'In “{circle}” zijn de leider en de afgevaardigde dezelfde persoon; de koppeling vraagt om twee mensen.',
  linkLeaderNotMember: 'De leider van “{circle}” is er geen lid van.',
  linkLeaderNotInParent: 'De leider van “{circle}” is geen lid van “{parent}”.',
  linkDelegateNotMember: 'De afgevaardigde van “{circle}” is er geen lid van.',
  linkDelegateNotInParent: 'De afgevaardigde van “{circle}” is geen lid van “{parent}”.',
  warnLeaderIsDelegate:
    '{person} is zowel leider als afgevaardigde van “{circle}”; de dubbele koppeling vraagt om twee verschillende mensen, dus de kring kiest beter een andere afgevaardigde.',
  warnDelegateNotInParent:
    '{person}, de afgevaardigde van “{circle}”, is geen lid van “{parent}”; een afgevaardigde neemt deel aan de bovenliggende kring, dus voeg deze persoon daar toe of kies een andere afgevaardigde.',
  warnOverRoleLimit:
    '{person} vervult {roles} rollen, meer dan de grens van {limit} die de organisatie stelt; die grens waakt ertegen dat steeds dezelfde paar mensen de rollen vervullen.',
  warnNoFacilitatorCreated: '“{circle}” heeft nog geen gespreksleider; tot de kring er een kiest, leidt elke indiener het eigen voorstel.',
  warnNoFacilitatorFrom:
    '“{circle}” heeft vanaf {from, date, medium} geen gespreksleider; tot de kring er een kiest, leidt elke indiener het eigen voorstel.',
  roleDescription:
    '{role, select, leader {Operationeel leider, gekozen door de bovenliggende kring; lid van beide kringen.} ' +
    'delegate {Vertegenwoordigt de kring in de bovenliggende kring, gekozen door de kring zelf; lid van beide kringen.} ' +
    'facilitator {Leidt de vergaderingen en rondes van de kring.} secretary {Houdt het logboek bij en plant de vergaderingen.} other {}}',
  agendaSelection:
    'Rolverkiezing: {role, select, leader {Leider} delegate {Afgevaardigde} facilitator {Gespreksleider} secretary {Secretaris} other {{name}}}' +
    '{elsewhere, select, yes { van {circle}} other {}}',
  agendaReview: 'Evaluatie: {title}',
  meetingOn: 'Vergadering op {day, date, medium}',
  minutesTitle: 'Notulen: {circle}, overleg van {day, date, medium}',
  termTitle:
    '{role, select, leader {Leider} delegate {Afgevaardigde} facilitator {Gespreksleider} secretary {Secretaris} other {{name}}} van ' +
    '{circle}: {holder}',
  termReviewTitle:
    'Termijn van {holder} als {role, select, leader {leider} delegate {afgevaardigde} facilitator {gespreksleider} secretary ' +
    '{secretaris} other {{name}}}',
  selectionTitle:
    '{role, select, leader {Leider} delegate {Afgevaardigde} facilitator {Gespreksleider} secretary {Secretaris} other {{name}}} van ' +
    '{circle}',
  agendaTermReview:
    'Evaluatie: termijn van {holder} als {role, select, leader {leider} delegate {afgevaardigde} facilitator {gespreksleider} ' +
    'secretary {secretaris} other {{name}}}',
};
