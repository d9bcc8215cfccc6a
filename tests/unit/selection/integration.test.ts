import type { Selection, SelectionState } from '../../../shared';
import { selectionDecider, transition } from '../../../shared';
import { refusal, step } from '../../support/apply';
import { careCoop } from '../../support/care-coop';
import { daysFromNow, now } from '../../support/clock';
import { as, system } from '../../support/people';
import { answerAll, northsideDelegate, selectionAt, selectionOf } from '../../support/selection-flow';

const coop = careCoop();
const id = northsideDelegate.selectionId;
const consent = { kind: 'consent' } as const;
const objection = { kind: 'object', text: 'Dev already holds two roles here; a third repeats the “same people” problem.' } as const;
const close = { type: 'close-consent-round', selectionId: id };
const amend = (fields: object) => ({ type: 'amend-candidate-proposal', selectionId: id, ...fields });

type Proposed = Extract<Selection, { status: 'consent-round' | 'integration' | 'recorded' }>;
function proposed(state: SelectionState): Proposed {
  const selection = selectionOf(state);
  if (selection.status !== 'consent-round' && selection.status !== 'integration' && selection.status !== 'recorded')
    throw new Error(selection.status);
  return selection;
}

/** A meeting round on Dev in which Grace objects; everyone else, Dev last, consents. */
function objectedTo(termMonths?: number): SelectionState {
  const round = selectionAt(coop, northsideDelegate, 'consent-round', {
    mode: 'sync',
    ...(termMonths === undefined ? {} : { termMonths }),
  });
  return answerAll(round, northsideDelegate, [
    ['amara', consent],
    ['farid', consent],
    ['grace', objection],
    ['hana', consent],
    ['dev', consent],
  ]);
}

describe('objections are integrated with another candidate or a changed term', () => {
  it('sends the selection to integration when the round closes with an open objection', () => {
    const result = transition(selectionDecider, objectedTo(), close, as('hana'), now);
    expect(result.ok && result.value.events).toEqual([
      { type: 'integration-started', selectionId: id, at: now, by: 'hana', openObjections: ['grace'] },
    ]);
    const selection = result.ok ? proposed(result.value.state) : null;
    expect(selection?.status).toBe('integration');
    expect(selection?.objections).toEqual([
      { objector: 'grace', revision: 1, reason: objection.text, raisedAt: now, status: 'open', resolvedAt: null },
    ]);
  });

  it('integrates the objection by proposing another candidate: a new revision, asked afresh', () => {
    const integrating = step(selectionDecider, objectedTo(), close, as('hana'));
    const reasoning = 'Grace was named twice for bringing first-hand voice; proposing her answers the concern about Dev’s load.';
    const selection = proposed(step(selectionDecider, integrating, amend({ candidate: 'grace', reasoning }), as('hana'), daysFromNow(1)));
    expect(selection.status).toBe('consent-round');
    expect(selection.proposal).toEqual({ revision: 2, candidate: 'grace', termStart: '2027-01-01', termEnd: '2028-01-01', reasoning });
    expect(selection.round).toMatchObject({ revision: 2, mode: 'sync', answers: {}, openedAt: daysFromNow(1) });
    expect(selection.objections).toEqual([
      expect.objectContaining({ objector: 'grace', status: 'integrated', resolvedAt: daysFromNow(1) }),
    ]);
    expect(selection.history).toHaveLength(1);
    expect(selection.history[0]).toMatchObject({ revision: 1, candidate: 'dev', reasoning: northsideDelegate.reasoning });
    expect(Object.keys(selection.history[0]?.answers ?? {})).toEqual(['amara', 'farid', 'grace', 'hana', 'dev']);
  });

  it('integrates the objection by changing the term, keeping the candidate and the reasoning', () => {
    const integrating = step(selectionDecider, objectedTo(), close, as('hana'));
    const selection = proposed(step(selectionDecider, integrating, amend({ termMonths: 6 }), as('hana')));
    expect(selection.proposal).toEqual({
      revision: 2,
      candidate: 'dev',
      termStart: '2027-01-01',
      termEnd: '2027-07-01',
      reasoning: northsideDelegate.reasoning,
    });
    expect(selection.round.answers).toEqual({});
  });

  it('keeps a changed term when only the candidate is changed afterwards', () => {
    const integrating = step(selectionDecider, objectedTo(6), close, as('hana'));
    expect(proposed(integrating).proposal.termEnd).toBe('2027-07-01');
    const selection = proposed(step(selectionDecider, integrating, amend({ candidate: 'grace' }), as('hana')));
    expect(selection.proposal).toMatchObject({ revision: 2, candidate: 'grace', termEnd: '2027-07-01' });
  });

  it('may amend during the consent round too, before it closes', () => {
    const selection = proposed(step(selectionDecider, objectedTo(), amend({ termMonths: 3 }), as('hana')));
    expect(selection).toMatchObject({ status: 'consent-round', proposal: { revision: 2, termEnd: '2027-04-01' } });
    expect(selection.objections[0]?.status).toBe('integrated');
  });

  it('a new revision needs the candidate’s answer again, last', () => {
    const amended = step(selectionDecider, step(selectionDecider, objectedTo(), close, as('hana')), amend({ termMonths: 6 }), as('hana'));
    expect(refusal(selectionDecider, amended, { type: 'answer', selectionId: id, answer: consent }, as('dev'))).toMatchObject({
      code: 'candidate-answers-last',
    });
    const answered = answerAll(amended, northsideDelegate, [
      ['grace', consent],
      ['dev', consent],
    ]);
    expect(proposed(step(selectionDecider, answered, { ...close, present: ['grace', 'dev'] }, as('hana'))).status).toBe('recorded');
  });

  it('amends only to someone nominated and a member', () => {
    const integrating = step(selectionDecider, objectedTo(), close, as('hana'));
    expect(refusal(selectionDecider, integrating, amend({ candidate: 'farid' }), as('hana'))).toMatchObject({
      code: 'not-eligible',
      field: 'candidate',
    });
    expect(refusal(selectionDecider, integrating, amend({ candidate: 'chloe' }), as('hana'))).toMatchObject({
      code: 'not-a-member',
      field: 'candidate',
    });
    expect(refusal(selectionDecider, integrating, amend({ termMonths: 0 }), as('hana'))).toMatchObject({
      code: 'invalid-input',
      field: 'termMonths',
    });
    expect(refusal(selectionDecider, integrating, amend({ reasoning: ' ' }), as('hana'))).toMatchObject({
      code: 'invalid-input',
      field: 'reasoning',
    });
  });

  it('is amended only by the facilitator, and only once a candidate is proposed', () => {
    const integrating = step(selectionDecider, objectedTo(), close, as('hana'));
    for (const actor of [as('dev'), as('grace'), system]) {
      expect(refusal(selectionDecider, integrating, amend({ termMonths: 6 }), actor)).toMatchObject({ code: 'not-permitted' });
    }
    expect(
      refusal(selectionDecider, selectionAt(coop, northsideDelegate, 'change-round'), amend({ termMonths: 6 }), as('hana')),
    ).toMatchObject({ code: 'wrong-stage' });
  });

  it('takes no answers while the objection is being integrated', () => {
    const integrating = step(selectionDecider, objectedTo(), close, as('hana'));
    expect(refusal(selectionDecider, integrating, { type: 'answer', selectionId: id, answer: consent }, as('grace'))).toMatchObject({
      code: 'round-closed',
    });
  });
});

