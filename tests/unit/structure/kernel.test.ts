import { z } from 'zod';
import type { Decider } from '../../../shared';
import {
  Actor,
  CalendarDate,
  CircleId,
  Instant,
  LongText,
  PersonId,
  ShortText,
  domainError,
  errorCodes,
  fail,
  failWith,
  fromZodError,
  isAdmin,
  ok,
  parse,
  personOf,
  structureDecider,
  transition,
} from '../../../shared';
import { careCoop } from '../../support/care-coop';
import { now } from '../../support/clock';
import { admin, as, system } from '../../support/people';
import { wordsOf } from '../../support/refusal-words';

/** A tiny counter decider, to see the kernel's own behaviour apart from any aggregate. */
const counter: Decider<{ type: 'add'; by: number }, number, { type: 'added'; by: number; who: string | null; at: string }> = {
  commandSchema: z.object({ type: z.literal('add'), by: z.number().int().min(1) }),
  decide: (command, state, context) =>
    state + command.by > 10
      ? fail('not-permitted', 'onlyAdminSetsRoleLimit')
      : ok([{ type: 'added', by: command.by, who: personOf(context.actor), at: context.now }]),
  evolve: (state, event) => state + event.by,
};

describe('a step: (state, command, actor, now) to new state and events, or a refusal', () => {
  it('folds the decided events into the new state and returns them for the logbook', () => {
    const result = transition(counter, 4, { type: 'add', by: 3 }, as('amara'), now);
    expect(result).toEqual({ ok: true, value: { state: 7, events: [{ type: 'added', by: 3, who: 'amara', at: now }] } });
  });

  it('returns the domain’s own refusal unchanged', () => {
    expect(transition(counter, 9, { type: 'add', by: 3 }, as('amara'), now)).toEqual({
      ok: false,
      error: { code: 'not-permitted', said: { key: 'onlyAdminSetsRoleLimit' } },
    });
  });

  it('refuses a command it cannot read, naming the field', () => {
    const result = transition(counter, 0, { type: 'add', by: 0 }, as('amara'), now);
    expect(result.ok ? null : [result.error.code, result.error.field]).toEqual(['invalid-input', 'by']);
  });

  it('refuses an unknown actor, naming the actor field at fault', () => {
    const refused = (actor: unknown) => {
      const result = transition(counter, 0, { type: 'add', by: 1 }, actor, now);
      return result.ok ? null : [result.error.code, result.error.field];
    };
    expect(refused('amara')).toEqual(['invalid-input', 'actor']);
    expect(refused({ kind: 'person' })).toEqual(['invalid-input', 'actor.personId']);
    expect(refused({ kind: 'person', personId: '  ' })).toEqual(['invalid-input', 'actor.personId']);
    expect(refused({ kind: 'robot' })).toEqual(['invalid-input', 'actor.kind']);
    expect(refused({ kind: 'person', personId: 'amara', organisationAdmin: 'yes' })).toEqual(['invalid-input', 'actor.organisationAdmin']);
  });

  it('refuses a moment that is not an ISO 8601 UTC date-time', () => {
    for (const moment of ['2026-11-21', '2026-11-21T10:00:00+01:00', 'yesterday', 1763715600000, null]) {
      const result = transition(counter, 0, { type: 'add', by: 1 }, as('amara'), moment);
      expect(result.ok ? null : [result.error.code, result.error.field]).toEqual(['invalid-input', 'now']);
    }
  });

  it('reads the command first, then who asks, then when', () => {
    const result = transition(counter, 0, { type: 'add' }, 'nobody', 'never');
    expect(result.ok ? null : result.error.field).toBe('by');
    const second = transition(counter, 0, { type: 'add', by: 1 }, 'nobody', 'never');
    expect(second.ok ? null : second.error.field).toBe('actor');
  });

  it('leaves the state it was given untouched', () => {
    const before = careCoop();
    const snapshot = JSON.parse(JSON.stringify(before));
    transition(structureDecider, before, { type: 'remove-member', circleId: 'northside', personId: 'dev' }, admin, now);
    transition(structureDecider, before, { type: 'archive-circle', circleId: 'finance' }, admin, now);
    expect(before).toEqual(snapshot);
  });
});

