import type { ProposalState } from '../../../shared';
import { careCoop } from '../../support/care-coop';
import { daysFromNow, now } from '../../support/clock';
import {
  act,
  answer,
  answers,
  circleChanged,
  consent,
  eventsOf,
  newcomer,
  objection,
  openObjectorsOf,
  proposalAt,
  proposalOf,
  refused,
  roundOf,
  rotaIn,
  rotaRound,
} from '../../support/consent-steps';
import { admin, system } from '../../support/people';

const graceObjects = objection('Grace needs the same carer every weekend.');
const close = { type: 'close-consent-round' };
const withdraw = { type: 'withdraw-objection' };
const amend = {
  type: 'amend-proposal',
  text: 'Weekend shifts rotate monthly; each supported person keeps one familiar carer each weekend.',
};

/** A meeting round in which everyone answers and Grace objects, closed by Hana: in integration. */
function integrating(others: ReadonlyArray<readonly [string, ReturnType<typeof objection>]> = []): ProposalState {
  let state = answers(rotaRound('sync'), [
    ['amara', consent],
    ['dev', consent],
    ['farid', consent],
    ['grace', graceObjects],
    ['hana', consent],
    ...others,
  ]);
  state = act(state, close, 'hana');
  expect(proposalOf(state).status).toBe('integration');
  return state;
}

describe('integration: an open objection at closing sends the proposal to integration', () => {
  it('closing with an open objection starts integration, naming the open objectors', () => {
    const state = answers(rotaRound('sync'), [
      ['amara', consent],
      ['dev', consent],
      ['farid', objection('Saturdays are hospital visits.')],
      ['grace', graceObjects],
      ['hana', consent],
    ]);
    expect(eventsOf(state, close, 'hana')).toEqual([
      { type: 'integration-started', proposalId: 'weekend-rota', at: now, by: 'hana', openObjections: ['farid', 'grace'] },
    ]);
    expect(proposalOf(act(state, close, 'hana')).status).toBe('integration');
  });

  it('during integration the round takes no answers and cannot be closed', () => {
    const state = integrating();
    expect(refused(state, { type: 'answer', answer: consent }, 'grace').code).toBe('round-closed');
    expect(refused(state, close, 'hana').code).toBe('wrong-stage');
  });

  it('when the last objection is withdrawn the round resumes, keeping its answers, and the facilitator can close it', () => {
    let state = integrating([['farid', objection('Saturdays are hospital visits.')]]);
    const later = daysFromNow(1);
    expect(eventsOf(state, withdraw, 'farid', later).map((e) => e.type)).toEqual(['objection-withdrawn']);
    state = act(state, withdraw, 'farid', later);
    expect(proposalOf(state).status).toBe('integration');
    expect(eventsOf(state, withdraw, 'grace', later).map((e) => e.type)).toEqual(['objection-withdrawn', 'consent-round-resumed']);
    state = act(state, withdraw, 'grace', later);
    expect(proposalOf(state).status).toBe('consent-round');
    expect(roundOf(state).answers.amara?.kind).toBe('consent');
    state = act(state, close, 'hana', later);
    expect(proposalAt(state, 'adopted').adoptedAt).toBe(later);
  });

  it('amending during integration integrates the objection and reruns the round on the new revision', () => {
    const later = daysFromNow(2);
    const state = act(integrating(), amend, 'dev', later);
    const proposal = proposalAt(state, 'consent-round');
    expect(proposal.revision).toBe(2);
    expect(proposal.text).toBe(amend.text);
    expect(proposal.objections).toEqual([
      {
        objector: 'grace',
        revision: 1,
        reason: 'Grace needs the same carer every weekend.',
        raisedAt: now,
        status: 'integrated',
        resolvedAt: later,
      },
    ]);
    expect(proposal.round).toMatchObject({ revision: 2, mode: 'sync', openedAt: later, answers: {} });
  });
});

