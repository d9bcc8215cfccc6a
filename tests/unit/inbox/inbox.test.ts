import type { Circle, InboxEntry, Proposal, ProposalState } from '../../../shared';
import {
  awaitedGuide,
  findCircle,
  isMember,
  proposalAwaits,
  proposalInbox,
  roundAsks,
  selectionAwaits,
  selectionDecider,
  selectionInbox,
  stillAwaits,
} from '../../../shared';
import { step } from '../../support/apply';
import { careCoop } from '../../support/care-coop';
import {
  act,
  answer,
  answers,
  circleChanged,
  consent,
  newcomer,
  objection,
  proposalAt,
  proposalOf,
  rotaRound,
} from '../../support/consent-steps';
import { as } from '../../support/people';
import { answerAll, northsideDelegate, northsideLeader, selectionAt, selectionOf } from '../../support/selection-flow';
import { textsFor } from '../../../texts/all';

/** An inbox entry's title as an English reader reads it: a selection's is the core's words (`said`). */
const englishTitle = (entry: Pick<InboxEntry, 'title' | 'said'> | undefined) =>
  entry?.said ? textsFor('en').say('core', entry.said) : entry?.title;

const english = textsFor('en');

const coop = careCoop();
const people = ['amara', 'dev', 'farid', 'grace', 'hana', 'ivo', 'ben', 'chloe'];
const circlesOf = (circle: Circle, personId: string) => new Set(isMember(circle, personId) ? [circle.circleId] : []);

/** Who the inbox shows the proposal to on the day it is read, with the circle as it then is. */
function shownTo(proposal: Proposal, circle: Circle): string[] {
  const inbox = proposalInbox(proposal, circle);
  return people.filter((personId) => {
    const entry = inbox.get(personId);
    return entry !== undefined && stillAwaits(entry, circlesOf(circle, personId));
  });
}

const awaited = (state: ProposalState) => people.filter((personId) => proposalAwaits(proposalOf(state), state.circle, personId));

describe('each person’s inbox of consent decisions', () => {
  it('an opened round is in the inbox of everyone it asked, with the title, the circle and the deadline', () => {
    const state = rotaRound();
    const inbox = proposalInbox(proposalOf(state), state.circle);
    expect([...inbox.keys()]).toEqual(['amara', 'dev', 'farid', 'grace', 'hana']);
    expect(inbox.get('amara')).toEqual({
      kind: 'proposal',
      id: 'weekend-rota',
      circleId: 'northside',
      askedIn: 'northside',
      circleName: state.circle.name,
      title: proposalOf(state).title,
      awaits: 'answer',
      deadline: proposalAt(state, 'consent-round').round.deadline,
    });
  });

  it('a round asks those it asked when it opened until they answer, members still or not', () => {
    const left = circleChanged(answer(rotaRound(), 'amara', consent), [
      { type: 'remove-member', circleId: 'northside', personId: 'farid' },
    ]);
    expect(roundAsks(proposalAt(left, 'consent-round').round)).toEqual(['dev', 'farid', 'grace', 'hana']);
  });

  it('an answer takes the decision out of that member’s inbox only', () => {
    const state = answer(rotaRound(), 'amara', consent);
    expect([...proposalInbox(proposalOf(state), state.circle).keys()]).toEqual(['dev', 'farid', 'grace', 'hana']);
  });

  it('the inbox shows exactly whose answer the core awaits, however the circle changed', () => {
    const answered = answers(rotaRound(), [['amara', consent]]);
    const states = [
      rotaRound(),
      answered,
      circleChanged(answered, [{ type: 'add-member', circleId: 'northside', member: newcomer }]),
      circleChanged(answered, [{ type: 'remove-member', circleId: 'northside', personId: 'farid' }]),
    ];
    for (const state of states) expect(shownTo(proposalOf(state), state.circle)).toEqual(awaited(state));
  });

  it('a member who left is kept in the inbox but not shown, and shown again on rejoining while the round runs', () => {
    const left = circleChanged(rotaRound(), [{ type: 'remove-member', circleId: 'northside', personId: 'farid' }]);
    expect(proposalInbox(proposalOf(left), left.circle).has('farid')).toBe(true);
    expect(shownTo(proposalOf(left), left.circle)).not.toContain('farid');
    const farid = { personId: 'farid', displayName: 'Farid', guest: false };
    const back = circleChanged(left, [{ type: 'add-member', circleId: 'northside', member: farid }]);
    expect(shownTo(proposalOf(back), back.circle)).toContain('farid');
    expect(awaited(back)).toContain('farid');
  });

  it('in integration the author is asked to amend and the objector to withdraw or help amend, nobody else', () => {
    const everyone = answers(rotaRound('sync'), [
      ['amara', consent],
      ['dev', consent],
      ['farid', consent],
      ['grace', objection('Same carer, please.')],
      ['hana', consent],
    ]);
    const integrating = act(everyone, { type: 'close-consent-round' }, 'hana');
    const inbox = proposalInbox(proposalOf(integrating), integrating.circle);
    expect(proposalOf(integrating).author).toBe('dev');
    expect([...inbox].map(([personId, entry]) => [personId, entry.awaits, entry.deadline])).toEqual([
      ['grace', 'objection', null],
      ['dev', 'amendment', null],
    ]);
    const withdrawn = act(integrating, { type: 'withdraw-objection' }, 'grace');
    expect(proposalOf(withdrawn).status).toBe('consent-round');
    expect(proposalInbox(proposalOf(withdrawn), withdrawn.circle).size).toBe(0);
  });

  it('an amendment in integration asks everyone again, the objection integrated', () => {
    const everyone = answers(rotaRound('sync'), [
      ['amara', consent],
      ['dev', consent],
      ['farid', consent],
      ['grace', objection('Same carer, please.')],
      ['hana', consent],
    ]);
    const integrating = act(everyone, { type: 'close-consent-round' }, 'hana');
    const amended = act(integrating, { type: 'amend-proposal', text: 'Rotate monthly, keeping each person’s main carer.' }, 'dev');
    const inbox = proposalInbox(proposalOf(amended), amended.circle);
    expect([...inbox.values()].map((entry) => entry.awaits)).toEqual(['answer', 'answer', 'answer', 'answer', 'answer']);
  });

  it('a withdrawn proposal is in nobody’s inbox', () => {
    const withdrawn = act(rotaRound(), { type: 'withdraw-proposal', reason: 'The rota question moved to the hub.' }, 'dev');
    expect(proposalInbox(proposalOf(withdrawn), withdrawn.circle).size).toBe(0);
  });

  it('a round in a meeting has no deadline, and says so', () => {
    const inbox = proposalInbox(proposalOf(rotaRound('sync')), rotaRound('sync').circle);
    const entry = inbox.get('amara');
    expect(entry?.deadline).toBeNull();
    expect(entry && english.say('core', awaitedGuide({ asks: entry.awaits, due: entry.deadline, overdue: false }))).toBe(
      'Your answer is awaited in the meeting’s consent round.',
    );
  });

  it('an asynchronous round names the day it closes', () => {
    const state = rotaRound('async');
    const entry = proposalInbox(proposalOf(state), state.circle).get('dev');
    expect(entry && english.say('core', awaitedGuide({ asks: entry.awaits, due: entry.deadline, overdue: false }))).toMatch(
      /^Your answer is awaited by \w{3} \d{1,2}, \d{4}\.$/,
    );
  });
});

