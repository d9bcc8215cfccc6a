import type { Catalogue } from '../en';

/** German: notices. */
export const notices: Catalogue['notices'] = {
  underWayHeading: 'Die Sitzung von {circle} hat begonnen',
  underWayAgenda: 'Die Tagesordnung, im Konsent: {items, plural, one {# Punkt} other {# Punkte}}, insgesamt {minutes} Minuten.',
  underWayItem: '{position}. {title} ({minutes} Min.)',
  underWayOpen: 'Die Sitzung öffnen',
  minutesHeading: 'Protokoll: {circle}, Sitzung vom {day}',
  minutesNoNotes: 'Zu diesem Punkt wurde nichts protokolliert.',
  minutesDecided: 'Entschieden: {titles}',
  minutesEvaluationLabel: 'Auswertung',
  minutesEvaluation: '{average} von 5, von {count, plural, one {# Person} other {# Personen}}',
  minutesNotRated: 'Niemand hat die Sitzung bewertet.',
  minutesNextLabel: 'Vorgeschlagene nächste Sitzung',
  minutesNext: '{when}, {minutes, plural, one {# Minute} other {# Minuten}}',
  minutesNoRhythm: 'Der Kreis hat keinen Sitzungsrhythmus; plane die nächste Sitzung im Tab.',
  minutesInLogbook: 'Das Protokoll wird im Logbuch aufbewahrt.',
  minutesOpen: 'Das Protokoll öffnen',
  roundOpened: 'Die Konsentrunde zu „{record}“ ist offen. {names}: eure Antwort wird bis {deadline} erwartet.',
  roundOpenedInMeeting: 'Die Konsentrunde zu „{record}“ ist offen. {names}: eure Antwort wird in der Sitzung erwartet.',
  nominationsOpened:
    'Die Nominierungen für {record} sind offen. {names}: nennt, wen ihr in dieser Rolle seht und warum; Nominierungen bleiben verborgen, bis sie aufgedeckt werden.',
  reminded: 'Eine Erinnerung der Moderation: {names}, eure Antwort zu „{record}“ wird noch bis {deadline} erwartet.',
  remindedNoDeadline: 'Eine Erinnerung der Moderation: {names}, eure Antwort zu „{record}“ wird noch erwartet.',
  closingSoon: 'Die Konsentrunde zu „{record}“ schließt bald, um {deadline}. {names}: eure Antwort wird noch erwartet.',
  closingSoonNoDeadline: 'Die Konsentrunde zu „{record}“ schließt bald. {names}: eure Antwort wird noch erwartet.',
  keptOpen:
    'Die Frist der Konsentrunde zu „{record}“ ist abgelaufen, und die Regel des Kreises hält sie offen: {reason} {facilitator}, es liegt an dir, zu entscheiden, wie es weitergeht.',
  keptOpenFacilitator: 'Moderation',
  deadline: '{when} ({zone})',
  zoneUtc: 'UTC',
  selectionRecord: '{role} von {circle}',
  previewAnswerAwaited: 'Deine Antwort zu „{record}“ wird erwartet.',
  previewNominationAwaited: 'Deine Nominierung für {record} wird erwartet.',
  previewIntegrationAwaited: 'Ein Einwand gegen „{record}“ wartet auf Integration.',
  previewClosingSoon: 'Die Konsentrunde zu „{record}“ schließt bald; deine Antwort wird noch erwartet.',
  previewReminder: 'Die Moderation erinnert dich: deine Antwort zu „{record}“ wird noch erwartet.',
  previewRoundKeptOpen:
    'Die Konsentrunde zu „{record}“ bleibt über ihre Frist hinaus offen; es liegt an dir, zu entscheiden, wie es weitergeht.',
};
