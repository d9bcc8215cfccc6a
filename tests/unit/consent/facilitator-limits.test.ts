import { selectionDecider } from '../../../shared';
import { refusal } from '../../support/apply';
import { careCoop } from '../../support/care-coop';
import {
  act,
  answers,
  circleChanged,
  consent,
  objection,
  proposalOf,
  refused,
  rota,
  rotaRound,
  rotaRoundWithPolicy,
} from '../../support/consent-steps';
import { daysFromNow } from '../../support/clock';
import { as } from '../../support/people';
import { answerAll, northsideDelegate, selectionAt } from '../../support/selection-flow';

const graceObjects = objection('Weekend carers I do not know would unsettle me.');

describe('the facilitator cannot dismiss an objection by restating the proposal', () => {
  it('refuses an amendment that changes nothing, so the objection is not marked integrated', () => {
    const state = answers(rotaRound(), [['grace', graceObjects]]);
    const same = { type: 'amend-proposal', proposalId: rota, text: proposalOf(state).text };
    expect(refused(state, same, 'hana')).toMatchObject({ code: 'invalid-input', field: 'text' });
    expect(proposalOf(act(state, { ...same, text: `${proposalOf(state).text} Familiar carers stay.` }, 'hana')).objections[0]?.status).toBe(
      'integrated',
    );
  });

  it('refuses a candidate amendment that keeps both the candidate and the term', () => {
    const round = selectionAt(careCoop(), northsideDelegate, 'consent-round');
    const restated = {
      type: 'amend-candidate-proposal',
      selectionId: northsideDelegate.selectionId,
      reasoning: 'Said again, more warmly.',
    };
    expect(refusal(selectionDecider, round, restated, as('hana'))).toMatchObject({ code: 'invalid-input', field: 'candidate' });
  });
});

describe('the candidate answers last: consenting or objecting, never standing aside from their own role', () => {
  it('refuses the candidate’s stand aside once everyone else has answered', () => {
    const others = [
      ['amara', consent],
      ['farid', consent],
      ['grace', consent],
      ['hana', consent],
    ] as const;
    const round = answerAll(selectionAt(careCoop(), northsideDelegate, 'consent-round'), northsideDelegate, others);
    const standAside = { type: 'answer', selectionId: northsideDelegate.selectionId, answer: { kind: 'stand-aside' } };
    expect(refusal(selectionDecider, round, standAside, as('dev'))).toMatchObject({ code: 'invalid-input', field: 'answer.kind' });
  });
});

describe('all-must-answer: a member whose id looks like an object property is still waited for', () => {
  it('refuses "constructor" as a member\'s id in the first place', () => {
    expect(() =>
      circleChanged(rotaRoundWithPolicy({}), [
        { type: 'add-member', circleId: 'northside', member: { personId: 'constructor', displayName: 'Con Structor', guest: true } },
      ]),
    ).toThrow(/Choose another id: every record already has this name/);
  });

  it('does not take a member called "constructor" (recorded before ids were checked) for someone who answered', () => {
    const round = rotaRoundWithPolicy({});
    const state = {
      ...round,
      circle: {
        ...round.circle,
        members: [...round.circle.members, { personId: 'constructor', displayName: 'Con Structor', guest: true }],
      },
    };
    const reopened = act(
      state,
      { type: 'amend-proposal', proposalId: rota, text: 'Weekend shifts rotate monthly, asked again of everyone.' },
      'dev',
    );
    const answered = answers(reopened, [
      ['amara', consent],
      ['dev', consent],
      ['farid', consent],
      ['grace', consent],
      ['hana', consent],
    ]);
    expect(refused(answered, { type: 'close-consent-round', proposalId: rota }, 'hana', daysFromNow(8))).toMatchObject({
      code: 'answers-missing',
    });
  });
});