describe('each person’s inbox of role selections', () => {
  const northside = () => findCircle(coop, 'northside') as Circle;

  it('nominations are in the inbox of each member of the selecting circle who has not nominated', () => {
    const state = selectionAt(coop, northsideDelegate, 'nominations');
    const nominated = step(
      selectionDecider,
      state,
      { type: 'nominate', selectionId: northsideDelegate.selectionId, nominee: 'dev', reason: 'Knows the hub well.' },
      as('amara'),
    );
    const inbox = selectionInbox(selectionOf(nominated), coop);
    expect([...inbox.keys()].sort()).toEqual(people.filter((p) => selectionAwaits(selectionOf(nominated), northside(), p)).sort());
    expect(inbox.has('amara')).toBe(false);
    const entry = inbox.get('dev');
    expect(entry).toMatchObject({
      kind: 'selection',
      id: northsideDelegate.selectionId,
      circleId: 'northside',
      askedIn: 'northside',
      awaits: 'nomination',
      deadline: null,
    });
    expect(englishTitle(entry)).toBe(`Delegate of ${northside().name}`);
  });

  it('a leader’s selection is in the inbox of the parent circle’s members, titled with the circle led', () => {
    const state = selectionAt(coop, northsideLeader, 'nominations');
    const inbox = selectionInbox(selectionOf(state), coop);
    const entry = [...inbox.values()][0];
    expect(entry?.askedIn).not.toBe('northside');
    expect(entry?.circleId).toBe('northside');
    expect(englishTitle(entry)).toBe(`Leader of ${northside().name}`);
  });

  it('each member asked in the selection’s consent round has it in their inbox until they answer', () => {
    const state = selectionAt(coop, northsideDelegate, 'consent-round');
    expect(selectionInbox(selectionOf(state), coop).get('amara')?.awaits).toBe('answer');
    const answered = step(
      selectionDecider,
      state,
      { type: 'answer', selectionId: northsideDelegate.selectionId, answer: consent },
      as('amara'),
    );
    expect(selectionInbox(selectionOf(answered), coop).has('amara')).toBe(false);
  });

  it('the candidate is asked for their own answer, which comes last', () => {
    const state = selectionAt(coop, northsideDelegate, 'consent-round');
    const inbox = selectionInbox(selectionOf(state), coop);
    expect(inbox.get('dev')?.awaits).toBe('candidate-answer');
    expect([...inbox].filter(([personId]) => personId !== 'dev').every(([, entry]) => entry.awaits === 'answer')).toBe(true);
  });

  it('in a selection’s integration the objector is asked to withdraw or help amend', () => {
    const answered = answerAll(selectionAt(coop, northsideDelegate, 'consent-round', { mode: 'sync' }), northsideDelegate, [
      ['amara', consent],
      ['farid', objection('Dev already holds two roles here.')],
      ['grace', consent],
      ['hana', consent],
      ['dev', consent],
    ]);
    const integrating = step(
      selectionDecider,
      answered,
      { type: 'close-consent-round', selectionId: northsideDelegate.selectionId },
      as('hana'),
    );
    expect(selectionOf(integrating).status).toBe('integration');
    expect([...selectionInbox(selectionOf(integrating), coop)].map(([personId, entry]) => [personId, entry.awaits])).toEqual([
      ['farid', 'objection'],
    ]);
  });

  it('nothing is in an inbox once nominations are revealed', () => {
    const state = selectionAt(coop, northsideDelegate, 'change-round');
    expect(selectionInbox(selectionOf(state), coop).size).toBe(0);
  });
});
