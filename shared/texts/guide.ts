/**
 * The core's words in English (guide): what happens now at each stage of a proposal
 * and of a role selection, who acts and what comes next (shared/guide/guide.ts).
 * The other languages are in texts/catalogues/.
 */
const consentMeaning = 'Consent means “good enough for now, safe enough to try”. Only an objection with its reason stops the decision.';

export const guide = {
  proposalDraft: '{author} is drafting this proposal. Next: {author} (or {facilitator}, the facilitator) presents it to the circle.',
  proposalPresented:
    'Presented to the circle. Next: {facilitator} opens clarifying questions, so everyone understands the proposal before reacting.',
  proposalClarifying:
    'Clarifying questions: ask what you need to understand; no opinions yet. {author} or {facilitator} answers. Next: {facilitator} opens quick reactions.',
  proposalReactions: 'Quick reactions: each member says briefly how they feel about it. Next: {facilitator} opens the consent round.',
  roundInMeeting:
    'Consent round, in the meeting: each member answers in turn. {facilitator} closes the round once everyone present has answered.',
  roundPassed: `Consent round: its deadline, {deadline, date, medium}, has passed. {facilitator} closes it as the circle decides rounds; answers are still taken until then. ${consentMeaning}`,
  roundBy: `Consent round: answer by {deadline, date, medium}. ${consentMeaning}`,
  roundUndated: `Consent round: answer by the deadline. ${consentMeaning}`,
  proposalIntegration:
    'Objections are open. {author} amends the proposal to meet them (a new revision the circle answers again), or each objector withdraws theirs. It is adopted only when no objection is open.',
  proposalAdopted: 'Adopted by consent on {decided, date, medium}. The circle reviews it by {review, date, medium}.',
  proposalWithdrawn: 'Withdrawn on {decided, date, medium} by {person}: {reason}',
  selectionNominations:
    'Nominations: each member names who they see as {role} and why. They stay hidden until {facilitator} reveals them, so no one is swayed. You may nominate yourself.',
  selectionChangeRound:
    'The nominations are open to all. Anyone may change theirs after hearing the reasons. Next: {facilitator} proposes a candidate, citing the reasons given.',
  selectionConsentRound:
    'Consent round on {candidate} as {role}. The candidate answers last. Only an objection with its reason stops the selection.',
  selectionIntegration:
    'Objections are open. {facilitator} proposes another candidate or a changed term, or each objector withdraws theirs.',
  selectionRecorded:
    '{candidate} is {role} from {termStart, date, medium} to {termEnd, date, medium}, selected by consent. The term’s end is its review date.',
  selectionWithdrawn: 'Withdrawn on {decided, date, medium}: {reason}',
} satisfies Record<string, string>;