describe('an objection stays open until the proposal is amended or the objector withdraws it', () => {
  it('stays open through other members’ answers, a change of facilitator and the passing of the deadline', () => {
    let state = answer(rotaRound(), 'grace', graceObjects);
    state = answers(state, [
      ['amara', consent],
      ['hana', consent],
    ]);
    state = circleChanged(state, [
      {
        type: 'assign-role',
        circleId: 'northside',
        assignmentId: 'northside-facilitator-2',
        roleId: 'facilitator',
        personId: 'amara',
        termStart: '2026-11-22',
      },
    ]);
    expect(openObjectorsOf(state)).toEqual(['grace']);
    state = act(state, close, system, daysFromNow(30));
    expect(proposalOf(state).status).toBe('integration');
    expect(openObjectorsOf(state)).toEqual(['grace']);
  });

  it('is withdrawn by the objector: it no longer blocks, and its reason stays on record as the objector’s concern', () => {
    const later = daysFromNow(1);
    const state = act(answer(rotaRound(), 'grace', graceObjects), withdraw, 'grace', later);
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
    expect(roundOf(state).answers.grace).toEqual({ kind: 'concern', text: 'Grace needs the same carer every weekend.', at: later });
    expect(proposalOf(state).status).toBe('consent-round');
  });

  it('is integrated by an amendment in the consent round, which reruns the round', () => {
    const later = daysFromNow(1);
    const state = act(answer(rotaRound(), 'grace', graceObjects), amend, 'hana', later);
    expect(proposalOf(state).objections[0]).toMatchObject({ status: 'integrated', resolvedAt: later });
    expect(roundOf(state)).toMatchObject({ revision: 2, answers: {} });
  });

  it('cannot be withdrawn twice, nor by someone who has no open objection', () => {
    const state = act(answer(rotaRound(), 'grace', graceObjects), withdraw, 'grace');
    expect(refused(state, withdraw, 'grace').code).toBe('not-objector');
    expect(refused(rotaRound(), withdraw, 'amara').code).toBe('not-objector');
  });

  it('belongs to its revision: after an amendment the objector must object again on the new text', () => {
    let state = act(answer(rotaRound(), 'grace', graceObjects), amend, 'dev');
    expect(refused(state, withdraw, 'grace').code).toBe('not-objector');
    state = answer(state, 'grace', objection('Still no familiar carer on Sundays.'));
    expect(proposalOf(state).objections.map((o) => [o.revision, o.status])).toEqual([
      [1, 'integrated'],
      [2, 'open'],
    ]);
  });

  it('stays open after its objector leaves the circle (the rule names only amending and withdrawing), so it still blocks', () => {
    let state = answers(rotaRound(), [
      ['amara', consent],
      ['dev', consent],
      ['farid', consent],
      ['grace', graceObjects],
      ['hana', consent],
    ]);
    state = circleChanged(state, [{ type: 'remove-member', circleId: 'northside', personId: 'grace' }]);
    expect(proposalOf(act(state, close, 'hana')).status).toBe('integration');
    // … and the objector can still withdraw it herself.
    expect(openObjectorsOf(act(state, withdraw, 'grace'))).toEqual([]);
  });
});

describe('the facilitator cannot dismiss an objection', () => {
  it.each([
    ['Hana, the facilitator', 'hana'],
    ['Dev, the author', 'dev'],
    ['Amara, the leader', 'amara'],
  ])('%s cannot withdraw Grace’s objection, in the round or in integration', (_who, actor) => {
    const inRound = answer(rotaRound(), 'grace', graceObjects);
    expect(refused(inRound, withdraw, actor).code).toBe('not-objector');
    const inIntegration = integrating();
    expect(refused(inIntegration, withdraw, actor).code).toBe('not-objector');
    expect(openObjectorsOf(inIntegration)).toEqual(['grace']);
  });

  it('neither an organisation admin nor the system can withdraw it, and a personId in the command changes nothing', () => {
    const state = integrating();
    expect(refused(state, withdraw, admin).code).toBe('not-objector');
    expect(refused(state, withdraw, system).code).toBe('not-objector');
    expect(refused(state, { ...withdraw, personId: 'grace', objector: 'grace' }, 'hana').code).toBe('not-objector');
  });

  it('the facilitator cannot close past it, even with the objector left out of those present', () => {
    const state = answers(rotaRound('sync'), [
      ['amara', consent],
      ['grace', graceObjects],
      ['hana', consent],
    ]);
    expect(refused(state, { ...close, present: ['amara', 'hana'] }, 'hana')).toMatchObject({ code: 'answers-missing', field: 'present' });
    expect(proposalOf(act(state, { ...close, present: ['amara', 'grace', 'hana'] }, 'hana')).status).toBe('integration');
  });
});

