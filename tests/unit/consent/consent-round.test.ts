import { careCoop } from '../../support/care-coop';
import { daysFromNow, now } from '../../support/clock';
import {
  act,
  allConsent,
  answer,
  answers,
  circleChanged,
  concern,
  consent,
  eventsOf,
  objection,
  openObjectorsOf,
  proposalAt,
  proposalOf,
  refused,
  roundOf,
  rotaRound,
  rotaRoundWithPolicy,
  standAside,
} from '../../support/consent-steps';
import { admin, system } from '../../support/people';

const later = daysFromNow(0.5);

describe('consent round answers: each eligible member answers consent, concern, object or stand aside', () => {
  it('records each of the four answers as the member’s own, with its text and moment', () => {
    const state = answers(rotaRound(), [
      ['amara', consent],
      ['dev', concern('Check it with the night team too.')],
      ['farid', objection('I need to know who comes on Saturdays.')],
      ['grace', standAside],
    ]);
    expect(roundOf(state).answers).toEqual({
      amara: { kind: 'consent', text: null, at: now },
      dev: { kind: 'concern', text: 'Check it with the night team too.', at: now },
      farid: { kind: 'object', text: 'I need to know who comes on Saturdays.', at: now },
      grace: { kind: 'stand-aside', text: null, at: now },
    });
    expect(openObjectorsOf(state)).toEqual(['farid']);
  });

  it('records each answer as an answer-given event by the member who gave it', () => {
    expect(eventsOf(rotaRound(), { type: 'answer', answer: concern('  Night team?  ') }, 'dev', later)).toEqual([
      {
        type: 'answer-given',
        proposalId: 'weekend-rota',
        at: later,
        by: 'dev',
        answer: { kind: 'concern', text: 'Night team?', at: later },
      },
    ]);
  });

  it('keeps an optional comment with a consent or stand aside, and drops a blank one', () => {
    const state = answers(rotaRound(), [
      ['amara', { kind: 'consent', text: 'Good enough for now.' }],
      ['grace', { kind: 'stand-aside', text: '   ' }],
    ]);
    expect(roundOf(state).answers.amara?.text).toBe('Good enough for now.');
    expect(roundOf(state).answers.grace?.text).toBeNull();
  });

  it('refuses any other kind of answer, and answers from anyone who is not an eligible person', () => {
    const state = rotaRound();
    expect(refused(state, { type: 'answer', answer: { kind: 'yes' } }, 'amara')).toMatchObject({
      code: 'invalid-input',
      field: 'answer.kind',
    });
    expect(refused(state, { type: 'answer', answer: { kind: 'object', text: 'x'.repeat(2001) } }, 'amara')).toMatchObject({
      code: 'invalid-input',
      field: 'answer.text',
    });
    expect(refused(state, { type: 'answer', answer: consent }, system).code).toBe('not-a-member');
    expect(refused(state, { type: 'answer', answer: consent }, admin).code).toBe('not-eligible');
    expect(refused(state, { type: 'answer', answer: consent }, 'ben').code).toBe('not-eligible');
  });
});

describe('consent with concern requires a concern text', () => {
  it.each([[undefined], [''], ['   \n ']])('refuses a concern with text %j, naming the text field, and records nothing', (text) => {
    const state = rotaRound();
    const input = text === undefined ? { kind: 'concern' } : { kind: 'concern', text };
    expect(refused(state, { type: 'answer', answer: input }, 'dev')).toMatchObject({ code: 'text-required', field: 'text' });
  });

  it('records the concern text, which does not block adoption', () => {
    let state = answers(rotaRound('sync'), [
      ['amara', consent],
      ['dev', concern('Night team not consulted.')],
      ['farid', consent],
      ['grace', consent],
      ['hana', consent],
    ]);
    state = act(state, { type: 'close-consent-round' }, 'hana');
    const adopted = proposalAt(state, 'adopted');
    expect(adopted.round.answers.dev).toMatchObject({ kind: 'concern', text: 'Night team not consulted.' });
    expect(adopted.objections).toEqual([]);
  });
});

