import type { Catalogue } from '../en';

/** German: core. */
export const core: Catalogue['core'] = {
  awaitedLabel:
    '{asks, select, answer {Konsentrunde} nomination {Nominierungen} candidateAnswer {Du bist vorgeschlagen} amendment {Integration} objection {Integration} decisionReview {Überprüfung} termReview {Überprüfung} meetingUnderWay {Läuft} other {Sitzung}}',
  awaitedOverdue: 'Überfällig',
  awaitedStarting: 'Beginnt',
  awaitedGuideUndated:
    '{asks, select, answer {Deine Antwort wird in der Konsentrunde der Sitzung erwartet.} nomination {Nenne, wen du in dieser Rolle siehst und warum; Nominierungen bleiben verborgen, bis sie aufgedeckt werden.} candidateAnswer {Du bist für die Rolle vorgeschlagen: Gib Konsent oder erhebe einen Einwand, sobald die anderen geantwortet haben, denn die vorgeschlagene Person antwortet zuletzt.} amendment {Ein Einwand steht: Ändere deinen Vorschlag gemeinsam mit der Person, die ihn erhoben hat, sodass er den Einwand aufnimmt.} objection {Dein Einwand wird integriert: Zieh ihn zurück, sobald ihm Rechnung getragen ist, oder hilf, den Vorschlag zu ändern.} meetingUnderWay {Die Sitzung des Kreises läuft bei ihrer beschlossenen Tagesordnung: Mach mit.} other {Hier wartet etwas auf dich.}}',
  awaitedGuide:
    '{asks, select, answer {{overdue, select, yes {Deine Antwort wurde bis {due, date, medium} erwartet; die Moderation kann die Runde jederzeit schließen.} other {Deine Antwort wird bis {due, date, medium} erwartet.}}} decisionReview {{overdue, select, yes {Diese Entscheidung war am {due, date, medium} zur Überprüfung fällig: Bring sie in den Kreis, um erneut Konsent zu geben, sie zu ändern oder zu beenden.} other {Überprüfe diese Entscheidung mit dem Kreis bis {due, date, medium}: erneut Konsent geben, ändern oder beenden.}}} termReview {{overdue, select, yes {Diese Amtszeit endete am {due, date, medium} ohne Überprüfung: Halte jetzt die Rollenwahl ab.} other {Diese Amtszeit endet am {due, date, medium}: Halte vorher die Rollenwahl für die nächste Amtszeit ab.}}} meeting {{overdue, select, yes {Die Sitzung des Kreises war für {due, date, medium} um {due, time, ::jmmz} angesetzt: Mach mit.} other {Der Kreis trifft sich am {due, date, medium} um {due, time, ::jmmz}.}}} nomination {Nenne, wen du in dieser Rolle siehst und warum; Nominierungen bleiben verborgen, bis sie aufgedeckt werden.} candidateAnswer {Du bist für die Rolle vorgeschlagen: Gib Konsent oder erhebe einen Einwand, sobald die anderen geantwortet haben, denn die vorgeschlagene Person antwortet zuletzt.} amendment {Ein Einwand steht: Ändere deinen Vorschlag gemeinsam mit der Person, die ihn erhoben hat, sodass er den Einwand aufnimmt.} objection {Dein Einwand wird integriert: Zieh ihn zurück, sobald ihm Rechnung getragen ist, oder hilf, den Vorschlag zu ändern.} other {Die Sitzung des Kreises läuft bei ihrer beschlossenen Tagesordnung: Mach mit.}}',
  changeCircleCreated: 'Der Kreis „{name}“ wurde angelegt.',
  changeCircleRenamed: 'Der Kreis wurde in „{name}“ umbenannt.',
  changeCircleDescribed: 'Ziel und Domäne des Kreises wurden neu beschrieben.',
  changeCircleMoved: 'Der Kreis wurde unter einen anderen übergeordneten Kreis verschoben.',
  changeCircleArchived: 'Der Kreis wurde archiviert.',
  changeCircleBound: 'Der Kreis hat ein Zuhause in Teams bekommen.',
  changeCircleUnbound: 'Das Zuhause des Kreises in Teams wurde entfernt.',
  changeMemberAdded: '{person} ist beigetreten{guest, select, yes { als Gast} other {}}.',
  changeMemberRemoved: '{person} ist ausgetreten.',
  changePolicySet: 'Der Kreis hat geändert, wie er entscheidet (seine Regeln).',
  changeRoleDefined: 'Die Rolle „{role}“ wurde festgelegt.',
  changeRoleRetired: 'Die Rolle „{role}“ wurde aufgehoben.',
  changeTermBegan:
    '{person} hat {role, select, leader {Leitung} delegate {Delegation} facilitator {Moderation} secretary {Schriftführung} other ' +
    '{{name}}} vom {termStart, date, medium} bis {termEnd, date, medium} inne.',
  changeTermEnded:
    'Die Amtszeit von {person} als {role, select, leader {Leitung} delegate {Delegation} facilitator {Moderation} secretary ' +
    '{Schriftführung} other {{name}}} endete am {lastDay, date, medium}.',
  changeSomeTermEnded: 'Eine Amtszeit endete am {lastDay, date, medium}.',
  changeRoleLimitSet: 'Die Organisation markiert jetzt mehr als {limit} Rollen pro Person.',
  linkLeaderMissing: '„{circle}“ hat keine von „{parent}“ gewählte Leitung.',
  linkDelegateMissing: '„{circle}“ hat keine Delegation zu „{parent}“.',
  linkLeaderIsDelegate: 'In „{circle}“ hat dieselbe Person Leitung und Delegation inne; die Verknüpfung braucht zwei.',
  linkLeaderNotMember: 'Die Leitung von „{circle}“ ist kein Mitglied dieses Kreises.',
  linkLeaderNotInParent: 'Die Leitung von „{circle}“ ist kein Mitglied von „{parent}“.',
  linkDelegateNotMember: 'Die Delegation von „{circle}“ ist kein Mitglied dieses Kreises.',
  linkDelegateNotInParent: 'Die Delegation von „{circle}“ ist kein Mitglied von „{parent}“.',
  warnLeaderIsDelegate:
    '{person} hat in „{circle}“ sowohl die Leitung als auch die Delegation inne; die doppelte Verknüpfung braucht zwei verschiedene Personen, also sollte der Kreis eine andere Delegation wählen.',
  warnDelegateNotInParent:
    '{person}, die Delegation von „{circle}“, ist kein Mitglied von „{parent}“; die Delegation nimmt am übergeordneten Kreis teil, also nimm die Person dort auf oder wähle eine andere Delegation.',
  warnOverRoleLimit:
    '{person} hat {roles} Rollen inne, mehr als die Grenze der Organisation von {limit}; die Grenze schützt davor, dass immer dieselben wenigen Personen die Rollen halten.',
  warnNoFacilitatorCreated:
    '„{circle}“ hat noch keine Moderation; bis der Kreis eine wählt, moderiert jede Person ihren eigenen Vorschlag.',
  warnNoFacilitatorFrom:
    '„{circle}“ hat ab {from, date, medium} keine Moderation; bis der Kreis eine wählt, moderiert jede Person ihren eigenen Vorschlag.',
  roleDescription:
    '{role, select, leader {Operative Leitung, vom übergeordneten Kreis gewählt; Mitglied beider Kreise.} ' +
    'delegate {Vertritt den Kreis im übergeordneten Kreis, vom Kreis selbst gewählt; Mitglied beider Kreise.} ' +
    'facilitator {Leitet die Sitzungen und Runden des Kreises.} secretary {Führt das Logbuch und plant die Sitzungen.} other {}}',
  agendaSelection:
    'Rollenwahl: {role, select, leader {Leitung} delegate {Delegation} facilitator {Moderation} secretary {Schriftführung} other {{name}}}' +
    '{elsewhere, select, yes { von {circle}} other {}}',
  agendaReview: 'Überprüfung: {title}',
  meetingOn: 'Sitzung am {day, date, medium}',
  minutesTitle: 'Protokoll: {circle}, Sitzung vom {day, date, medium}',
  termTitle:
    '{role, select, leader {Leitung} delegate {Delegation} facilitator {Moderation} secretary {Schriftführung} other {{name}}} von ' +
    '{circle}: {holder}',
  termReviewTitle:
    'Amtszeit von {holder} in der Rolle {role, select, leader {Leitung} delegate {Delegation} facilitator {Moderation} secretary ' +
    '{Schriftführung} other {{name}}}',
  selectionTitle:
    '{role, select, leader {Leitung} delegate {Delegation} facilitator {Moderation} secretary {Schriftführung} other {{name}}} von ' +
    '{circle}',
  agendaTermReview:
    'Überprüfung: Amtszeit von {holder} in der Rolle {role, select, leader {Leitung} delegate {Delegation} facilitator {Moderation} ' +
    'secretary {Schriftführung} other {{name}}}',
};
