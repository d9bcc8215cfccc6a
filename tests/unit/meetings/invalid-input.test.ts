import fc from 'fast-check';
import type { Actor, MeetingState } from '../../../shared';
import { Actor as ActorSchema, errorCodes, Instant, MeetingState as MeetingStateSchema, meetingDecider, transition } from '../../../shared';
import { careCoop, circleOf } from '../../support/care-coop';
import { daysFromNow, now } from '../../support/clock';
import { as, system } from '../../support/people';
import { meetingAt, meetingDay, meetingId } from '../../support/meeting-flow';

const northside = circleOf(careCoop(), 'northside');
const states: MeetingState[] = [
  { circle: northside, meeting: null },
  meetingAt(northside, 'planned'),
  meetingAt(northside, 'check-in'),
  meetingAt(northside, 'in-progress'),
  meetingAt(northside, 'closed'),
];
const report = { itemId: 'families', type: 'report', title: 'How the families are settling in', timeboxMinutes: 10 };

/** One well-formed command of each type. */
const wellFormed: Record<string, Record<string, unknown>> = {
  'plan-meeting': { type: 'plan-meeting', meetingId, scheduledFor: meetingDay, agenda: [report] },
  'open-check-in': { type: 'open-check-in', meetingId },
  'check-in': { type: 'check-in', meetingId, text: 'Glad to be here.' },
  'consent-to-agenda': { type: 'consent-to-agenda', meetingId, agenda: [report] },
  'record-minutes': { type: 'record-minutes', meetingId, itemId: 'families', notes: 'Settled.', decisionIds: ['weekend-rota'] },
  'evaluate-meeting': { type: 'evaluate-meeting', meetingId, rating: 4, comment: 'Kept to time.' },
  'close-meeting': { type: 'close-meeting', meetingId },
};
const fields = Object.entries(wellFormed).flatMap(([type, command]) => Object.keys(command).map((field) => [type, field] as const));
const unacceptable = fc.constantFrom<unknown>(null, true, Number.NaN, -1.5, Symbol('forged'), () => 'dev');
const anyState = fc.constantFrom(...states);
const people = ['amara', 'ben', 'dev', 'farid', 'grace', 'hana'];
const anyActor = fc.oneof(fc.constantFrom(...people).map(as), fc.constant<Actor>(system));

function attempt(state: MeetingState, command: unknown, actor: unknown, at: unknown) {
  let result: ReturnType<typeof transition<unknown, MeetingState, unknown>> | undefined;
  expect(() => {
    result = transition(meetingDecider, state, command, actor, at);
  }).not.toThrow();
  if (!result) throw new Error('no result');
  return result;
}

describe('every selection and meeting transition rejects invalid input with a DomainError, never a throw: meetings', () => {
  it('refuses anything that is not a command as invalid input', () => {
    fc.assert(
      fc.property(anyState, fc.anything(), anyActor, (state, command, actor) => {
        const result = attempt(state, command, actor, now);
        expect(!result.ok && result.error.code).toBe('invalid-input');
      }),
      { numRuns: 200 },
    );
  });

  it('names the field at fault when one field of a command is malformed', () => {
    fc.assert(
      fc.property(anyState, fc.constantFrom(...fields), unacceptable, anyActor, (state, [type, field], value, actor) => {
        const result = attempt(state, { ...wellFormed[type], [field]: value }, actor, now);
        expect(!result.ok && result.error).toMatchObject({ code: 'invalid-input', field });
      }),
      { numRuns: 150 },
    );
  });

  it('names the agenda item and its field when an item is malformed', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('itemId', 'type', 'title', 'timeboxMinutes', 'subjectId'),
        unacceptable,
        fc.nat({ max: 3 }),
        (field, value, position) => {
          // An item need not be about anything: only its subject may be null.
          fc.pre(!(field === 'subjectId' && value === null));
          const agenda = [
            ...Array.from({ length: position }, (_, i) => ({ ...report, itemId: `item-${i}` })),
            { ...report, [field]: value },
          ];
          const result = attempt(states[0] as MeetingState, { ...wellFormed['plan-meeting'], agenda }, as('dev'), now);
          expect(!result.ok && result.error).toMatchObject({ code: 'invalid-input', field: `agenda.${position}.${field}` });
        },
      ),
      { numRuns: 100 },
    );
  });

  it('refuses a malformed actor or moment, naming it', () => {
    const notAnActor = fc.anything().filter((a) => !ActorSchema.safeParse(a).success);
    const notAMoment = fc
      .oneof(fc.anything(), fc.constantFrom('2026-11-28', '2026-11-28T10:00:00+01:00', 'next Saturday'))
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
    const order = ['planned', 'check-in', 'in-progress', 'closed'];
    const text = fc.string({ maxLength: 20 });
    const id = fc.oneof({ weight: 9, arbitrary: fc.constant(meetingId) }, { weight: 1, arbitrary: fc.constant('hub-2026-11-30') });
    const item = fc.record({
      itemId: fc.constantFrom('families', 'weekend-rota', 'budget'),
      type: fc.constantFrom('report', 'proposal', 'review'),
      title: fc.constant('An item'),
      timeboxMinutes: fc.integer({ min: 1, max: 60 }),
    });
    const command = fc.oneof(
      fc.record({
        type: fc.constant('plan-meeting'),
        meetingId: id,
        scheduledFor: fc.constant(meetingDay),
        agenda: fc.array(item, { maxLength: 3 }),
      }),
      fc.record({ type: fc.constantFrom('open-check-in', 'close-meeting'), meetingId: id }),
      fc.record({ type: fc.constant('check-in'), meetingId: id, text }),
      fc.record(
        { type: fc.constant('consent-to-agenda'), meetingId: id, agenda: fc.array(item, { maxLength: 3 }) },
        { requiredKeys: ['type', 'meetingId'] },
      ),
      fc.record({
        type: fc.constant('record-minutes'),
        meetingId: id,
        itemId: fc.constantFrom('families', 'weekend-rota', 'delegate', 'budget'),
        notes: text,
        decisionIds: fc.subarray(['weekend-rota', 'night-cover']),
      }),
      fc.record({ type: fc.constant('evaluate-meeting'), meetingId: id, rating: fc.integer({ min: 0, max: 6 }), comment: text }),
    );
    const actor = fc.oneof(
      { weight: 3, arbitrary: fc.constant(as('hana')) },
      { weight: 6, arbitrary: fc.constantFrom(...people).map(as) },
      { weight: 1, arbitrary: fc.constant<Actor>(system) },
    );
    fc.assert(
      fc.property(anyState, fc.array(fc.tuple(command, actor), { minLength: 5, maxLength: 30 }), (initial, steps) => {
        let state = initial;
        steps.forEach(([next, who], i) => {
          const at = daysFromNow(i / 24);
          const result = attempt(state, next, who, at);
          if (!result.ok) {
            expect(errorCodes).toContain(result.error.code);
            return;
          }
          const before = state.meeting?.status;
          state = result.value.state;
          expect(MeetingStateSchema.safeParse(state).success).toBe(true);
          if (before !== undefined) expect(order.indexOf(state.meeting?.status ?? '')).toBeGreaterThanOrEqual(order.indexOf(before));
          for (const event of result.value.events)
            expect(event).toMatchObject({ at, by: who.kind === 'person' ? who.personId : null, meetingId: state.meeting?.meetingId });
        });
      }),
      { numRuns: 80 },
    );
  });
});
