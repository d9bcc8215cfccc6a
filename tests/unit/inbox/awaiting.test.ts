import { findCircle, proposalAwaits, proposalTally, selectionAwaits, selectionDecider, selectionTally } from '../../../shared';
import { careCoop } from '../../support/care-coop';
import {
  act,
  answer,
  answers,
  circleChanged,
  consent,
  newcomer,
  objection,
  proposalOf,
  rotaIn,
  rotaRound,
} from '../../support/consent-steps';
import { nominateAll, northsideDelegate, selectionAt, selectionOf } from '../../support/selection-flow';
import { step } from '../../support/apply';
import { as } from '../../support/people';

const coop = careCoop();
const northside = () => {
  const circle = findCircle(coop, 'northside');
  if (!circle) throw new Error('the care co-op has a northside circle');
  return circle;
};

describe('what awaits a person in a consent decision', () => {
  it('nothing is awaited before the consent round opens', () => {
    const state = rotaIn(coop, 'reactions');
    expect(proposalAwaits(proposalOf(state), state.circle, 'amara')).toBe(false);
  });

  it('a member asked in the running round is awaited until they answer', () => {
    const state = rotaRound();
    expect(proposalAwaits(proposalOf(state), state.circle, 'amara')).toBe(true);
    const answered = answer(state, 'amara', consent);
    expect(proposalAwaits(proposalOf(answered), answered.circle, 'amara')).toBe(false);
    expect(proposalAwaits(proposalOf(answered), answered.circle, 'dev')).toBe(true);
  });

  it('a member who joins later is not asked, so their answer is not awaited', () => {
    const state = circleChanged(rotaRound(), [{ type: 'add-member', circleId: 'northside', member: newcomer }]);
    expect(proposalAwaits(proposalOf(state), state.circle, 'ivo')).toBe(false);
  });

  it('nobody is awaited while an objection is being integrated', () => {
    const everyone = answers(rotaRound('sync'), [
      ['amara', consent],
      ['dev', consent],
      ['farid', consent],
      ['grace', objection('Same carer, please.')],
      ['hana', consent],
    ]);
    const integrating = act(everyone, { type: 'close-consent-round' }, 'hana');
    expect(proposalOf(integrating).status).toBe('integration');
    for (const member of ['amara', 'dev', 'farid', 'grace', 'hana'])
      expect(proposalAwaits(proposalOf(integrating), integrating.circle, member)).toBe(false);
  });
});

describe('what awaits a person in a role selection', () => {
  it('a member of the selecting circle who has not nominated is awaited while nominations are open', () => {
    const state = selectionAt(coop, northsideDelegate, 'nominations');
    expect(selectionAwaits(selectionOf(state), northside(), 'amara')).toBe(true);
    expect(selectionAwaits(selectionOf(state), northside(), 'ben')).toBe(false);
  });

  it('a member who has nominated is no longer awaited', () => {
    const state = step(
      selectionDecider,
      selectionAt(coop, northsideDelegate, 'nominations'),
      { type: 'nominate', selectionId: northsideDelegate.selectionId, nominee: 'dev', reason: 'Knows the hub well.' },
      as('amara'),
    );
    expect(selectionAwaits(selectionOf(state), northside(), 'amara')).toBe(false);
    expect(selectionAwaits(selectionOf(state), northside(), 'dev')).toBe(true);
  });

  it('nobody is awaited in the change round', () => {
    const state = nominateAll(selectionAt(coop, northsideDelegate, 'nominations'), northsideDelegate);
    const revealed = step(selectionDecider, state, { type: 'close-nominations', selectionId: northsideDelegate.selectionId }, as('hana'));
    for (const member of ['amara', 'dev', 'farid', 'grace', 'hana'])
      expect(selectionAwaits(selectionOf(revealed), northside(), member)).toBe(false);
  });

  it('each member asked in the consent round is awaited until they answer', () => {
    const state = selectionAt(coop, northsideDelegate, 'consent-round');
    expect(selectionAwaits(selectionOf(state), northside(), 'amara')).toBe(true);
    const answered = step(
      selectionDecider,
      state,
      { type: 'answer', selectionId: northsideDelegate.selectionId, answer: consent },
      as('amara'),
    );
    expect(selectionAwaits(selectionOf(answered), northside(), 'amara')).toBe(false);
  });
});

describe('the tally of a running round counts those asked who are still members', () => {
  it('counts everyone asked and who answered, and names whose answer is awaited', () => {
    const state = answers(rotaRound(), [
      ['amara', consent],
      ['dev', consent],
    ]);
    expect(proposalTally(proposalOf(state), state.circle)).toEqual({ asked: 5, answered: 2, awaiting: ['farid', 'grace', 'hana'] });
  });

  it('a member who left is no longer counted, answered or not', () => {
    const answered = answers(rotaRound(), [['amara', consent]]);
    const left = circleChanged(answered, [
      { type: 'remove-member', circleId: 'northside', personId: 'amara' },
      { type: 'remove-member', circleId: 'northside', personId: 'farid' },
    ]);
    expect(proposalTally(proposalOf(left), left.circle)).toEqual({ asked: 3, answered: 0, awaiting: ['dev', 'grace', 'hana'] });
  });

  it('a member who joins later is not counted', () => {
    const state = circleChanged(rotaRound(), [{ type: 'add-member', circleId: 'northside', member: newcomer }]);
    expect(proposalTally(proposalOf(state), state.circle)?.asked).toBe(5);
  });

  it('there is no tally before the round opens or after the decision', () => {
    const drafted = rotaIn(coop, 'reactions');
    expect(proposalTally(proposalOf(drafted), drafted.circle)).toBeNull();
    const everyone = answers(rotaRound('sync'), [
      ['amara', consent],
      ['dev', consent],
      ['farid', consent],
      ['grace', consent],
      ['hana', consent],
    ]);
    const adopted = act(everyone, { type: 'close-consent-round' }, 'hana');
    expect(proposalOf(adopted).status).toBe('adopted');
    expect(proposalTally(proposalOf(adopted), adopted.circle)).toBeNull();
  });

  it('a selection is tallied in its selecting circle while its consent round runs', () => {
    const nominating = selectionAt(coop, northsideDelegate, 'nominations');
    expect(selectionTally(selectionOf(nominating), northside())).toBeNull();
    const state = selectionAt(coop, northsideDelegate, 'consent-round');
    const answered = step(
      selectionDecider,
      state,
      { type: 'answer', selectionId: northsideDelegate.selectionId, answer: consent },
      as('amara'),
    );
    expect(selectionTally(selectionOf(answered), northside())).toMatchObject({ asked: 5, answered: 1 });
  });
});
