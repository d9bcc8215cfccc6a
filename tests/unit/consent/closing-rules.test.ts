import type { ProposalState } from '../../../shared';
import { careCoop } from '../../support/care-coop';
import { daysFromNow, now } from '../../support/clock';
import {
  act,
  allConsent,
  answers,
  circleChanged,
  concern,
  consent,
  eventsOf,
  objection,
  proposalAt,
  proposalOf,
  refused,
  roundOf,
  rotaIn,
  rotaRound,
  rotaRoundWithPolicy,
  standAside,
} from '../../support/consent-steps';
import { admin, system } from '../../support/people';

const close = { type: 'close-consent-round' };
const openRound = (options: object) => ({ type: 'open-consent-round', options });

describe('synchronous closing: the facilitator closes the round once everyone present has answered', () => {
  it('adopts when everyone has answered and no objection is open, facilitated by the one who closed', () => {
    const state = allConsent(rotaRound('sync'));
    expect(roundOf(state)).toMatchObject({ mode: 'sync', deadline: null });
    expect(eventsOf(state, close, 'hana')).toEqual([
      {
        type: 'proposal-adopted',
        proposalId: 'weekend-rota',
        at: now,
        by: 'hana',
        facilitatedBy: 'hana',
        silentConsent: [],
        reviewDate: '2027-06-01',
      },
    ]);
    expect(proposalAt(act(state, close, 'hana'), 'adopted')).toMatchObject({ adoptedAt: now, facilitatedBy: 'hana', silentConsent: [] });
  });

  it('without a list of those present, everyone asked must have answered', () => {
    const state = answers(rotaRound('sync'), [
      ['amara', consent],
      ['dev', consent],
      ['hana', consent],
    ]);
    expect(refused(state, close, 'hana').code).toBe('answers-missing');
    expect(proposalOf(state).status).toBe('consent-round');
  });

  it('with those present listed, closes once each of them has answered; an absent member does not hold it up', () => {
    const state = answers(rotaRound('sync'), [
      ['amara', consent],
      ['dev', concern('Tell the night team.')],
      ['hana', consent],
    ]);
    expect(refused(state, { ...close, present: ['amara', 'dev', 'hana', 'grace'] }, 'hana').code).toBe('answers-missing');
    expect(proposalOf(act(state, { ...close, present: ['amara', 'dev', 'hana'] }, 'hana')).status).toBe('adopted');
  });

  it('refuses a list of those present naming someone not asked in this round', () => {
    const state = allConsent(rotaRound('sync'));
    expect(refused(state, { ...close, present: ['amara', 'ben'] }, 'hana')).toMatchObject({ code: 'not-eligible', field: 'present' });
  });

  it('refuses to adopt with no one present: a meeting of nobody decides nothing', () => {
    expect(refused(rotaRound('sync'), { ...close, present: [] }, 'hana')).toMatchObject({ code: 'answers-missing', field: 'present' });
    expect(refused(answers(rotaRound('sync'), [['amara', consent]]), { ...close, present: [] }, 'hana')).toMatchObject({
      code: 'answers-missing',
      field: 'present',
    });
  });

  it('is closed by the facilitator only: not the author, other members, an admin, or the system timer', () => {
    const state = allConsent(rotaRound('sync'));
    for (const actor of ['dev', 'amara', 'grace']) expect(refused(state, close, actor).code).toBe('not-permitted');
    expect(refused(state, close, admin).code).toBe('not-permitted');
    expect(refused(state, close, system).code).toBe('not-permitted');
  });

  it('is a meeting round when the circle’s default mode is sync', () => {
    const state = rotaRoundWithPolicy({
      closing: { defaultMode: 'sync', deadlineDays: 7, silence: 'all-must-answer', quorumPercent: null, closingSoonHours: 24 },
    });
    expect(roundOf(state)).toMatchObject({ mode: 'sync', deadline: null });
  });
});

