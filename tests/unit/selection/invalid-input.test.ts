import fc from 'fast-check';
import type { Actor, SelectionState } from '../../../shared';
import {
  Actor as ActorSchema,
  errorCodes,
  Instant,
  SelectionState as SelectionStateSchema,
  selectionDecider,
  transition,
} from '../../../shared';
import { careCoop } from '../../support/care-coop';
import { daysFromNow, now } from '../../support/clock';
import { as, system } from '../../support/people';
import { answerAll, northsideDelegate, selectionAt } from '../../support/selection-flow';
import { wordsOf } from '../../support/refusal-words';

const coop = careCoop();
const id = northsideDelegate.selectionId;
const consent = { kind: 'consent' } as const;

/** A selection at each of its stages, for the properties to act on. */
function stages(): SelectionState[] {
  const sync = selectionAt(coop, northsideDelegate, 'consent-round', { mode: 'sync' });
  const objected = answerAll(sync, northsideDelegate, [
    ['grace', { kind: 'object', text: 'Too soon.' }],
    ['amara', consent],
    ['dev', consent],
  ]);
  const integrating = transition(
    selectionDecider,
    objected,
    { type: 'close-consent-round', selectionId: id, present: ['grace', 'amara', 'dev'] },
    as('hana'),
    now,
  );
  if (!integrating.ok) throw new Error(wordsOf(integrating.error));
  return [
    { structure: coop, selection: null },
    selectionAt(coop, northsideDelegate, 'nominations'),
    selectionAt(coop, northsideDelegate, 'change-round'),
    selectionAt(coop, northsideDelegate, 'consent-round', { mode: 'async' }),
    sync,
    integrating.value.state,
  ];
}
const states = stages();

/** One well-formed command of each type. */
const wellFormed: Record<string, Record<string, unknown>> = {
  'start-selection': {
    type: 'start-selection',
    selectionId: id,
    circleId: 'northside',
    roleId: 'delegate',
    termMonths: 12,
    termStart: '2027-01-01',
    roleDescription: 'Represents Northside in the hub.',
  },
  nominate: { type: 'nominate', selectionId: id, nominee: 'dev', reason: 'Knows the hub.' },
  'close-nominations': { type: 'close-nominations', selectionId: id },
  'change-nomination': { type: 'change-nomination', selectionId: id, nominee: 'grace', reason: 'Heard Farid.' },
  'propose-candidate': {
    type: 'propose-candidate',
    selectionId: id,
    candidate: 'dev',
    reasoning: 'Named most often for reporting back.',
    termMonths: 6,
    options: { mode: 'sync' },
  },
  answer: { type: 'answer', selectionId: id, answer: { kind: 'concern', text: 'Dev is busy.' } },
  'withdraw-objection': { type: 'withdraw-objection', selectionId: id },
  'amend-candidate-proposal': {
    type: 'amend-candidate-proposal',
    selectionId: id,
    candidate: 'grace',
    termMonths: 6,
    reasoning: 'Grace instead.',
  },
  'close-consent-round': { type: 'close-consent-round', selectionId: id, present: ['amara', 'dev'] },
  'withdraw-selection': { type: 'withdraw-selection', selectionId: id, reason: 'Postponed.' },
};
const fields = Object.entries(wellFormed).flatMap(([type, command]) => Object.keys(command).map((field) => [type, field] as const));

/** Values no field of any command accepts. */
const unacceptable = fc.constantFrom<unknown>(null, true, Number.NaN, -1.5, Symbol('forged'), () => 'dev');
const anyState = fc.constantFrom(...states);
const people = ['amara', 'ben', 'chloe', 'dev', 'esi', 'farid', 'grace', 'hana', 'ines'];
const anyActor = fc.oneof(fc.constantFrom(...people).map(as), fc.constant<Actor>(system));

function attempt(state: SelectionState, command: unknown, actor: unknown, at: unknown) {
  let result: ReturnType<typeof transition<unknown, SelectionState, unknown>> | undefined;
  expect(() => {
    result = transition(selectionDecider, state, command, actor, at);
  }).not.toThrow();
  if (!result) throw new Error('no result');
  return result;
}

