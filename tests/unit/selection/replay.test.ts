import type { SelectionEvent, SelectionState } from '../../../shared';
import { SelectionEvent as SelectionEventSchema, selectionDecider, transition } from '../../../shared';
import { unwrap } from '../../support/apply';
import { careCoop } from '../../support/care-coop';
import { daysFromNow } from '../../support/clock';
import type { PersonName } from '../../support/people';
import { as } from '../../support/people';
import { northsideDelegate, selectionAt, selectionOf, startCommand } from '../../support/selection-flow';

const coop = careCoop();
const id = northsideDelegate.selectionId;
const consent = { kind: 'consent' } as const;

/** The whole Northside delegate selection, with an objection integrated by a shorter term, as its logbook of events. */
function logbook(): { events: SelectionEvent[]; state: SelectionState } {
  let state: SelectionState = { structure: coop, selection: null };
  const events: SelectionEvent[] = [];
  const run = (command: object, who: PersonName, day: number) => {
    const result = unwrap(transition(selectionDecider, state, { selectionId: id, ...command }, as(who), daysFromNow(day)));
    state = result.state;
    events.push(...result.events);
  };
  run(startCommand(northsideDelegate), 'dev', 0);
  for (const [nominator, [nominee, reason]] of Object.entries(northsideDelegate.nominations))
    run({ type: 'nominate', nominee, reason }, nominator as PersonName, 1);
  run({ type: 'close-nominations' }, 'hana', 2);
  run({ type: 'change-nomination', nominee: 'dev', reason: 'Amara convinced me.' }, 'farid', 2);
  run({ type: 'propose-candidate', candidate: 'dev', reasoning: northsideDelegate.reasoning, options: { mode: 'sync' } }, 'hana', 2);
  run({ type: 'answer', answer: { kind: 'object', text: 'A year is long while Dev also keeps our records.' } }, 'grace', 2);
  run({ type: 'answer', answer: consent }, 'amara', 2);
  run({ type: 'answer', answer: consent }, 'dev', 2);
  run({ type: 'close-consent-round', present: ['grace', 'amara', 'dev'] }, 'hana', 2);
  run({ type: 'amend-candidate-proposal', termMonths: 6 }, 'hana', 2);
  for (const who of ['grace', 'amara', 'farid', 'hana', 'dev'] as const) run({ type: 'answer', answer: consent }, who, 2);
  run({ type: 'close-consent-round' }, 'hana', 2);
  return { events, state };
}

describe('the selection’s events are its logbook', () => {
  it('rebuilds the recorded selection from its events alone', () => {
    const { events, state } = logbook();
    expect(selectionOf(state)).toMatchObject({ status: 'recorded', proposal: { revision: 2, termEnd: '2027-07-01' } });
    expect(events.map((e) => e.type)).toEqual([
      'selection-started',
      ...Array(5).fill('nominated'),
      'nominations-revealed',
      'nominated',
      'candidate-proposed',
      'answer-given',
      'answer-given',
      'answer-given',
      'integration-started',
      'candidate-proposed',
      ...Array(5).fill('answer-given'),
      'role-holder-selected',
    ]);
    expect(events.reduce(selectionDecider.evolve, { structure: coop, selection: null })).toEqual(state);
  });

  it('records every event in the shape its schema describes', () => {
    for (const event of logbook().events) expect(SelectionEventSchema.safeParse(event)).toMatchObject({ success: true });
  });

  it('ignores, on replay, an event that does not fit the stage the selection is at', () => {
    const { events } = logbook();
    const of = (type: SelectionEvent['type']) => events.find((e) => e.type === type) as SelectionEvent;
    const at = {
      nominations: selectionAt(coop, northsideDelegate, 'nominations'),
      changeRound: selectionAt(coop, northsideDelegate, 'change-round'),
      consentRound: selectionAt(coop, northsideDelegate, 'consent-round'),
    };
    const misplaced: [SelectionState, SelectionEvent][] = [
      [at.nominations, of('candidate-proposed')],
      [at.changeRound, of('answer-given')],
      [at.changeRound, { type: 'objection-withdrawn', selectionId: id, at: daysFromNow(3), by: 'grace' }],
      [at.changeRound, of('integration-started')],
      [at.consentRound, { type: 'consent-round-resumed', selectionId: id, at: daysFromNow(3), by: 'grace' }],
      [at.changeRound, of('role-holder-selected')],
      [logbook().state, of('candidate-proposed')],
      [{ structure: coop, selection: null }, of('nominated')],
    ];
    for (const [state, event] of misplaced) expect(selectionDecider.evolve(state, event)).toEqual(state);
  });
});
