import type { SelectionState } from '../../../shared';
import { selectionDecider } from '../../../shared';
import { refusal, step } from '../../support/apply';
import { careCoop } from '../../support/care-coop';
import { daysFromNow } from '../../support/clock';
import { as, system } from '../../support/people';
import { changed } from '../../support/review-decisions';
import { answerAll, northsideDelegate, selectionAt, selectionOf } from '../../support/selection-flow';

const coop = careCoop();
const id = northsideDelegate.selectionId;
const consent = { kind: 'consent' } as const;
const answer = (a: object = consent) => ({ type: 'answer', selectionId: id, answer: a });
const others = ['amara', 'farid', 'grace', 'hana'];

describe('the candidate answers last', () => {
  describe('in an asynchronous round, after every other member asked', () => {
    const round = selectionAt(coop, northsideDelegate, 'consent-round', { mode: 'async' });

    it('refuses the candidate’s answer while anyone else is still to answer', () => {
      expect(refusal(selectionDecider, round, answer(), as('dev'))).toMatchObject({ code: 'candidate-answers-last' });
      const threeOfFour = answerAll(
        round,
        northsideDelegate,
        others.slice(0, 3).map((p) => [p, consent] as const),
      );
      expect(refusal(selectionDecider, threeOfFour, answer(), as('dev'))).toMatchObject({ code: 'candidate-answers-last' });
    });

    it('takes the candidate’s answer once everyone else has answered', () => {
      const allOthers = answerAll(
        round,
        northsideDelegate,
        others.map((p) => [p, consent] as const),
      );
      const selection = selectionOf(step(selectionDecider, allOthers, answer(), as('dev'), daysFromNow(1)));
      expect(selection.status === 'consent-round' && selection.round.answers.dev).toEqual({
        kind: 'consent',
        text: null,
        at: daysFromNow(1),
      });
    });

    it('does not wait for a member who has left the circle since the round opened', () => {
      const left: SelectionState = {
        ...round,
        structure: changed(coop, [{ type: 'remove-member', circleId: 'northside', personId: 'farid' }]),
      };
      const answered = answerAll(
        left,
        northsideDelegate,
        ['amara', 'grace', 'hana'].map((p) => [p, consent] as const),
      );
      expect(selectionOf(step(selectionDecider, answered, answer(), as('dev'))).status).toBe('consent-round');
    });

    it('lets the candidate answer at the deadline even if someone stayed silent, where silence is consent', () => {
      const structure = changed(coop, [
        { type: 'set-circle-policy', circleId: 'northside', policy: { closing: { silence: 'silence-is-consent' } } },
      ]);
      let state = selectionAt(structure, northsideDelegate, 'consent-round', { mode: 'async' });
      state = answerAll(
        state,
        northsideDelegate,
        ['amara', 'grace', 'hana'].map((p) => [p, consent] as const),
      );
      expect(refusal(selectionDecider, state, answer(), as('dev'), daysFromNow(6))).toMatchObject({ code: 'candidate-answers-last' });
      state = step(selectionDecider, state, answer(), as('dev'), daysFromNow(7));
      const closed = selectionOf(step(selectionDecider, state, { type: 'close-consent-round', selectionId: id }, system, daysFromNow(7)));
      expect(closed).toMatchObject({ status: 'recorded' });
    });
  });

  it('keeps the candidate waiting past the deadline where everyone must answer', () => {
    const state = answerAll(
      selectionAt(coop, northsideDelegate, 'consent-round', { mode: 'async' }),
      northsideDelegate,
      ['amara', 'grace', 'hana'].map((p) => [p, consent] as const),
    );
    expect(refusal(selectionDecider, state, answer(), as('dev'), daysFromNow(10))).toMatchObject({ code: 'candidate-answers-last' });
  });

  describe('in a meeting, after the others who answer', () => {
    const round = selectionAt(coop, northsideDelegate, 'consent-round', { mode: 'sync' });

    it('refuses the candidate’s answer before anyone else has answered', () => {
      expect(refusal(selectionDecider, round, answer(), as('dev'))).toMatchObject({ code: 'candidate-answers-last' });
    });

    it('takes it once others present have answered, without waiting for those absent', () => {
      let state = answerAll(round, northsideDelegate, [
        ['amara', consent],
        ['hana', consent],
      ]);
      state = step(selectionDecider, state, answer(), as('dev'));
      const closed = selectionOf(
        step(selectionDecider, state, { type: 'close-consent-round', selectionId: id, present: ['amara', 'hana', 'dev'] }, as('hana')),
      );
      expect(closed.status).toBe('recorded');
    });

    it('lets a lone member of a circle, proposed as candidate, answer for themself', () => {
      const structure = changed(coop, [
        { type: 'create-circle', circleId: 'garden', name: 'Community garden', parentId: 'hub' },
        { type: 'add-member', circleId: 'garden', member: { personId: 'esi', displayName: 'Esi Mensah' } },
      ]);
      const lone = {
        ...northsideDelegate,
        selectionId: id,
        circleId: 'garden',
        roleId: 'facilitator',
        startedBy: 'esi',
        facilitator: 'esi',
        nominations: { esi: ['esi', 'I started the garden.'] as const },
        candidate: 'esi',
      };
      const state = selectionAt(structure, lone, 'consent-round', { mode: 'sync' });
      const answered = step(selectionDecider, state, answer(), as('esi'));
      expect(selectionOf(step(selectionDecider, answered, { type: 'close-consent-round', selectionId: id }, as('esi'))).status).toBe(
        'recorded',
      );
    });
  });

  it('never gives the role by silence: the round does not close without the candidate’s own answer', () => {
    const sync = answerAll(
      selectionAt(coop, northsideDelegate, 'consent-round', { mode: 'sync' }),
      northsideDelegate,
      others.map((p) => [p, consent] as const),
    );
    expect(refusal(selectionDecider, sync, { type: 'close-consent-round', selectionId: id, present: others }, as('hana'))).toMatchObject({
      code: 'answers-missing',
    });
    const structure = changed(coop, [
      { type: 'set-circle-policy', circleId: 'northside', policy: { closing: { silence: 'silence-is-consent' } } },
    ]);
    const async = answerAll(
      selectionAt(structure, northsideDelegate, 'consent-round', { mode: 'async' }),
      northsideDelegate,
      others.map((p) => [p, consent] as const),
    );
    expect(refusal(selectionDecider, async, { type: 'close-consent-round', selectionId: id }, system, daysFromNow(8))).toMatchObject({
      code: 'answers-missing',
    });
  });
});