describe('an objection requires a reason', () => {
  it.each([[undefined], [''], ['  ']])('refuses an objection with reason %j, naming the text field, and opens no objection', (text) => {
    const input = text === undefined ? { kind: 'object' } : { kind: 'object', text };
    expect(refused(rotaRound(), { type: 'answer', answer: input }, 'grace')).toMatchObject({ code: 'reason-required', field: 'text' });
  });

  it('opens an objection owned by the objector, on the current revision, with the reason', () => {
    const state = answer(rotaRound(), 'grace', objection('  Grace needs the same carer every weekend.  '), later);
    expect(proposalOf(state).objections).toEqual([
      {
        objector: 'grace',
        revision: 1,
        reason: 'Grace needs the same carer every weekend.',
        raisedAt: later,
        status: 'open',
        resolvedAt: null,
      },
    ]);
  });

  it('restating an objection keeps one objection, raised when first raised, with the latest reason', () => {
    let state = answer(rotaRound(), 'grace', objection('Same carer, please.'));
    state = answer(state, 'grace', objection('Grace needs the same carer every weekend.'), later);
    expect(proposalOf(state).objections).toEqual([
      {
        objector: 'grace',
        revision: 1,
        reason: 'Grace needs the same carer every weekend.',
        raisedAt: now,
        status: 'open',
        resolvedAt: null,
      },
    ]);
  });
});

describe('the circle may disable stand aside', () => {
  it('refuses stand aside in a circle that has disabled it, naming the kind field', () => {
    const state = rotaRoundWithPolicy({ standAsideAllowed: false });
    expect(roundOf(state).standAsideAllowed).toBe(false);
    expect(refused(state, { type: 'answer', answer: standAside }, 'grace')).toMatchObject({ code: 'stand-aside-disabled', field: 'kind' });
    expect(roundOf(answer(state, 'grace', consent)).answers.grace?.kind).toBe('consent');
  });

  it('allows stand aside by default, and a stand aside does not block', () => {
    let state = answers(rotaRound('sync'), [
      ['amara', consent],
      ['dev', consent],
      ['farid', standAside],
      ['grace', consent],
      ['hana', consent],
    ]);
    state = act(state, { type: 'close-consent-round' }, 'hana');
    expect(proposalAt(state, 'adopted').round.answers.farid?.kind).toBe('stand-aside');
  });

  it('is fixed for a round when it opens: a policy change mid-round does not change it', () => {
    const disabledLater = circleChanged(rotaRound(), [
      { type: 'set-circle-policy', circleId: 'northside', policy: { ...rotaRound().circle.policy, standAsideAllowed: false } },
    ]);
    expect(disabledLater.circle.policy.standAsideAllowed).toBe(false);
    expect(roundOf(answer(disabledLater, 'grace', standAside)).answers.grace?.kind).toBe('stand-aside');

    const enabledLater = circleChanged(rotaRoundWithPolicy({ standAsideAllowed: false }), [
      { type: 'set-circle-policy', circleId: 'northside', policy: { ...rotaRound().circle.policy, standAsideAllowed: true } },
    ]);
    expect(refused(enabledLater, { type: 'answer', answer: standAside }, 'grace').code).toBe('stand-aside-disabled');
  });
});

