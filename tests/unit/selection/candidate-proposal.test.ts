import { nominationCounts, selectionDecider, transition } from '../../../shared';
import { refusal, step } from '../../support/apply';
import { careCoop } from '../../support/care-coop';
import { daysFromNow, now } from '../../support/clock';
import { as, system } from '../../support/people';
import { nominateAll, northsideDelegate, selectionAt, selectionOf } from '../../support/selection-flow';

const coop = careCoop();
const id = northsideDelegate.selectionId;
const propose = (fields: object = {}) => ({
  type: 'propose-candidate',
  selectionId: id,
  candidate: 'dev',
  reasoning: northsideDelegate.reasoning,
  ...fields,
});

describe('the facilitator proposes a candidate citing the reasons', () => {
  const revealed = selectionAt(coop, northsideDelegate, 'change-round');

  it('opens a consent round on the candidate, the term and the facilitator’s reasoning', () => {
    const selection = selectionOf(step(selectionDecider, revealed, propose(), as('hana'), daysFromNow(1)));
    if (selection.status !== 'consent-round') throw new Error(selection.status);
    expect(selection.proposal).toEqual({
      revision: 1,
      candidate: 'dev',
      termStart: '2027-01-01',
      termEnd: '2028-01-01',
      reasoning: northsideDelegate.reasoning,
    });
    expect(selection.round).toMatchObject({
      revision: 1,
      mode: 'async',
      openedAt: daysFromNow(1),
      deadline: daysFromNow(8),
      eligible: ['amara', 'dev', 'farid', 'grace', 'hana'],
      answers: {},
    });
    expect(selection.revealedAt).toBe(now);
  });

  it('runs the round in the meeting when the facilitator says so', () => {
    const selection = selectionOf(step(selectionDecider, revealed, propose({ options: { mode: 'sync' } }), as('hana')));
    expect(selection.status === 'consent-round' && selection.round).toMatchObject({ mode: 'sync', deadline: null });
  });

  it('may propose a shorter term than the one the selection started with', () => {
    const selection = selectionOf(step(selectionDecider, revealed, propose({ termMonths: 6 }), as('hana')));
    expect(selection.status === 'consent-round' && selection.proposal).toMatchObject({ termStart: '2027-01-01', termEnd: '2027-07-01' });
  });

  it('requires the reasoning that cites the nominations', () => {
    for (const reasoning of ['', '   ', undefined]) {
      expect(refusal(selectionDecider, revealed, propose({ reasoning }), as('hana'))).toMatchObject({
        code: 'invalid-input',
        field: 'reasoning',
      });
    }
  });

  it('proposes only someone who was nominated, so there are reasons to cite', () => {
    expect(refusal(selectionDecider, revealed, propose({ candidate: 'farid' }), as('hana'))).toMatchObject({
      code: 'not-eligible',
      field: 'candidate',
    });
  });

  it('proposes only a member of the selecting circle', () => {
    expect(refusal(selectionDecider, revealed, propose({ candidate: 'ben' }), as('hana'))).toMatchObject({
      code: 'not-a-member',
      field: 'candidate',
    });
  });

  it('is the facilitator’s step: not the starter’s, the candidate’s or the timer’s', () => {
    for (const actor of [as('dev'), as('amara'), system]) {
      expect(refusal(selectionDecider, revealed, propose(), actor)).toMatchObject({ code: 'not-permitted' });
    }
  });

  it('waits for the change round', () => {
    const open = selectionAt(coop, northsideDelegate, 'nominations');
    expect(refusal(selectionDecider, open, propose(), as('hana'))).toMatchObject({ code: 'wrong-stage' });
    const proposed = selectionAt(coop, northsideDelegate, 'consent-round');
    expect(refusal(selectionDecider, proposed, propose(), as('hana'))).toMatchObject({ code: 'wrong-stage' });
  });

  it('refuses an asynchronous deadline that is already past', () => {
    const error = refusal(selectionDecider, revealed, propose({ options: { mode: 'async', deadline: daysFromNow(-1) } }), as('hana'));
    expect(error.code).toBe('invalid-input');
    expect(error.field).toMatch(/deadline$/);
  });

  it.each([
    [{ termMonths: 0 }, 'termMonths'],
    [{ options: { mode: 'by-post' } }, 'options.mode'],
    [{ candidate: '' }, 'candidate'],
  ])('refuses %j as invalid input on %s', (fields, field) => {
    expect(refusal(selectionDecider, revealed, propose(fields), as('hana'))).toMatchObject({ code: 'invalid-input', field });
  });
});

describe('nominations are never a vote count', () => {
  it('shows counts only once the nominations are revealed, as information', () => {
    expect(nominationCounts(selectionOf(selectionAt(coop, northsideDelegate, 'nominations')))).toEqual({});
    const revealed = selectionOf(selectionAt(coop, northsideDelegate, 'change-round'));
    expect(nominationCounts(revealed)).toEqual({ dev: 3, grace: 2 });
  });

  it('lets the facilitator propose someone named fewer times than another', () => {
    const revealed = selectionAt(coop, northsideDelegate, 'change-round');
    const selection = selectionOf(
      step(
        selectionDecider,
        revealed,
        propose({
          candidate: 'grace',
          reasoning: 'Grace was named for first-hand voice, which the hub lacks; Dev offered to support her.',
        }),
        as('hana'),
      ),
    );
    expect(selection.status === 'consent-round' && selection.proposal.candidate).toBe('grace');
  });

  it('never makes anyone the role holder by the count alone: even a unanimous nomination only opens the change round', () => {
    const unanimous = Object.fromEntries(['amara', 'dev', 'farid', 'grace', 'hana'].map((p) => [p, ['dev', 'Dev, clearly.'] as const]));
    const script = { ...northsideDelegate, nominations: unanimous };
    const nominated = nominateAll(selectionAt(coop, script, 'nominations'), script);
    const closed = transition(selectionDecider, nominated, { type: 'close-nominations', selectionId: id }, as('hana'), now);
    expect(closed.ok && closed.value.events.map((e) => e.type)).toEqual(['nominations-revealed']);
    if (!closed.ok) return;
    expect(nominationCounts(selectionOf(closed.value.state))).toEqual({ dev: 5 });
    const proposed = transition(selectionDecider, closed.value.state, propose(), as('hana'), now);
    expect(proposed.ok && proposed.value.events.map((e) => e.type)).toEqual(['candidate-proposed']);
  });
});