describe('every selection and meeting transition rejects invalid input with a DomainError, never a throw: role selections', () => {
  it('refuses anything that is not a command as invalid input', () => {
    fc.assert(
      fc.property(anyState, fc.anything(), anyActor, (state, command, actor) => {
        const result = attempt(state, command, actor, now);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.error.code).toBe('invalid-input');
      }),
      { numRuns: 200 },
    );
  });

  it('names the field at fault when one field of a command is malformed', () => {
    fc.assert(
      fc.property(anyState, fc.constantFrom(...fields), unacceptable, anyActor, (state, [type, field], value, actor) => {
        const result = attempt(state, { ...wellFormed[type], [field]: value }, actor, now);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.error).toMatchObject({ code: 'invalid-input', field });
      }),
      { numRuns: 200 },
    );
  });

  it('refuses a malformed actor or moment, naming it', () => {
    const notAnActor = fc.anything().filter((a) => !ActorSchema.safeParse(a).success);
    const notAMoment = fc
      .oneof(fc.anything(), fc.string(), fc.constantFrom('2026-11-21', '2026-11-21T09:00:00+01:00', 'tomorrow'))
      .filter((t) => !Instant.safeParse(t).success);
    fc.assert(
      fc.property(anyState, fc.constantFrom(...Object.values(wellFormed)), notAnActor, notAMoment, (state, command, actor, at) => {
        const badActor = attempt(state, command, actor, now);
        expect(!badActor.ok && badActor.error.code).toBe('invalid-input');
        expect(!badActor.ok && badActor.error.field).toMatch(/^actor/);
        const badMoment = attempt(state, command, as('hana'), at);
        expect(!badMoment.ok && badMoment.error).toMatchObject({ code: 'invalid-input', field: 'now' });
      }),
      { numRuns: 100 },
    );
  });

  it('answers any sequence of well-formed commands by anyone with a known refusal or a valid next state, moving only forward', () => {
    const person = fc.oneof(
      { weight: 5, arbitrary: fc.constantFrom('amara', 'dev', 'farid', 'grace', 'hana') },
      { weight: 1, arbitrary: fc.constantFrom(...people) },
    );
    const text = fc.oneof(
      { weight: 1, arbitrary: fc.constantFrom('', ' ') },
      { weight: 6, arbitrary: fc.string({ minLength: 1, maxLength: 12 }) },
    );
    const selectionId = fc.oneof({ weight: 9, arbitrary: fc.constant(id) }, { weight: 1, arbitrary: fc.constant('other-selection') });
    const actor = fc.oneof(
      { weight: 3, arbitrary: fc.constant(as('hana')) },
      { weight: 6, arbitrary: person.map(as) },
      { weight: 1, arbitrary: fc.constant<Actor>(system) },
    );
    const command = fc.oneof(
      { withCrossShrink: false },
      {
        weight: 4,
        arbitrary: fc.record({
          type: fc.constant('start-selection'),
          selectionId,
          circleId: fc.constantFrom('hub', 'northside', 'finance', 'nowhere'),
          roleId: fc.constantFrom('leader', 'delegate', 'secretary', 'treasurer'),
        }),
      },
      {
        weight: 4,
        arbitrary: fc.record({ type: fc.constantFrom('nominate', 'change-nomination'), selectionId, nominee: person, reason: text }),
      },
      { weight: 4, arbitrary: fc.record({ type: fc.constantFrom('close-nominations', 'withdraw-objection'), selectionId }) },
      {
        weight: 4,
        arbitrary: fc.record({
          type: fc.constant('propose-candidate'),
          selectionId,
          candidate: person,
          reasoning: text,
          options: fc.constantFrom({}, { mode: 'sync' }, { mode: 'async' }),
        }),
      },
      {
        weight: 4,
        arbitrary: fc.record(
          {
            type: fc.constant('amend-candidate-proposal'),
            selectionId,
            candidate: person,
            termMonths: fc.integer({ min: -1, max: 61 }),
            reasoning: text,
          },
          { requiredKeys: ['type', 'selectionId'] },
        ),
      },
      {
        weight: 4,
        arbitrary: fc.record({
          type: fc.constant('answer'),
          selectionId,
          answer: fc.record(
            { kind: fc.constantFrom('consent', 'concern', 'object', 'stand-aside', 'veto'), text },
            { requiredKeys: ['kind'] },
          ),
        }),
      },
      {
        weight: 4,
        arbitrary: fc.record(
          { type: fc.constant('close-consent-round'), selectionId, present: fc.subarray(people) },
          { requiredKeys: ['type', 'selectionId'] },
        ),
      },
      { weight: 1, arbitrary: fc.record({ type: fc.constant('withdraw-selection'), selectionId, reason: text }) },
    );
    const forward: Record<string, string[]> = {
      nominations: ['nominations', 'change-round', 'withdrawn'],
      'change-round': ['change-round', 'consent-round', 'withdrawn'],
      'consent-round': ['consent-round', 'integration', 'recorded', 'withdrawn'],
      integration: ['integration', 'consent-round', 'withdrawn'],
      recorded: [],
      withdrawn: [],
    };
    fc.assert(
      fc.property(
        anyState,
        fc.array(fc.tuple(command, actor, fc.integer({ min: 0, max: 4 })), { minLength: 10, maxLength: 40 }),
        (initial, steps) => {
          let state = initial;
          let day = 0;
          for (const [next, actor, pause] of steps) {
            day += pause;
            const at = daysFromNow(day);
            const result = attempt(state, next, actor, at);
            if (!result.ok) {
              expect(errorCodes).toContain(result.error.code);
              expect(typeof wordsOf(result.error)).toBe('string');
              continue;
            }
            const before = state.selection?.status;
            state = result.value.state;
            expect(SelectionStateSchema.safeParse(state).success).toBe(true);
            if (before !== undefined) expect(forward[before]).toContain(state.selection?.status);
            const by = actor.kind === 'person' ? actor.personId : null;
            for (const event of result.value.events) expect(event).toMatchObject({ at, by, selectionId: state.selection?.selectionId });
          }
        },
      ),
      { numRuns: 80 },
    );
  });
});
