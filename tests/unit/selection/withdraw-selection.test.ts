import type { SelectionState } from '../../../shared';
import { selectionDecider } from '../../../shared';
import { refusal, step } from '../../support/apply';
import { careCoop } from '../../support/care-coop';
import { daysFromNow } from '../../support/clock';
import { as, system } from '../../support/people';
import { answerAll, northsideDelegate, selectionAt, selectionOf } from '../../support/selection-flow';

const coop = careCoop();
const id = northsideDelegate.selectionId;
const withdraw = (reason = 'Dev’s term runs to the end of next year after all.') => ({
  type: 'withdraw-selection',
  selectionId: id,
  reason,
});

const integrating = (): SelectionState => {
  const round = selectionAt(coop, northsideDelegate, 'consent-round', { mode: 'sync' });
  const objected = answerAll(round, northsideDelegate, [
    ['grace', { kind: 'object', text: 'Too soon to decide.' }],
    ['dev', { kind: 'consent' }],
  ]);
  return step(selectionDecider, objected, { type: 'close-consent-round', selectionId: id, present: ['grace', 'dev'] }, as('hana'));
};

describe('withdrawing a selection, by the facilitator or whoever started it, with a reason', () => {
  const stages: [string, () => SelectionState][] = [
    ['nominations', () => selectionAt(coop, northsideDelegate, 'nominations')],
    ['change-round', () => selectionAt(coop, northsideDelegate, 'change-round')],
    ['consent-round', () => selectionAt(coop, northsideDelegate, 'consent-round')],
    ['integration', integrating],
  ];

  it.each(stages)('may withdraw a selection at %s', (stage, at) => {
    const state = at();
    expect(selectionOf(state).status).toBe(stage);
    for (const who of ['hana', 'dev']) {
      const selection = selectionOf(step(selectionDecider, state, withdraw(), as(who), daysFromNow(3)));
      expect(selection).toMatchObject({
        status: 'withdrawn',
        withdrawnAt: daysFromNow(3),
        withdrawnBy: who,
        reason: 'Dev’s term runs to the end of next year after all.',
      });
    }
  });

  it('is not another member’s step, nor the timer’s', () => {
    const state = selectionAt(coop, northsideDelegate, 'change-round');
    expect(refusal(selectionDecider, state, withdraw(), as('amara'))).toMatchObject({ code: 'not-permitted' });
    expect(refusal(selectionDecider, state, withdraw(), system)).toMatchObject({ code: 'not-permitted' });
  });

  it('requires a reason', () => {
    const state = selectionAt(coop, northsideDelegate, 'change-round');
    for (const reason of ['', '  ', undefined, 7]) {
      expect(refusal(selectionDecider, state, { type: 'withdraw-selection', selectionId: id, reason }, as('hana'))).toMatchObject({
        code: 'invalid-input',
        field: 'reason',
      });
    }
  });

  it('ends the selection: nothing more happens in it', () => {
    const withdrawn = step(selectionDecider, selectionAt(coop, northsideDelegate, 'consent-round'), withdraw(), as('hana'));
    expect(refusal(selectionDecider, withdrawn, withdraw(), as('hana'))).toMatchObject({ code: 'wrong-stage' });
    expect(
      refusal(selectionDecider, withdrawn, { type: 'answer', selectionId: id, answer: { kind: 'consent' } }, as('amara')),
    ).toMatchObject({ code: 'wrong-stage' });
    expect(
      refusal(selectionDecider, withdrawn, { type: 'nominate', selectionId: id, nominee: 'dev', reason: 'Still Dev.' }, as('amara')),
    ).toMatchObject({ code: 'wrong-stage' });
    expect(refusal(selectionDecider, withdrawn, { type: 'withdraw-objection', selectionId: id }, as('grace'))).toMatchObject({
      code: 'wrong-stage',
    });
    expect(refusal(selectionDecider, withdrawn, { type: 'close-consent-round', selectionId: id }, as('hana'))).toMatchObject({
      code: 'wrong-stage',
    });
  });
});