describe('asynchronous deadline: an async round runs until its deadline (default 7 days)', () => {
  it('sets the deadline 7 days after opening by default, and async is the default mode', () => {
    const state = rotaIn(careCoop(), 'consent-round');
    expect(roundOf(state)).toMatchObject({ mode: 'async', openedAt: now, deadline: daysFromNow(7) });
  });

  it('follows the circle’s own deadline length, or a longer one the facilitator sets', () => {
    const policy = {
      closing: {
        defaultMode: 'async' as const,
        deadlineDays: 3,
        silence: 'all-must-answer' as const,
        quorumPercent: null,
        closingSoonHours: 24,
      },
    };
    expect(roundOf(rotaRoundWithPolicy(policy)).deadline).toBe(daysFromNow(3));
    const reactions = rotaIn(careCoop(), 'reactions');
    expect(roundOf(act(reactions, openRound({ mode: 'async', deadline: daysFromNow(10) }), 'hana')).deadline).toBe(daysFromNow(10));
    expect(roundOf(act(reactions, openRound({ mode: 'sync', deadline: daysFromNow(2) }), 'hana')).deadline).toBeNull();
  });

  it('never runs shorter than the circle’s deadline, so silence cannot be rushed into consent', () => {
    const reactions = rotaIn(careCoop(), 'reactions');
    expect(refused(reactions, openRound({ mode: 'async', deadline: daysFromNow(2) }), 'hana')).toMatchObject({
      code: 'invalid-input',
      field: 'options.deadline',
    });
    expect(roundOf(act(reactions, openRound({ mode: 'async', deadline: daysFromNow(7) }), 'hana')).deadline).toBe(daysFromNow(7));
  });

  it('refuses a deadline that is not in the future', () => {
    const reactions = rotaIn(careCoop(), 'reactions');
    for (const deadline of [now, daysFromNow(-1)]) {
      expect(refused(reactions, openRound({ mode: 'async', deadline }), 'hana')).toMatchObject({
        code: 'invalid-input',
        field: 'options.deadline',
      });
    }
    expect(refused(reactions, openRound({ mode: 'async', deadline: 'next Friday' }), 'hana')).toMatchObject({
      code: 'invalid-input',
      field: 'options.deadline',
    });
  });

  it('before the deadline, with answers missing, the round stays open for the facilitator and the timer alike', () => {
    const state = answers(rotaRound(), [
      ['amara', consent],
      ['dev', consent],
    ]);
    const almost = new Date(Date.parse(daysFromNow(7)) - 1).toISOString();
    expect(refused(state, close, 'hana', almost).code).toBe('deadline-not-reached');
    expect(refused(state, close, system, almost).code).toBe('deadline-not-reached');
  });

  it('closes early once everyone has answered', () => {
    const state = allConsent(rotaRound(), daysFromNow(1));
    expect(proposalAt(act(state, close, 'hana', daysFromNow(1)), 'adopted').silentConsent).toEqual([]);
  });

  it('is closed at its deadline by the system timer, the facilitator of the day recorded as facilitating', () => {
    const state = allConsent(rotaRound());
    const at = daysFromNow(7);
    expect(eventsOf(state, close, system, at)).toEqual([
      {
        type: 'proposal-adopted',
        proposalId: 'weekend-rota',
        at,
        by: null,
        facilitatedBy: 'hana',
        silentConsent: [],
        reviewDate: '2027-06-01',
      },
    ]);
  });

  it('only the facilitator or the timer closes it, not other members or an admin', () => {
    const state = allConsent(rotaRound());
    expect(refused(state, close, 'dev', daysFromNow(8)).code).toBe('not-permitted');
    expect(refused(state, close, admin, daysFromNow(8)).code).toBe('not-permitted');
  });

  it('at the deadline an open objection means not adopted: the proposal goes to integration', () => {
    const state = answers(rotaRound(), [['grace', objection('Grace needs the same carer every weekend.')]]);
    expect(proposalOf(act(state, close, system, daysFromNow(7))).status).toBe('integration');
    expect(refused(state, close, system, daysFromNow(6)).code).toBe('deadline-not-reached');
  });

  it('an objection sends it to integration early if everyone has answered before the deadline', () => {
    let state = allConsent(rotaRound());
    state = answers(state, [['farid', objection('Saturdays are my hospital visits.')]]);
    expect(proposalOf(act(state, close, 'hana', daysFromNow(1))).status).toBe('integration');
  });

  it('keeps the deadline set when the round opened, whatever the circle decides about deadlines later', () => {
    let state = rotaRound();
    state = circleChanged(state, [
      {
        type: 'set-circle-policy',
        circleId: 'northside',
        policy: {
          ...state.circle.policy,
          closing: { defaultMode: 'async', deadlineDays: 1, silence: 'silence-is-consent', quorumPercent: null, closingSoonHours: 24 },
        },
      },
    ]);
    state = answers(state, [['amara', consent]]);
    expect(roundOf(state).deadline).toBe(daysFromNow(7));
    expect(refused(state, close, system, daysFromNow(2)).code).toBe('deadline-not-reached');
    // The round keeps the silence rule it opened with, too.
    expect(refused(state, close, system, daysFromNow(7)).code).toBe('answers-missing');
  });
});

describe('silence-is-consent: at the deadline non-responders count as consenting', () => {
  const silent = {
    closing: {
      defaultMode: 'async' as const,
      deadlineDays: 7,
      silence: 'silence-is-consent' as const,
      quorumPercent: null,
      closingSoonHours: 24,
    },
  };

  it('adopts at the deadline and records who was silent', () => {
    const state = answers(rotaRoundWithPolicy(silent), [
      ['amara', consent],
      ['hana', concern('Review it in spring.')],
    ]);
    const adopted = proposalAt(act(state, close, system, daysFromNow(7)), 'adopted');
    expect(adopted.silentConsent).toEqual(['dev', 'farid', 'grace']);
    expect(Object.keys(adopted.round.answers).sort()).toEqual(['amara', 'hana']);
  });

  it('does not adopt before the deadline, and silence never outweighs an open objection', () => {
    const state = answers(rotaRoundWithPolicy(silent), [['grace', objection('Grace needs the same carer every weekend.')]]);
    expect(refused(state, close, system, daysFromNow(6.9)).code).toBe('deadline-not-reached');
    expect(proposalOf(act(state, close, system, daysFromNow(7))).status).toBe('integration');
  });

  it('adopts with everyone silent, as the circle deliberately chose', () => {
    expect(proposalAt(act(rotaRoundWithPolicy(silent), close, system, daysFromNow(8)), 'adopted').silentConsent).toEqual([
      'amara',
      'dev',
      'farid',
      'grace',
      'hana',
    ]);
  });
});