describe('amending a proposal: a new revision, earlier answers no longer count', () => {
  it('keeps the superseded revision with the answers it received in the history', () => {
    const first = answers(rotaRound(), [
      ['amara', consent],
      ['grace', graceObjects],
    ]);
    const later = daysFromNow(1);
    const state = act(first, { ...amend, title: 'Rotate weekends, keep familiar carers', reviewDate: '2027-09-01' }, 'dev', later);
    const proposal = proposalAt(state, 'consent-round');
    expect(proposal).toMatchObject({
      revision: 2,
      revisedAt: later,
      title: 'Rotate weekends, keep familiar carers',
      text: amend.text,
      reviewDate: '2027-09-01',
    });
    expect(proposal.driver).toBe(proposalOf(first).driver);
    expect(proposal.history).toEqual([
      {
        revision: 1,
        title: 'Rotate weekend shifts monthly',
        text: proposalOf(first).text,
        driver: proposalOf(first).driver,
        createdAt: now,
        answers: roundOf(first).answers,
      },
    ]);
  });

  it('reruns the round in the same mode with a fresh deadline and an empty set of answers', () => {
    const later = daysFromNow(3);
    const state = act(answer(rotaRound(), 'amara', consent), amend, 'dev', later);
    expect(roundOf(state)).toMatchObject({ revision: 2, mode: 'async', openedAt: later, deadline: daysFromNow(10), answers: {} });
  });

  it('before the consent round, makes a new revision without opening a round', () => {
    for (const stage of ['presented', 'clarifying', 'reactions'] as const) {
      const proposal = proposalOf(act(rotaIn(careCoop(), stage), amend, 'hana'));
      expect(proposal).toMatchObject({ status: stage, revision: 2, text: amend.text });
      expect(proposal.history).toEqual([expect.objectContaining({ revision: 1, answers: {} })]);
      expect('round' in proposal).toBe(false);
    }
  });

  it('is for the author or the facilitator, with a text and a future review date, at the stages where a text can change', () => {
    const state = answer(rotaRound(), 'grace', graceObjects);
    expect(refused(state, amend, 'grace').code).toBe('not-permitted');
    expect(refused(state, amend, system).code).toBe('not-permitted');
    expect(refused(state, { type: 'amend-proposal' }, 'dev')).toMatchObject({ code: 'invalid-input', field: 'text' });
    expect(refused(state, { ...amend, reviewDate: '2026-11-21' }, 'dev')).toMatchObject({
      code: 'review-date-invalid',
      field: 'reviewDate',
    });
    expect(refused(rotaIn(careCoop(), 'draft'), amend, 'dev').code).toBe('wrong-stage');
    const adopted = act(
      answers(rotaRound('sync'), [
        ['amara', consent],
        ['dev', consent],
        ['farid', consent],
        ['grace', consent],
        ['hana', consent],
      ]),
      close,
      'hana',
    );
    expect(refused(adopted, amend, 'dev').code).toBe('wrong-stage');
  });

  it('asks the circle as it is at the amendment: someone who joined since is asked in the rerun', () => {
    let state = rotaRound();
    state = circleChanged(state, [{ type: 'add-member', circleId: 'northside', member: newcomer }]);
    expect(refused(state, { type: 'answer', answer: consent }, 'ivo').code).toBe('not-eligible');
    state = act(state, amend, 'dev');
    expect(roundOf(state).eligible).toEqual(['amara', 'dev', 'farid', 'grace', 'hana', 'ivo']);
    expect(roundOf(answer(state, 'ivo', consent)).answers.ivo?.kind).toBe('consent');
  });

  it('cannot rerun a round in a circle left without members', () => {
    const state = rotaRound();
    const empty = { ...state, circle: { ...state.circle, members: [] } };
    expect(refused(empty, amend, 'dev').code).toBe('not-eligible');
  });
});
