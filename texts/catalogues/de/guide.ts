import type { Catalogue } from '../en';

const consentMeaning =
  'Konsent heißt „gut genug für jetzt, sicher genug, um es zu versuchen“. Nur ein Einwand mit seiner Begründung hält die Entscheidung auf.';

/** German: guide. */
export const guide: Catalogue['guide'] = {
  proposalDraft: '{author} entwirft diesen Vorschlag. Als Nächstes: {author} (oder {facilitator} als Moderation) stellt ihn dem Kreis vor.',
  proposalPresented:
    'Dem Kreis vorgestellt. Als Nächstes: {facilitator} eröffnet die Verständnisfragen, damit alle den Vorschlag verstehen, bevor sie reagieren.',
  proposalClarifying:
    'Verständnisfragen: Frag, was du zum Verstehen brauchst; noch keine Meinungen. {author} oder {facilitator} antwortet. Als Nächstes: {facilitator} eröffnet die kurzen Reaktionen.',
  proposalReactions:
    'Kurze Reaktionen: Jedes Mitglied sagt kurz, wie es den Vorschlag sieht. Als Nächstes: {facilitator} eröffnet die Konsentrunde.',
  roundInMeeting:
    'Konsentrunde in der Sitzung: Jedes Mitglied antwortet der Reihe nach. {facilitator} schließt die Runde, sobald alle Anwesenden geantwortet haben.',
  roundPassed: `Konsentrunde: Ihre Frist, {deadline, date, medium}, ist verstrichen. {facilitator} schließt sie so, wie der Kreis über Runden entschieden hat; bis dahin werden Antworten noch angenommen. ${consentMeaning}`,
  roundBy: `Konsentrunde: Antworte bis {deadline, date, medium}. ${consentMeaning}`,
  roundUndated: `Konsentrunde: Antworte bis zur Frist. ${consentMeaning}`,
  proposalIntegration:
    'Es gibt offene Einwände. {author} ändert den Vorschlag so, dass er ihnen Rechnung trägt (eine neue Fassung, auf die der Kreis erneut antwortet), oder wer einen Einwand erhoben hat, zieht ihn zurück. Beschlossen ist er erst, wenn kein Einwand mehr offen ist.',
  proposalAdopted: 'Im Konsent beschlossen am {decided, date, medium}. Der Kreis überprüft ihn bis {review, date, medium}.',
  proposalWithdrawn: 'Zurückgezogen am {decided, date, medium} von {person}: {reason}',
  selectionNominations:
    'Nominierungen: Jedes Mitglied nennt, wen es als {role} sieht und warum. Sie bleiben verborgen, bis {facilitator} sie aufdeckt, damit sich niemand beeinflussen lässt. Du darfst dich selbst nominieren.',
  selectionChangeRound:
    'Die Nominierungen sind für alle offen. Wer die Begründungen gehört hat, darf die eigene Nominierung ändern. Als Nächstes: {facilitator} schlägt eine Person vor und nennt dabei die gegebenen Begründungen.',
  selectionConsentRound:
    'Konsentrunde über {candidate} als {role}. Die vorgeschlagene Person antwortet zuletzt. Nur ein Einwand mit seiner Begründung hält die Rollenwahl auf.',
  selectionIntegration:
    'Es gibt offene Einwände. {facilitator} schlägt eine andere Person oder eine geänderte Amtszeit vor, oder wer einen Einwand erhoben hat, zieht ihn zurück.',
  selectionRecorded:
    '{candidate} hat die Rolle {role} von {termStart, date, medium} bis {termEnd, date, medium} inne, im Konsent gewählt. Das Ende der Amtszeit ist ihr Überprüfungsdatum.',
  selectionWithdrawn: 'Zurückgezogen am {decided, date, medium}: {reason}',
};