describe('refusals are values with a stable code', () => {
  it('the list of codes is closed and without repeats', () => {
    expect(new Set(errorCodes).size).toBe(errorCodes.length);
    expect(errorCodes).toContain('invalid-input');
    expect(errorCodes).toContain('circle-cycle');
  });

  it('a refusal carries its field only when there is one', () => {
    const noCircle = { key: 'noCircle', values: { circleId: 'north' } } as const;
    expect(domainError('not-found', noCircle, 'circleId')).toEqual({ code: 'not-found', said: noCircle, field: 'circleId' });
    expect(Object.keys(domainError('not-permitted', 'onlyAdminMovesCircles'))).toEqual(['code', 'said']);
    const termEnds = { code: 'term-invalid', said: { key: 'termEndsBeforeStart' }, field: 'termEnd' };
    expect(fail('term-invalid', 'termEndsBeforeStart', 'termEnd')).toEqual({ ok: false, error: termEnds });
    expect(failWith(domainError('wrong-stage', 'noRound'))).toEqual({
      ok: false,
      error: { code: 'wrong-stage', said: { key: 'noRound' } },
    });
    expect(ok(42)).toEqual({ ok: true, value: 42 });
  });

  it('names the first field a schema refused as a dotted path, with an optional prefix', () => {
    const schema = z.object({ answer: z.object({ text: z.string().min(1) }), items: z.array(z.string()) });
    const nested = schema.safeParse({ answer: { text: '' }, items: [] });
    expect(nested.success).toBe(false);
    if (nested.success) return;
    expect(fromZodError(nested.error)).toMatchObject({ code: 'invalid-input', field: 'answer.text' });
    expect(fromZodError(nested.error, 'command')).toMatchObject({ field: 'command.answer.text' });
    expect(wordsOf(fromZodError(nested.error))).toBe('Write the text.');
    const indexed = schema.safeParse({ answer: { text: 'ok' }, items: ['a', 7] });
    if (!indexed.success) expect(fromZodError(indexed.error).field).toBe('items.1');
  });

  it('a refusal of the whole input names no field', () => {
    const whole = z.object({}).safeParse(7);
    if (whole.success) throw new Error('parsed');
    const error = fromZodError(whole.error);
    expect(error.code).toBe('invalid-input');
    expect('field' in error).toBe(false);
  });

  it('an error without issues still reads as invalid input', () => {
    expect(fromZodError(new z.ZodError([]))).toEqual({ code: 'invalid-input', said: { key: 'inputNotAccepted' } });
  });

  it('parses outside input into a result', () => {
    expect(parse(CircleId, '  northside ')).toEqual({ ok: true, value: 'northside' });
    expect(parse(CircleId, '', 'parentId')).toMatchObject({ ok: false, error: { code: 'invalid-input', field: 'parentId' } });
  });
});

describe('who asks', () => {
  it('a person is not an organisation admin unless they say so', () => {
    expect(Actor.parse({ kind: 'person', personId: 'amara' })).toEqual({ kind: 'person', personId: 'amara', organisationAdmin: false });
    expect(isAdmin(as('amara'))).toBe(false);
    expect(isAdmin(admin)).toBe(true);
  });

  it('the system is never an admin and is no person', () => {
    expect(isAdmin(system)).toBe(false);
    expect(personOf(system)).toBeNull();
    expect(personOf(as('hana'))).toBe('hana');
  });
});

describe('identifiers, moments and texts', () => {
  it('ids are trimmed, never empty and at most 128 characters', () => {
    expect(PersonId.parse(' amara ')).toBe('amara');
    expect(PersonId.safeParse('   ').success).toBe(false);
    expect(CircleId.safeParse('c'.repeat(128)).success).toBe(true);
    expect(CircleId.safeParse('c'.repeat(129)).success).toBe(false);
  });

  it('a moment is a UTC date-time; a calendar date is a real day', () => {
    expect(Instant.safeParse('2026-11-21T09:30:00Z').success).toBe(true);
    expect(Instant.safeParse('2026-11-21T09:30:00.123Z').success).toBe(true);
    expect(Instant.safeParse('2026-11-21T09:30:00+02:00').success).toBe(false);
    expect(CalendarDate.safeParse('2028-02-29').success).toBe(true);
    expect(CalendarDate.safeParse('2027-02-29').success).toBe(false);
    expect(CalendarDate.safeParse('2027-5-1').success).toBe(false);
  });

  it('short texts must say something; long texts may be empty; both have a limit', () => {
    expect(ShortText(5).safeParse('  ').success).toBe(false);
    expect(ShortText(5).parse(' hello ')).toBe('hello');
    expect(ShortText(5).safeParse('hello!').success).toBe(false);
    expect(LongText(5).parse('  ')).toBe('');
    expect(LongText(5).safeParse('toolong').success).toBe(false);
  });
});
