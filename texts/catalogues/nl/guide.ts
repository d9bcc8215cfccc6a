import type { Catalogue } from '../en';

const consentMeaning =
  'Consent betekent “goed genoeg voor nu, veilig genoeg om te proberen”. Alleen een bezwaar met een reden houdt het besluit tegen.';

/** Dutch: guide. */
export const guide: Catalogue['guide'] = {
  proposalDraft:
    '{author} schrijft aan dit voorstel. Volgende stap: {author} (of {facilitator}, de gespreksleider) presenteert het aan de kring.',
  proposalPresented:
    'Gepresenteerd aan de kring. Volgende stap: {facilitator} opent de verhelderende vragen, zodat iedereen het voorstel begrijpt voordat er gereageerd wordt.',
  proposalClarifying:
    'Verhelderende vragen: vraag wat je nodig hebt om het te begrijpen; nog geen meningen. {author} of {facilitator} antwoordt. Volgende stap: {facilitator} opent de korte reacties.',
  proposalReactions:
    'Korte reacties: elk lid zegt kort hoe het tegen het voorstel aankijkt. Volgende stap: {facilitator} opent de consentronde.',
  roundInMeeting:
    'Consentronde, in de vergadering: elk lid antwoordt om de beurt. {facilitator} sluit de ronde zodra iedereen die aanwezig is heeft geantwoord.',
  roundPassed: `Consentronde: de deadline, {deadline, date, medium}, is verstreken. {facilitator} sluit de ronde zoals de kring over rondes besloten heeft; tot dan worden antwoorden nog aangenomen. ${consentMeaning}`,
  roundBy: `Consentronde: antwoord uiterlijk {deadline, date, medium}. ${consentMeaning}`,
  roundUndated: `Consentronde: antwoord vóór de deadline. ${consentMeaning}`,
  proposalIntegration:
    'Er staan bezwaren open. {author} past het voorstel aan zodat eraan tegemoetgekomen wordt (een nieuwe versie waarop de kring opnieuw antwoordt), of wie bezwaar maakte trekt het eigen bezwaar in. Het wordt pas aangenomen als er geen bezwaar meer openstaat.',
  proposalAdopted: 'Met consent aangenomen op {decided, date, medium}. De kring evalueert het uiterlijk {review, date, medium}.',
  proposalWithdrawn: 'Ingetrokken op {decided, date, medium} door {person}: {reason}',
  selectionNominations:
    'Nominaties: elk lid noemt wie het ziet als {role} en waarom. Ze blijven verborgen tot {facilitator} ze onthult, zodat niemand beïnvloed wordt. Je mag jezelf nomineren.',
  selectionChangeRound:
    'De nominaties zijn voor iedereen zichtbaar. Na het horen van de redenen mag ieder de eigen nominatie veranderen. Volgende stap: {facilitator} stelt een kandidaat voor, met verwijzing naar de gegeven redenen.',
  selectionConsentRound:
    'Consentronde over {candidate} als {role}. De kandidaat antwoordt als laatste. Alleen een bezwaar met een reden houdt de rolverkiezing tegen.',
  selectionIntegration:
    'Er staan bezwaren open. {facilitator} stelt een andere kandidaat of een gewijzigde termijn voor, of wie bezwaar maakte trekt het eigen bezwaar in.',
  selectionRecorded:
    '{candidate} is {role} van {termStart, date, medium} tot {termEnd, date, medium}, met consent gekozen. Het einde van de termijn is de evaluatiedatum.',
  selectionWithdrawn: 'Ingetrokken op {decided, date, medium}: {reason}',
};