describe('the latest answer counts: a member may change their answer until the round closes', () => {
  it('replaces an earlier answer with the latest', () => {
    let state = answer(rotaRound(), 'amara', consent);
    state = answer(state, 'amara', concern('Handovers on Mondays get harder.'), later);
    expect(roundOf(state).answers.amara).toEqual({ kind: 'concern', text: 'Handovers on Mondays get harder.', at: later });
  });

  it('answering anything but object withdraws the member’s own open objection', () => {
    for (const next of [consent, concern('Keep the same carer where possible.'), standAside]) {
      let state = answer(rotaRound(), 'grace', objection('Grace needs the same carer every weekend.'));
      state = answer(state, 'grace', next, later);
      expect(proposalOf(state).objections).toEqual([
        {
          objector: 'grace',
          revision: 1,
          reason: 'Grace needs the same carer every weekend.',
          raisedAt: now,
          status: 'withdrawn',
          resolvedAt: later,
        },
      ]);
      expect(roundOf(state).answers.grace?.kind).toBe(next.kind);
    }
  });

  it('objecting after consenting opens an objection; a later consent withdraws it again', () => {
    let state = answer(rotaRound('sync'), 'farid', consent);
    state = answer(state, 'farid', objection('Saturdays are my hospital visits.'));
    expect(openObjectorsOf(state)).toEqual(['farid']);
    state = answer(state, 'farid', consent, later);
    expect(openObjectorsOf(state)).toEqual([]);
    expect(roundOf(state).answers.farid?.kind).toBe('consent');
  });

  it('takes no answer once the round has closed', () => {
    const adopted = act(allConsent(rotaRound('sync')), { type: 'close-consent-round' }, 'hana');
    expect(refused(adopted, { type: 'answer', answer: objection('Too late, but no.') }, 'grace').code).toBe('round-closed');
    const integrating = act(
      answers(rotaRound('sync'), [
        ['amara', consent],
        ['dev', consent],
        ['farid', consent],
        ['grace', objection('Same carer.')],
        ['hana', consent],
      ]),
      { type: 'close-consent-round' },
      'hana',
    );
    expect(proposalOf(integrating).status).toBe('integration');
    expect(refused(integrating, { type: 'answer', answer: consent }, 'amara').code).toBe('round-closed');
  });
});

describe('equivalence: every answer weighs the same, and no one answers for someone else', () => {
  it('a command naming another person still records the actor’s own answer, never that person’s', () => {
    const state = act(rotaRound(), { type: 'answer', answer: objection('Not safe for Grace.'), personId: 'grace', by: 'grace' }, 'hana');
    expect(Object.keys(roundOf(state).answers)).toEqual(['hana']);
    expect(openObjectorsOf(state)).toEqual(['hana']);
  });

  it('the facilitator’s, leader’s or a supported person’s objection each block alike', () => {
    for (const objector of ['hana', 'amara', 'farid']) {
      let state = allConsent(rotaRound('sync'));
      state = answer(state, objector, objection('I cannot tolerate this yet.'));
      state = act(state, { type: 'close-consent-round' }, 'hana');
      expect(proposalOf(state).status).toBe('integration');
    }
  });

  it('an organisation admin has no say in another circle’s round', () => {
    expect(refused(rotaRound(), { type: 'answer', answer: consent }, admin).code).toBe('not-eligible');
  });
});

describe('consent, not majority: one reasoned objection stops a decision however many consent', () => {
  it('four consents and one objection do not adopt', () => {
    let state = answers(rotaRound('sync'), [
      ['amara', consent],
      ['dev', consent],
      ['farid', consent],
      ['grace', objection('Grace needs the same carer every weekend.')],
      ['hana', consent],
    ]);
    state = act(state, { type: 'close-consent-round' }, 'hana');
    expect(proposalOf(state).status).toBe('integration');
  });

  it('no one consenting outright, but no objection, is still consent: concerns and stand-asides do not block', () => {
    let state = answers(rotaRound('sync'), [
      ['amara', concern('Hard on parents.')],
      ['dev', concern('Payroll needs to know.')],
      ['farid', standAside],
      ['grace', standAside],
      ['hana', concern('Review it after three months.')],
    ]);
    state = act(state, { type: 'close-consent-round' }, 'hana');
    expect(proposalOf(state).status).toBe('adopted');
  });

  it('keeps no tally anywhere in the round: only answers and objections', () => {
    const round = roundOf(allConsent(rotaRound()));
    expect(Object.keys(round).sort()).toEqual([
      'answers',
      'closing',
      'deadline',
      'eligible',
      'mode',
      'openedAt',
      'revision',
      'standAsideAllowed',
    ]);
    expect(careCoop().circles.northside?.policy.closing).toEqual(round.closing);
  });
});
