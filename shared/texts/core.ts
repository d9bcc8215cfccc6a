/** The core's words in English (core); the other languages are in texts/catalogues/. */
export const core = {
  awaitedLabel:
    '{asks, select, answer {Consent round} nomination {Nominations} candidateAnswer {You are the candidate} amendment {Integration} objection {Integration} decisionReview {Review} termReview {Review} meetingUnderWay {Under way} other {Meeting}}',
  awaitedOverdue: 'Overdue',
  awaitedStarting: 'Starting',
  awaitedGuideUndated:
    '{asks, select, answer {Your answer is awaited in the meeting’s consent round.} nomination {Name who you see in this role and why; nominations stay hidden until they are revealed.} candidateAnswer {You are the proposed candidate: consent or object once the others have answered, as the candidate answers last.} amendment {An objection stands: amend your proposal so it integrates the objection, with the objector.} objection {Your objection is being integrated: withdraw it once it is met, or help amend what is proposed.} meetingUnderWay {The circle’s meeting is under way on its consented agenda: join it.} other {Something awaits you here.}}',
  awaitedGuide:
    '{asks, select, answer {{overdue, select, yes {Your answer was awaited by {due, date, medium}; the facilitator may close the round at any moment.} other {Your answer is awaited by {due, date, medium}.}}} decisionReview {{overdue, select, yes {This decision was due for review on {due, date, medium}: bring it to the circle to consent again, amend or end it.} other {Review this decision with the circle by {due, date, medium}: consent again, amend or end it.}}} termReview {{overdue, select, yes {This role term ended on {due, date, medium} without a review: hold the selection now.} other {This role term ends on {due, date, medium}: hold the selection for the next term before then.}}} meeting {{overdue, select, yes {The circle’s meeting was set for {due, date, medium} at {due, time, ::jmmz}: join it.} other {The circle meets on {due, date, medium} at {due, time, ::jmmz}.}}} nomination {Name who you see in this role and why; nominations stay hidden until they are revealed.} candidateAnswer {You are the proposed candidate: consent or object once the others have answered, as the candidate answers last.} amendment {An objection stands: amend your proposal so it integrates the objection, with the objector.} objection {Your objection is being integrated: withdraw it once it is met, or help amend what is proposed.} other {The circle’s meeting is under way on its consented agenda: join it.}}',
  changeCircleCreated: 'The circle “{name}” was created.',
  changeCircleRenamed: 'The circle was renamed “{name}”.',
  changeCircleDescribed: 'The circle’s aim and domain were described anew.',
  changeCircleMoved: 'The circle was moved under another parent.',
  changeCircleArchived: 'The circle was archived.',
  changeCircleBound: 'The circle was given a home in Teams.',
  changeCircleUnbound: 'The circle’s home in Teams was removed.',
  changeMemberAdded: '{person} joined{guest, select, yes { as a guest} other {}}.',
  changeMemberRemoved: '{person} left.',
  changePolicySet: 'The circle changed how it decides (its policy).',
  changeRoleDefined: 'The role “{role}” was defined.',
  changeRoleRetired: 'The role “{role}” was retired.',
  changeTermBegan:
    '{person} holds {role, select, leader {leader} delegate {delegate} facilitator {facilitator} secretary {secretary} other ' +
    '{{name}}} from {termStart, date, medium} to {termEnd, date, medium}.',
  changeTermEnded:
    '{person}’s term as {role, select, leader {leader} delegate {delegate} facilitator {facilitator} secretary {secretary} other ' +
    '{{name}}} ended on {lastDay, date, medium}.',
  changeSomeTermEnded: 'A term ended on {lastDay, date, medium}.',
  changeRoleLimitSet: 'The organisation now flags more than {limit} roles per person.',
  linkLeaderMissing: '“{circle}” has no leader chosen by “{parent}”.',
  linkDelegateMissing: '“{circle}” has no delegate to “{parent}”.',
  linkLeaderIsDelegate: 'In “{circle}” the leader and the delegate are the same person; the link needs two.',
  linkLeaderNotMember: 'The leader of “{circle}” is not a member of it.',
  linkLeaderNotInParent: 'The leader of “{circle}” is not a member of “{parent}”.',
  linkDelegateNotMember: 'The delegate of “{circle}” is not a member of it.',
  linkDelegateNotInParent: 'The delegate of “{circle}” is not a member of “{parent}”.',
  warnLeaderIsDelegate:
    '{person} is both leader and delegate of “{circle}”; the double link needs two different people, so the circle should choose another delegate.',
  warnDelegateNotInParent:
    '{person}, the delegate of “{circle}”, is not a member of “{parent}”; ' +
    'a delegate takes part in the parent circle, so add them there or choose another delegate.',
  warnOverRoleLimit:
    '{person} holds {roles} roles, more than the organisation’s limit of {limit}; roles held by the same few people are what the limit guards against.',
  warnNoFacilitatorCreated: '“{circle}” has no facilitator yet; until it selects one, each author facilitates their own proposal.',
  warnNoFacilitatorFrom:
    '“{circle}” has no facilitator from {from, date, medium}; until it selects one, each author facilitates their own proposal.',
  roleDescription:
    '{role, select, leader {Operational leader, chosen by the parent circle; member of both circles.} ' +
    'delegate {Represents the circle in its parent, chosen by the circle itself; member of both circles.} ' +
    'facilitator {Runs the circle’s meetings and rounds.} secretary {Keeps the logbook and schedules meetings.} other {}}',
  agendaSelection:
    'Role selection: {role, select, leader {Leader} delegate {Delegate} facilitator {Facilitator} secretary {Secretary} other {{name}}}' +
    '{elsewhere, select, yes { of {circle}} other {}}',
  agendaReview: 'Review: {title}',
  meetingOn: 'Meeting on {day, date, medium}',
  minutesTitle: 'Minutes: {circle}, meeting of {day, date, medium}',
  termTitle:
    '{role, select, leader {Leader} delegate {Delegate} facilitator {Facilitator} secretary {Secretary} other {{name}}} of {circle}: ' +
    '{holder}',
  termReviewTitle:
    '{role, select, leader {Leader} delegate {Delegate} facilitator {Facilitator} secretary {Secretary} other {{name}}} term of {holder}',
  selectionTitle:
    '{role, select, leader {Leader} delegate {Delegate} facilitator {Facilitator} secretary {Secretary} other {{name}}} of {circle}',
  agendaTermReview:
    'Review: {role, select, leader {Leader} delegate {Delegate} facilitator {Facilitator} secretary {Secretary} other {{name}}} term ' +
    'of {holder}',
} satisfies Record<string, string>;