describe('answering in a selection’s consent round', () => {
  const round = selectionAt(coop, northsideDelegate, 'consent-round', { mode: 'sync' });

  it('is open only to those asked when the round opened', () => {
    const joined: SelectionState = {
      ...round,
      structure: changed(coop, [
        { type: 'add-member', circleId: 'northside', member: { personId: 'ines', displayName: 'Ines Rocha', guest: true } },
      ]),
    };
    expect(refusal(selectionDecider, joined, answer(), as('ines'))).toMatchObject({ code: 'not-eligible' });
    expect(refusal(selectionDecider, round, answer(), as('ben'))).toMatchObject({ code: 'not-eligible' });
    expect(refusal(selectionDecider, round, answer(), system)).toMatchObject({ code: 'not-a-member' });
  });

  it.each([
    [{ kind: 'object' }, 'reason-required', 'text'],
    [{ kind: 'object', text: '  ' }, 'reason-required', 'text'],
    [{ kind: 'concern' }, 'text-required', 'text'],
    [{ kind: 'maybe' }, 'invalid-input', 'answer.kind'],
    [{ kind: 'consent', text: 'x'.repeat(2001) }, 'invalid-input', 'answer.text'],
  ])('refuses the answer %j with %s on %s', (a, code, field) => {
    expect(refusal(selectionDecider, round, answer(a), as('amara'))).toMatchObject({ code, field });
  });

  it('refuses standing aside where the circle has disabled it', () => {
    const structure = changed(coop, [{ type: 'set-circle-policy', circleId: 'northside', policy: { standAsideAllowed: false } }]);
    const strict = selectionAt(structure, northsideDelegate, 'consent-round', { mode: 'sync' });
    expect(refusal(selectionDecider, strict, answer({ kind: 'stand-aside' }), as('amara'))).toMatchObject({
      code: 'stand-aside-disabled',
      field: 'kind',
    });
    expect(selectionOf(step(selectionDecider, round, answer({ kind: 'stand-aside' }), as('amara'))).status).toBe('consent-round');
  });

  it('counts a member’s latest answer', () => {
    let state = step(selectionDecider, round, answer({ kind: 'concern', text: 'Dev already holds two roles.' }), as('amara'));
    state = step(selectionDecider, state, answer(), as('amara'), daysFromNow(1));
    const selection = selectionOf(state);
    expect(selection.status === 'consent-round' && selection.round.answers.amara).toEqual({
      kind: 'consent',
      text: null,
      at: daysFromNow(1),
    });
  });

  it('is not taken before the round opens', () => {
    expect(refusal(selectionDecider, selectionAt(coop, northsideDelegate, 'change-round'), answer(), as('amara'))).toMatchObject({
      code: 'wrong-stage',
    });
  });
});
