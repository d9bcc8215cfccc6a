import { nominationCounts, selectionDecider, visibleNominations } from '../../../shared';
import { refusal, step } from '../../support/apply';
import { careCoop } from '../../support/care-coop';
import { daysFromNow } from '../../support/clock';
import { as } from '../../support/people';
import { northsideDelegate, selectionAt, selectionOf } from '../../support/selection-flow';

const coop = careCoop();
const id = northsideDelegate.selectionId;
const change = (nominee: string, reason: string) => ({ type: 'change-nomination', selectionId: id, nominee, reason });

describe('change round: after hearing the reasons, each member may change their nomination', () => {
  const revealed = selectionAt(coop, northsideDelegate, 'change-round');

  it('replaces the member’s nomination with the changed one, visible to all with its new reason', () => {
    const state = step(
      selectionDecider,
      revealed,
      change('dev', 'Hearing Amara, I now think Dev can carry Grace’s voice too.'),
      as('farid'),
      daysFromNow(1),
    );
    const selection = selectionOf(state);
    expect(selection.status).toBe('change-round');
    expect(selection.nominations.farid).toEqual({
      nominator: 'farid',
      nominee: 'dev',
      reason: 'Hearing Amara, I now think Dev can carry Grace’s voice too.',
      at: daysFromNow(1),
    });
    expect(visibleNominations(selection, 'grace')).toContainEqual(selection.nominations.farid);
    expect(nominationCounts(selection)).toEqual({ dev: 4, grace: 1 });
    expect(Object.keys(selection.nominations)).toHaveLength(5);
  });

  it('leaves the other members’ nominations as they were', () => {
    const before = selectionOf(revealed).nominations;
    const after = selectionOf(step(selectionDecider, revealed, change('hana', 'Hana has the calm the hub needs.'), as('dev'))).nominations;
    expect({ ...after, dev: undefined }).toEqual({ ...before, dev: undefined });
  });

  it('still needs a reason and a member of the circle', () => {
    expect(refusal(selectionDecider, revealed, change('dev', ''), as('farid'))).toMatchObject({ code: 'invalid-input', field: 'reason' });
    expect(refusal(selectionDecider, revealed, change('ben', 'Ben knows finance.'), as('farid'))).toMatchObject({
      code: 'not-a-member',
      field: 'nominee',
    });
    expect(refusal(selectionDecider, revealed, change('dev', 'I agree with Amara.'), as('chloe'))).toMatchObject({ code: 'not-a-member' });
  });

  it('belongs after the nominations are revealed and before a candidate is proposed', () => {
    const open = selectionAt(coop, northsideDelegate, 'nominations');
    expect(refusal(selectionDecider, open, change('dev', 'Dev knows the hub.'), as('farid'))).toMatchObject({ code: 'wrong-stage' });
    const proposed = selectionAt(coop, northsideDelegate, 'consent-round');
    expect(refusal(selectionDecider, proposed, change('grace', 'Second thoughts.'), as('farid'))).toMatchObject({ code: 'wrong-stage' });
  });

  it('takes no more first nominations once the round has closed', () => {
    expect(
      refusal(selectionDecider, revealed, { type: 'nominate', selectionId: id, nominee: 'dev', reason: 'Late, sorry.' }, as('farid')),
    ).toMatchObject({ code: 'wrong-stage' });
  });
});
