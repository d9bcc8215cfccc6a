import fc from 'fast-check';
import type { Actor, Proposal, ProposalEvent, ProposalState, StructureEvent } from '../../../shared';
import { decisionStory, proposalDecider, transition } from '../../../shared';
import { unwrap } from '../../support/apply';
import { careCoop, circleOf } from '../../support/care-coop';
import { daysFromNow } from '../../support/clock';
import { as, people } from '../../support/people';
import { rotaProposal } from '../../support/proposals';

const proposalId = rotaProposal.proposalId;
const northside = () => circleOf(careCoop(), 'northside');

type Step = readonly [command: object, person: string, day?: number];

/** Runs the proposal's steps a day apart (or on the day a step names), keeping every event as storage keeps them. */
function run(steps: readonly Step[], state: ProposalState = { circle: northside(), proposal: null }) {
  const events: ProposalEvent[] = [];
  steps.forEach(([command, person, day], index) => {
    const next = unwrap(transition(proposalDecider, state, { ...command, proposalId }, as(person), daysFromNow(day ?? index)));
    events.push(...next.events);
    state = next.state;
  });
  if (!state.proposal) throw new Error('no proposal');
  return { proposal: state.proposal, circle: state.circle, events };
}

const toConsentRound: Step[] = [
  [rotaProposal, 'dev'],
  [{ type: 'present-proposal' }, 'dev'],
  [{ type: 'open-clarifying-questions' }, 'hana'],
  [{ type: 'ask-question', questionId: 'q1', text: 'Does this include bank holidays?' }, 'grace'],
  [{ type: 'answer-question', questionId: 'q1', answer: 'Yes, bank holidays count as weekends.' }, 'dev'],
  [{ type: 'open-quick-reactions' }, 'hana'],
  [{ type: 'react', text: 'Fairer for everyone.' }, 'amara'],
  [{ type: 'open-consent-round', options: { mode: 'sync' } }, 'hana'],
];
const amendedText = 'From January, weekend shifts rotate monthly among all carers who want them, agreed a month ahead.';

/** Farid objects to revision 1, Dev integrates it by amendment, and everyone consents to revision 2 but Grace, who stands aside. */
function amendedAndAdopted() {
  return run([
    ...toConsentRound,
    [{ type: 'answer', answer: { kind: 'consent' } }, 'amara'],
    [{ type: 'answer', answer: { kind: 'object', text: 'Families need to know a month ahead who is coming.' } }, 'farid'],
    [{ type: 'close-consent-round', present: ['amara', 'farid'] }, 'hana'],
    [{ type: 'amend-proposal', text: amendedText }, 'dev'],
    ...['amara', 'dev', 'farid', 'hana'].map((person): Step => [{ type: 'answer', answer: { kind: 'consent' } }, person]),
    [{ type: 'answer', answer: { kind: 'stand-aside', text: 'I do not work weekends.' } }, 'grace'],
    [{ type: 'close-consent-round' }, 'hana'],
  ]);
}

