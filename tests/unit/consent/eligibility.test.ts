import { countedEligible } from '../../../shared';
import { careCoop } from '../../support/care-coop';
import { daysFromNow } from '../../support/clock';
import {
  act,
  answers,
  circleChanged,
  consent,
  newcomer,
  objection,
  proposalAt,
  proposalOf,
  refused,
  roundOf,
  rotaIn,
  rotaRound,
  rotaRoundWithPolicy,
} from '../../support/consent-steps';

const close = { type: 'close-consent-round' };
const joins = { type: 'add-member', circleId: 'northside', member: newcomer };
const leaves = (personId: string) => ({ type: 'remove-member', circleId: 'northside', personId });

describe('eligibility is fixed when the consent round opens', () => {
  it('asks the members of the circle at the moment the round opens', () => {
    expect(roundOf(rotaRound()).eligible).toEqual(['amara', 'dev', 'farid', 'grace', 'hana']);
  });

  it('someone who joined before the round opened is asked, even if they joined after the draft', () => {
    let state = rotaIn(careCoop(), 'reactions');
    state = circleChanged(state, [joins]);
    state = act(state, { type: 'open-consent-round', options: {} }, 'hana');
    expect(roundOf(state).eligible).toContain('ivo');
  });

  it('does not change when the round resumes after integration', () => {
    let state = answers(rotaRound('sync'), [
      ['amara', consent],
      ['dev', consent],
      ['farid', consent],
      ['grace', objection('Same carer, please.')],
      ['hana', consent],
    ]);
    state = act(state, close, 'hana');
    state = circleChanged(state, [joins]);
    state = act(state, { type: 'withdraw-objection' }, 'grace');
    expect(roundOf(state).eligible).toEqual(['amara', 'dev', 'farid', 'grace', 'hana']);
    expect(proposalOf(act(state, close, 'hana')).status).toBe('adopted');
  });

  it('refuses to open a round in a circle with no members to ask', () => {
    const state = rotaIn(careCoop(), 'reactions');
    expect(refused({ ...state, circle: { ...state.circle, members: [] } }, { type: 'open-consent-round', options: {} }, 'hana').code).toBe(
      'not-eligible',
    );
  });
});

describe('a member who joins later is not asked', () => {
  it('cannot answer in the running round, and nothing is recorded', () => {
    const state = circleChanged(rotaRound(), [joins]);
    expect(refused(state, { type: 'answer', answer: consent }, 'ivo').code).toBe('not-eligible');
    expect(refused(state, { type: 'answer', answer: objection('I was not asked.') }, 'ivo').code).toBe('not-eligible');
  });

  it('is not waited for: the round closes without them, in a meeting and at a deadline', () => {
    const sync = circleChanged(answers(rotaRound('sync'), [['amara', consent]]), [joins]);
    expect(refused(sync, { ...close, present: ['amara', 'ivo'] }, 'hana')).toMatchObject({ code: 'not-eligible', field: 'present' });
    const inMeeting = circleChanged(rotaRound('sync'), [joins]);
    const allAsked = answers(inMeeting, [
      ['amara', consent],
      ['dev', consent],
      ['farid', consent],
      ['grace', consent],
      ['hana', consent],
    ]);
    expect(proposalOf(act(allAsked, close, 'hana')).status).toBe('adopted');

    const silent = rotaRoundWithPolicy({
      closing: { defaultMode: 'async', deadlineDays: 7, silence: 'silence-is-consent', quorumPercent: null, closingSoonHours: 24 },
    });
    const later = answers(circleChanged(silent, [joins]), [['amara', consent]]);
    expect(proposalAt(act(later, close, 'hana', daysFromNow(7)), 'adopted').silentConsent).not.toContain('ivo');
  });

  it('does not count towards the quorum', () => {
    const quorum = rotaRoundWithPolicy({
      closing: { defaultMode: 'async', deadlineDays: 7, silence: 'silence-is-consent', quorumPercent: 60, closingSoonHours: 24 },
    });
    let state = answers(quorum, [
      ['amara', consent],
      ['dev', consent],
      ['farid', consent],
    ]);
    // 3 of 5 asked is 60 %; had Ivo been counted it would be 3 of 6.
    state = circleChanged(state, [joins]);
    expect(proposalOf(act(state, close, 'hana', daysFromNow(7))).status).toBe('adopted');
  });
});

describe('a member who leaves is no longer counted', () => {
  it('can no longer answer, and is not waited for', () => {
    let state = answers(rotaRound('sync'), [
      ['amara', consent],
      ['dev', consent],
      ['grace', consent],
      ['hana', consent],
    ]);
    expect(refused(state, close, 'hana').code).toBe('answers-missing');
    state = circleChanged(state, [leaves('farid')]);
    expect(refused(state, { type: 'answer', answer: consent }, 'farid').code).toBe('not-eligible');
    expect(proposalOf(act(state, close, 'hana')).status).toBe('adopted');
  });

  it('is not listed among the silent at the deadline', () => {
    const silent = rotaRoundWithPolicy({
      closing: { defaultMode: 'async', deadlineDays: 7, silence: 'silence-is-consent', quorumPercent: null, closingSoonHours: 24 },
    });
    const state = circleChanged(answers(silent, [['amara', consent]]), [leaves('farid')]);
    expect(proposalAt(act(state, close, 'hana', daysFromNow(7)), 'adopted').silentConsent).toEqual(['dev', 'grace', 'hana']);
  });

  it('does not count towards the quorum, either as answered or as asked', () => {
    const quorum = rotaRoundWithPolicy({
      closing: { defaultMode: 'async', deadlineDays: 7, silence: 'silence-is-consent', quorumPercent: 75, closingSoonHours: 24 },
    });
    const state = answers(quorum, [
      ['amara', consent],
      ['dev', consent],
      ['farid', consent],
    ]);
    // 3 of 5 is short of 75 %.
    expect(refused(state, close, 'hana', daysFromNow(7)).code).toBe('quorum-not-met');
    // Grace, who had not answered, leaves: 3 of 4 is 75 %.
    expect(proposalOf(act(circleChanged(state, [leaves('grace')]), close, 'hana', daysFromNow(7))).status).toBe('adopted');
    // Farid, who had answered, leaves instead: 2 of 4 is short.
    expect(refused(circleChanged(state, [leaves('farid')]), close, 'hana', daysFromNow(7)).code).toBe('quorum-not-met');
  });

  it('may answer again after rejoining, being among those asked when the round opened', () => {
    let state = circleChanged(rotaRound(), [leaves('farid')]);
    expect(countedEligible(roundOf(state), state.circle)).toEqual(['amara', 'dev', 'grace', 'hana']);
    state = circleChanged(state, [
      { type: 'add-member', circleId: 'northside', member: { personId: 'farid', displayName: 'Farid Haddad', guest: true } },
    ]);
    expect(roundOf(act(state, { type: 'answer', answer: consent }, 'farid')).answers.farid?.kind).toBe('consent');
  });

  it('a round whose asked members have all left cannot close', () => {
    const state = rotaRound('sync');
    const gone = { ...state, circle: { ...state.circle, members: [{ personId: 'ivo', displayName: 'Ivo Novak', guest: false }] } };
    expect(refused(gone, close, 'hana').code).toBe('answers-missing');
  });
});
