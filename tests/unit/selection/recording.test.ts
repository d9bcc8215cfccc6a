import type { SelectionEvent, SelectionState, Structure } from '../../../shared';
import { assignmentOf, holderOf, selectionDecider, structureDecider, transition } from '../../../shared';
import { refusal, step, unwrap } from '../../support/apply';
import { careCoop, circleOf } from '../../support/care-coop';
import { daysFromNow, now } from '../../support/clock';
import { as, system } from '../../support/people';
import { answerAll, northsideDelegate, northsideLeader, selectionAt, selectionOf } from '../../support/selection-flow';

const coop = careCoop();
const consent = { kind: 'consent' } as const;
type Selected = Extract<SelectionEvent, { type: 'role-holder-selected' }>;

const graceAsDelegate = {
  ...northsideDelegate,
  candidate: 'grace',
  reasoning: 'Grace was named for bringing the voice of the people we support to the hub; Dev, named more often, already holds two roles.',
};

/** Closes a round as `actor` and returns the selection event it produced. */
function closing(
  state: SelectionState,
  selectionId: string,
  actor = as('hana'),
  at = now,
  present?: string[],
): { state: SelectionState; event: Selected } {
  const result = unwrap(
    transition(selectionDecider, state, { type: 'close-consent-round', selectionId, ...(present ? { present } : {}) }, actor, at),
  );
  const event = result.events.find((e): e is Selected => e.type === 'role-holder-selected');
  if (!event) throw new Error(`no role-holder-selected among ${result.events.map((e) => e.type).join(', ')}`);
  return { state: result.state, event };
}

/** Records the outcome of a selection in the structure, as the system does. */
function record(structure: Structure, event: Selected, at = now): Structure {
  return step(structureDecider, structure, assignmentOf(event), system, at);
}

describe('the role holder and term are recorded', () => {
  const round = selectionAt(coop, graceAsDelegate, 'consent-round', { mode: 'sync' });
  const answered = answerAll(round, graceAsDelegate, [
    ['amara', consent],
    ['dev', consent],
    ['farid', consent],
    ['hana', consent],
    ['grace', consent],
  ]);

  it('closes the consent round with the role holder, the term and who facilitated', () => {
    const { state, event } = closing(answered, graceAsDelegate.selectionId);
    expect(event).toEqual({
      type: 'role-holder-selected',
      selectionId: 'northside-delegate-2027',
      at: now,
      by: 'hana',
      circleId: 'northside',
      roleId: 'delegate',
      personId: 'grace',
      termStart: '2027-01-01',
      termEnd: '2028-01-01',
      facilitatedBy: 'hana',
    });
    expect(selectionOf(state)).toMatchObject({ status: 'recorded', recordedAt: now, facilitatedBy: 'hana' });
  });

  it('records the new term in the structure and ends the previous holder’s term the day before', () => {
    const { event } = closing(answered, graceAsDelegate.selectionId);
    expect(assignmentOf(event)).toEqual({
      type: 'assign-role',
      circleId: 'northside',
      assignmentId: 'northside-delegate-2027',
      roleId: 'delegate',
      personId: 'grace',
      termStart: '2027-01-01',
      termEnd: '2028-01-01',
    });
    const northside = circleOf(record(coop, event), 'northside');
    expect(northside.assignments).toContainEqual({
      assignmentId: 'northside-delegate-2027',
      roleId: 'delegate',
      personId: 'grace',
      termStart: '2027-01-01',
      termEnd: '2028-01-01',
    });
    expect(northside.assignments.find((a) => a.assignmentId === 'northside-delegate')).toMatchObject({
      personId: 'dev',
      termEnd: '2026-12-31',
    });
    expect(holderOf(northside, 'delegate', '2026-12-31')?.personId).toBe('dev');
    expect(holderOf(northside, 'delegate', '2027-01-01')?.personId).toBe('grace');
    expect(holderOf(northside, 'delegate', '2028-01-02')).toBeUndefined();
  });

  it('records a leader chosen by the hub in Northside, even one who comes from the hub', () => {
    const benAsLeader = {
      ...northsideLeader,
      nominations: { ...northsideLeader.nominations, esi: ['ben', 'Ben has run finance calmly for two years.'] as const },
      candidate: 'ben',
      reasoning: 'Amara is needed for training; Ben was named for calm leadership.',
    };
    let state = selectionAt(coop, benAsLeader, 'consent-round', { mode: 'sync' });
    state = answerAll(state, benAsLeader, [
      ['amara', consent],
      ['chloe', consent],
      ['dev', consent],
      ['esi', consent],
      ['ben', consent],
    ]);
    const { event } = closing(state, benAsLeader.selectionId, as('chloe'));
    expect(event).toMatchObject({ circleId: 'northside', roleId: 'leader', personId: 'ben', facilitatedBy: 'chloe' });
    const northside = circleOf(record(coop, event), 'northside');
    expect(holderOf(northside, 'leader', '2027-01-01')?.personId).toBe('ben');
    expect(northside.assignments.find((a) => a.assignmentId === 'northside-leader')?.termEnd).toBe('2026-12-31');
  });

  it('records an asynchronous selection closed by the timer at its deadline, naming the facilitator', () => {
    let state = selectionAt(coop, graceAsDelegate, 'consent-round', { mode: 'async' });
    state = answerAll(
      state,
      graceAsDelegate,
      [
        ['amara', consent],
        ['dev', consent],
        ['farid', consent],
        ['hana', consent],
        ['grace', consent],
      ],
      daysFromNow(2),
    );
    const { event } = closing(state, graceAsDelegate.selectionId, system, daysFromNow(7));
    expect(event).toMatchObject({ by: null, facilitatedBy: 'hana', at: daysFromNow(7), personId: 'grace' });
  });

  it('records a shortened term with its own end, which becomes the review date', () => {
    let state = selectionAt(coop, graceAsDelegate, 'consent-round', { mode: 'sync', termMonths: 6 });
    state = answerAll(state, graceAsDelegate, [
      ['amara', consent],
      ['grace', consent],
    ]);
    const { event } = closing(state, graceAsDelegate.selectionId, as('hana'), now, ['amara', 'grace']);
    const northside = circleOf(record(coop, event), 'northside');
    expect(northside.assignments.find((a) => a.assignmentId === graceAsDelegate.selectionId)).toMatchObject({
      termStart: '2027-01-01',
      termEnd: '2027-07-01',
    });
  });

  it('is final: no more answers, closing or withdrawal once recorded', () => {
    const { state } = closing(answered, graceAsDelegate.selectionId);
    const id = graceAsDelegate.selectionId;
    expect(refusal(selectionDecider, state, { type: 'answer', selectionId: id, answer: consent }, as('amara'))).toMatchObject({
      code: 'round-closed',
    });
    expect(refusal(selectionDecider, state, { type: 'close-consent-round', selectionId: id }, as('hana'))).toMatchObject({
      code: 'wrong-stage',
    });
    expect(
      refusal(selectionDecider, state, { type: 'withdraw-selection', selectionId: id, reason: 'Changed our minds.' }, as('hana')),
    ).toMatchObject({ code: 'wrong-stage' });
    expect(
      refusal(selectionDecider, state, { type: 'amend-candidate-proposal', selectionId: id, termMonths: 3 }, as('hana')),
    ).toMatchObject({ code: 'wrong-stage' });
  });
});