describe('all-must-answer (the default): at the deadline the round stays open until everyone has answered', () => {
  it('is the default silence rule', () => {
    expect(roundOf(rotaRound()).closing.silence).toBe('all-must-answer');
  });

  it('stays open past the deadline while anyone has not answered, and adopts once the last one answers', () => {
    let state = answers(rotaRound(), [
      ['amara', consent],
      ['dev', consent],
      ['farid', consent],
      ['hana', consent],
    ]);
    expect(refused(state, close, system, daysFromNow(7)).code).toBe('answers-missing');
    expect(refused(state, close, 'hana', daysFromNow(30)).code).toBe('answers-missing');
    expect(proposalOf(state).status).toBe('consent-round');
    state = answers(state, [['grace', standAside]], daysFromNow(31));
    expect(proposalAt(act(state, close, system, daysFromNow(31)), 'adopted').silentConsent).toEqual([]);
  });
});

describe('quorum: a percentage of the eligible members must have answered', () => {
  const withQuorum = (quorumPercent: number, silence: 'silence-is-consent' | 'all-must-answer' = 'silence-is-consent') => ({
    closing: { defaultMode: 'async' as const, deadlineDays: 7, silence, quorumPercent, closingSoonHours: 24 },
  });

  it('with 60 % of five, three answers are enough and two are not; silent members do not count towards it', () => {
    const two = answers(rotaRoundWithPolicy(withQuorum(60)), [
      ['amara', consent],
      ['dev', consent],
    ]);
    expect(refused(two, close, system, daysFromNow(7)).code).toBe('quorum-not-met');
    const three = answers(two, [['farid', consent]]);
    expect(proposalAt(act(three, close, system, daysFromNow(7)), 'adopted').silentConsent).toEqual(['grace', 'hana']);
  });

  it('rounds up: 61 % of five needs four answers', () => {
    const three = answers(rotaRoundWithPolicy(withQuorum(61)), [
      ['amara', consent],
      ['dev', consent],
      ['farid', consent],
    ]);
    expect(refused(three, close, system, daysFromNow(7)).code).toBe('quorum-not-met');
    expect(proposalOf(act(answers(three, [['grace', consent]]), close, system, daysFromNow(7))).status).toBe('adopted');
  });

  it('applies in meetings too: those present may not be enough of the circle', () => {
    const state = answers(rotaRoundWithPolicy(withQuorum(50), 'sync'), [
      ['amara', consent],
      ['hana', consent],
    ]);
    expect(refused(state, { ...close, present: ['amara', 'hana'] }, 'hana').code).toBe('quorum-not-met');
    const three = answers(state, [['dev', consent]]);
    expect(proposalOf(act(three, { ...close, present: ['amara', 'dev', 'hana'] }, 'hana')).status).toBe('adopted');
  });

  it('an open objection goes to integration even without a quorum', () => {
    const state = answers(rotaRoundWithPolicy(withQuorum(100)), [['grace', objection('Grace needs the same carer every weekend.')]]);
    expect(proposalOf(act(state, close, system, daysFromNow(7))).status).toBe('integration');
  });
});

describe('adopted only without open objections and with the closing rule met', () => {
  function everyoneButGrace(state: ProposalState): ProposalState {
    return answers(state, [
      ['amara', consent],
      ['dev', consent],
      ['farid', consent],
      ['hana', consent],
    ]);
  }

  it('an open objection blocks; once withdrawn (no amendment) the same round can adopt', () => {
    let state = answers(everyoneButGrace(rotaRound('sync')), [['grace', objection('Same carer, please.')]]);
    state = act(state, { type: 'withdraw-objection' }, 'grace');
    expect(proposalAt(act(state, close, 'hana'), 'adopted').objections[0]?.status).toBe('withdrawn');
  });

  it('without the closing rule met there is no adoption, even with no objection at all', () => {
    expect(refused(everyoneButGrace(rotaRound('sync')), close, 'hana').code).toBe('answers-missing');
    expect(refused(everyoneButGrace(rotaRound('async')), close, system, daysFromNow(7)).code).toBe('answers-missing');
  });

  it('cannot be closed again once adopted', () => {
    const adopted = act(allConsent(rotaRound('sync')), close, 'hana');
    expect(refused(adopted, close, 'hana').code).toBe('wrong-stage');
    expect(refused(adopted, { type: 'withdraw-proposal', reason: 'Changed our minds' }, 'dev').code).toBe('wrong-stage');
  });

  it('refuses to close a round that has not opened', () => {
    expect(refused(rotaIn(careCoop(), 'reactions'), close, 'hana').code).toBe('wrong-stage');
  });
});
