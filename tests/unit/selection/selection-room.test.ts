import type { DomainError } from '../../../shared';
import { charactersOf, recordCharacters, selectionDecider, transition } from '../../../shared';
import { careCoop } from '../../support/care-coop';
import { northsideDelegate, selectionAt, selectionOf } from '../../support/selection-flow';
import { as } from '../../support/people';

describe('a selection holds only what its storage row can take', () => {
  it('refuses an amended candidate proposal that would not fit, naming the reasoning', () => {
    let state = selectionAt(careCoop(), northsideDelegate, 'consent-round');
    let refusal: DomainError | undefined;
    for (let n = 0; n < 200 && refusal === undefined; n += 1) {
      const command = {
        type: 'amend-candidate-proposal',
        selectionId: northsideDelegate.selectionId,
        termMonths: 1 + (n % 59),
        reasoning: `${n} `.padEnd(4000, 'because'),
      };
      const result = transition(selectionDecider, state, command, as(northsideDelegate.facilitator), '2026-11-21T09:00:00.000Z');
      if (result.ok) state = result.value.state;
      else refusal = result.error;
    }
    expect(refusal).toMatchObject({ code: 'record-full', field: 'reasoning' });
    expect(charactersOf(selectionOf(state))).toBeLessThanOrEqual(recordCharacters);
  });
});