describe('a decision’s story as a newcomer reads it', () => {
  const adopted = amendedAndAdopted();
  const newcomer: Actor = as('ben');
  const story = unwrap(decisionStory(adopted, newcomer));

  it('shows every revision in order, each with who wrote it and the answers it received by name', () => {
    expect(story.revisions.map((r) => [r.revision, r.text, r.writtenBy?.displayName])).toEqual([
      [1, rotaProposal.text, 'Dev Patel'],
      [2, amendedText, 'Dev Patel'],
    ]);
    expect(story.revisions[0]?.answers.map((a) => [a.person.displayName, a.kind])).toEqual([
      ['Amara Okafor', 'consent'],
      ['Farid Haddad', 'object'],
    ]);
    expect(story.revisions[1]?.answers.map((a) => [a.person.displayName, a.kind, a.text])).toEqual([
      ['Amara Okafor', 'consent', null],
      ['Dev Patel', 'consent', null],
      ['Farid Haddad', 'consent', null],
      ['Hana Sato', 'consent', null],
      ['Grace Lin', 'stand-aside', 'I do not work weekends.'],
    ]);
  });

  it('tells each objection with the amendment that integrated it', () => {
    expect(story.objections).toEqual([
      {
        objector: { personId: 'farid', displayName: 'Farid Haddad' },
        revision: 1,
        reason: 'Families need to know a month ahead who is coming.',
        raisedAt: daysFromNow(9),
        outcome: { kind: 'integrated', at: daysFromNow(11), revision: 2, by: { personId: 'dev', displayName: 'Dev Patel' } },
      },
    ]);
  });

  it('names who asked, who answered, who reacted, who facilitated, and keeps the review date', () => {
    expect(story.questions.map((q) => [q.askedBy.displayName, q.answeredBy?.displayName])).toEqual([['Grace Lin', 'Dev Patel']]);
    expect(story.reactions.map((r) => [r.by.displayName, r.text])).toEqual([['Amara Okafor', 'Fairer for everyone.']]);
    expect(story.outcome).toEqual({
      kind: 'adopted',
      at: daysFromNow(17),
      facilitatedBy: { personId: 'hana', displayName: 'Hana Sato' },
      silentConsent: [],
    });
    expect(story.reviewDate).toBe(rotaProposal.reviewDate);
    expect(story.author.displayName).toBe('Dev Patel');
  });

  it('counts those who stayed silent in an asynchronous round by name', () => {
    const circle = northside();
    const silenceIsConsent = {
      ...circle,
      policy: { ...circle.policy, closing: { ...circle.policy.closing, silence: 'silence-is-consent' as const } },
    };
    const silent = run(
      [
        ...toConsentRound.slice(0, -1),
        [{ type: 'open-consent-round', options: { mode: 'async' } }, 'hana'],
        ...['amara', 'dev', 'farid'].map((person): Step => [{ type: 'answer', answer: { kind: 'consent' } }, person]),
        // After the deadline, the silence of those who did not answer counts as consent where the circle says so.
        [{ type: 'close-consent-round' }, 'hana', 60],
      ],
      { circle: silenceIsConsent, proposal: null },
    );
    const outcome = unwrap(decisionStory(silent, newcomer)).outcome;
    expect(outcome.kind === 'adopted' && outcome.silentConsent.map((p) => p.displayName)).toEqual(['Grace Lin', 'Hana Sato']);
  });

  it('tells an objection its objector withdrew, and one still open', () => {
    const objected = run([
      ...toConsentRound,
      [{ type: 'answer', answer: { kind: 'object', text: 'Families need notice.' } }, 'farid'],
      [{ type: 'withdraw-objection' }, 'farid'],
      [{ type: 'answer', answer: { kind: 'object', text: 'I cannot do every other weekend.' } }, 'amara'],
    ]);
    const outcomes = unwrap(decisionStory(objected, as('grace'))).objections.map((o) => [o.objector.displayName, o.outcome.kind]);
    expect(outcomes).toEqual([
      ['Farid Haddad', 'withdrawn'],
      ['Amara Okafor', 'open'],
    ]);
  });

  it('tells who withdrew a proposal and why, to everyone once it is decided', () => {
    const withdrawn = run([...toConsentRound, [{ type: 'withdraw-proposal', reason: 'The budget review comes first.' }, 'dev']]);
    expect(unwrap(decisionStory(withdrawn, newcomer)).outcome).toEqual({
      kind: 'withdrawn',
      at: daysFromNow(8),
      by: { personId: 'dev', displayName: 'Dev Patel' },
      reason: 'The budget review comes first.',
    });
  });

  it('still names someone who has left the circle, from the event that added them, else by id', () => {
    const circle = { ...adopted.circle, members: adopted.circle.members.filter((m) => m.personId !== 'grace' && m.personId !== 'farid') };
    const joined: StructureEvent = { type: 'member-added', at: daysFromNow(-30), by: 'admin', circleId: 'northside', member: people.grace };
    const left = unwrap(decisionStory({ ...adopted, circle, circleEvents: [joined] }, newcomer));
    const answeredBy = left.revisions[1]?.answers.map((a) => a.person.displayName);
    expect(answeredBy).toContain('Grace Lin');
    expect(answeredBy).toContain('farid');
  });

  it('is refused while undecided to those outside the circle, as the proposal is, and read by its members', () => {
    const running = run(toConsentRound);
    const refused = decisionStory(running, newcomer);
    expect(!refused.ok && refused.error.code).toBe('not-a-member');
    expect(unwrap(decisionStory(running, as('grace'))).outcome).toEqual({ kind: 'undecided', stage: 'consent-round' });
  });

  it('names the decision a review reviews only where the reader may read it', () => {
    const reviewed: Proposal = { ...adopted.proposal, proposalId: 'old-rota', title: 'Weekend rota by volunteers' };
    const review = { ...adopted.proposal, reviewOf: { kind: 'decision' as const, proposalId: 'old-rota' } };
    expect(unwrap(decisionStory({ ...adopted, proposal: review, reviewed }, newcomer)).reviews).toEqual({
      kind: 'decision',
      proposalId: 'old-rota',
      title: 'Weekend rota by volunteers',
    });
    const undecided: Proposal = { ...run(toConsentRound).proposal, proposalId: 'old-rota' };
    expect(unwrap(decisionStory({ ...adopted, proposal: review, reviewed: undecided }, newcomer)).reviews).toEqual({
      kind: 'decision',
      proposalId: 'old-rota',
      title: null,
    });
  });

  it('names the decision that reviewed it when one has, and none otherwise', () => {
    const reviewedBy = { proposalId: 'rota-review', title: 'Keep the weekend rota', adoptedAt: daysFromNow(40) };
    expect(unwrap(decisionStory({ ...adopted, reviewedBy }, newcomer)).reviewedBy).toEqual(reviewedBy);
    expect(story.reviewedBy).toBeNull();
  });

  it('names every answer of every revision for any reader of a decided proposal, and no one twice on one revision', () => {
    fc.assert(
      fc.property(fc.constantFrom('amara', 'ben', 'chloe', 'esi', 'grace'), (reader) => {
        const read = unwrap(decisionStory(adopted, as(reader)));
        return read.revisions.every((r) => {
          const ids = r.answers.map((a) => a.person.personId);
          return new Set(ids).size === ids.length && r.answers.every((a) => a.person.displayName !== a.person.personId);
        });
      }),
    );
  });
});