describe('closing a selection’s consent round', () => {
  const id = graceAsDelegate.selectionId;
  const close = (fields: object = {}) => ({ type: 'close-consent-round', selectionId: id, ...fields });
  const round = selectionAt(coop, graceAsDelegate, 'consent-round', { mode: 'sync' });
  const answered = answerAll(round, graceAsDelegate, [
    ['amara', consent],
    ['dev', consent],
    ['farid', consent],
    ['hana', consent],
    ['grace', consent],
  ]);

  it('is the facilitator’s step in a meeting: not another member’s, nor the timer’s', () => {
    expect(refusal(selectionDecider, answered, close(), as('grace'))).toMatchObject({ code: 'not-permitted' });
    expect(refusal(selectionDecider, answered, close(), system)).toMatchObject({ code: 'not-permitted' });
  });

  it('waits for everyone present to answer', () => {
    const partly = answerAll(round, graceAsDelegate, [
      ['amara', consent],
      ['grace', consent],
    ]);
    expect(refusal(selectionDecider, partly, close(), as('hana'))).toMatchObject({ code: 'answers-missing' });
  });

  it('refuses someone named present who was not asked', () => {
    expect(refusal(selectionDecider, answered, close({ present: ['amara', 'ben'] }), as('hana'))).toMatchObject({
      code: 'not-eligible',
      field: 'present',
    });
  });

  it('applies the circle’s quorum', () => {
    const structure = step(
      structureDecider,
      coop,
      { type: 'set-circle-policy', circleId: 'northside', policy: { closing: { quorumPercent: 60 } } },
      as('dev'),
    );
    let state = selectionAt(structure, graceAsDelegate, 'consent-round', { mode: 'sync' });
    state = answerAll(state, graceAsDelegate, [
      ['amara', consent],
      ['grace', consent],
    ]);
    expect(refusal(selectionDecider, state, close({ present: ['amara', 'grace'] }), as('hana'))).toMatchObject({ code: 'quorum-not-met' });
  });

  it('keeps an asynchronous round open until everyone has answered where everyone must answer', () => {
    let state = selectionAt(coop, graceAsDelegate, 'consent-round', { mode: 'async' });
    state = answerAll(state, graceAsDelegate, [
      ['amara', consent],
      ['dev', consent],
    ]);
    expect(refusal(selectionDecider, state, close(), system, daysFromNow(8))).toMatchObject({ code: 'answers-missing' });
  });

  it('does not give the role to a candidate who has left the selecting circle', () => {
    const left: SelectionState = {
      ...answered,
      structure: step(structureDecider, coop, { type: 'remove-member', circleId: 'northside', personId: 'grace' }, as('dev')),
    };
    expect(refusal(selectionDecider, left, close(), as('hana'))).toMatchObject({ code: 'not-a-member', field: 'candidate' });
    let async = selectionAt(coop, graceAsDelegate, 'consent-round', { mode: 'async' });
    async = answerAll(async, graceAsDelegate, [
      ['amara', consent],
      ['dev', consent],
      ['farid', consent],
      ['hana', consent],
    ]);
    const silent: SelectionState = { ...async, structure: left.structure };
    expect(refusal(selectionDecider, silent, close(), system, daysFromNow(8))).toMatchObject({ code: 'not-a-member', field: 'candidate' });
    const amended = step(
      selectionDecider,
      left,
      {
        type: 'amend-candidate-proposal',
        selectionId: id,
        candidate: 'dev',
        reasoning: 'Grace has moved away; Dev was named three times.',
      },
      as('hana'),
    );
    expect(selectionOf(amended)).toMatchObject({ status: 'consent-round', proposal: { revision: 2, candidate: 'dev' } });
  });

  it('belongs to the consent round', () => {
    expect(refusal(selectionDecider, selectionAt(coop, graceAsDelegate, 'change-round'), close(), as('hana'))).toMatchObject({
      code: 'wrong-stage',
    });
  });
});