describe('an objection to a candidate stays open until the objector withdraws it or the proposal is amended', () => {
  const withdraw = { type: 'withdraw-objection', selectionId: id };

  it('cannot be withdrawn by the facilitator or the candidate', () => {
    const integrating = step(selectionDecider, objectedTo(), close, as('hana'));
    for (const name of ['hana', 'dev', 'amara']) {
      expect(refusal(selectionDecider, integrating, withdraw, as(name))).toMatchObject({ code: 'not-objector' });
    }
    expect(refusal(selectionDecider, integrating, withdraw, system)).toMatchObject({ code: 'not-objector' });
  });

  it('withdrawn by the objector in integration, resumes the round with its answers and can then close', () => {
    const integrating = step(selectionDecider, objectedTo(), close, as('hana'));
    const result = transition(selectionDecider, integrating, withdraw, as('grace'), daysFromNow(1));
    expect(result.ok && result.value.events.map((e) => e.type)).toEqual(['objection-withdrawn', 'consent-round-resumed']);
    if (!result.ok) return;
    const resumed = proposed(result.value.state);
    expect(resumed.status).toBe('consent-round');
    expect(resumed.round.answers.grace).toEqual({ kind: 'concern', text: objection.text, at: daysFromNow(1) });
    expect(resumed.objections[0]).toMatchObject({ status: 'withdrawn', resolvedAt: daysFromNow(1) });
    expect(proposed(step(selectionDecider, result.value.state, close, as('hana'))).status).toBe('recorded');
  });

  it('stays in integration while another objection is open', () => {
    const round = selectionAt(coop, northsideDelegate, 'consent-round', { mode: 'sync' });
    const twoObjections = answerAll(round, northsideDelegate, [
      ['grace', objection],
      ['farid', { kind: 'object', text: 'We have not heard from Grace yet.' }],
      ['dev', consent],
    ]);
    const integrating = step(selectionDecider, twoObjections, { ...close, present: ['grace', 'farid', 'dev'] }, as('hana'));
    const result = transition(selectionDecider, integrating, withdraw, as('grace'), now);
    expect(result.ok && result.value.events.map((e) => e.type)).toEqual(['objection-withdrawn']);
    expect(result.ok && proposed(result.value.state).status).toBe('integration');
  });

  it('may be withdrawn during the round by answering again, or explicitly', () => {
    const withdrawnExplicitly = step(selectionDecider, objectedTo(), withdraw, as('grace'));
    expect(proposed(withdrawnExplicitly)).toMatchObject({ status: 'consent-round', objections: [{ status: 'withdrawn' }] });
    const answeredAgain = step(selectionDecider, objectedTo(), { type: 'answer', selectionId: id, answer: consent }, as('grace'));
    expect(proposed(answeredAgain).objections[0]?.status).toBe('withdrawn');
    expect(proposed(step(selectionDecider, answeredAgain, close, as('hana'))).status).toBe('recorded');
  });

  it('is not withdrawn outside the round or integration', () => {
    expect(refusal(selectionDecider, selectionAt(coop, northsideDelegate, 'change-round'), withdraw, as('grace'))).toMatchObject({
      code: 'wrong-stage',
    });
  });
});
