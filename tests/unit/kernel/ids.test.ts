import fc from 'fast-check';
import { Id, identifier, own, parse, prototypeNames, TeamsId } from '../../../shared';
import { escapeKey, unescapeKey } from '../../../functions/storage/keys';
import { memberRowKey } from '../../../functions/storage/proposal-keys';
import { readRefusal } from '../../support/refusal-words';

const refusal = (value: unknown) => {
  const result = parse(Id, value, 'circleId');
  return result.ok ? null : readRefusal(result.error);
};

describe('an id is checked once, where it enters the core', () => {
  it('takes the ids Teams, Entra and people make', () => {
    for (const id of [
      '8f2c1e0a-4b7d-4c1e-9a57-2f1d3c4b5a69',
      '19:abc123@thread.tacv2',
      'northside',
      'Constructor',
      'Chloé’s circle',
      'a.b:c@d_e-f',
    ]) {
      expect(parse(Id, id, 'circleId')).toEqual({ ok: true, value: id });
    }
  });

  it.each([
    ['NUL', 'north\u0000side'],
    ['a line feed inside', 'north\nside'],
    ['DEL', 'north\u007fside'],
    ['a C1 control', 'north\u0085side'],
    ['the last C1 control', '\u009fnorthside'],
  ])('refuses %s, naming the field', (_, id) => {
    expect(refusal(id)).toEqual({ code: 'invalid-input', message: 'Leave out control characters such as line breaks.', field: 'circleId' });
  });

  it.each(['/', '\\', '#', '?', '%', '|'])('refuses %s, which a storage key forbids or its escaping uses', (character) => {
    expect(refusal(`north${character}side`)).toEqual({
      code: 'invalid-input',
      message: 'Leave out / \\ # ? % and |: an id cannot hold them.',
      field: 'circleId',
    });
  });

  it('refuses every name a plain object already answers to', () => {
    const names = [
      '__proto__',
      'constructor',
      'prototype',
      'toString',
      'hasOwnProperty',
      'valueOf',
      'isPrototypeOf',
      'toLocaleString',
      '__defineGetter__',
    ];
    for (const name of [...names, ...Object.getOwnPropertyNames(Object.prototype)]) {
      expect(prototypeNames.has(name)).toBe(true);
      expect(refusal(name)).toEqual({
        code: 'invalid-input',
        message: 'Choose another id: every record already has this name.',
        field: 'circleId',
      });
    }
  });

  it('refuses a prototype name hidden by spaces, since ids are trimmed first', () => {
    expect(refusal('  constructor ')?.field).toBe('circleId');
  });

  it('keeps the bounds it had: not empty, at most 128 characters (160 for agenda items)', () => {
    expect(refusal('   ')).toEqual({ code: 'invalid-input', field: 'circleId', message: 'Fill this in.' });
    expect(refusal('x'.repeat(129))?.message).toBe('At most 128 characters.');
    expect(refusal('x'.repeat(128))).toBeNull();
    expect(identifier(160).safeParse('x'.repeat(160)).success).toBe(true);
    expect(identifier(160).safeParse('toString').success).toBe(false);
  });

  it('refuses what is not a string', () => {
    for (const value of [null, 42, {}, ['a'], true]) expect(refusal(value)?.field).toBe('circleId');
  });
});

describe('any id the core accepts', () => {
  const candidates = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 140 }),
    fc.string({ unit: fc.constantFrom('a', '/', '#', '?', '%', '|', '\\', ' ', '\u0000', '\u0085', 'é', '_', ':', '@'), maxLength: 12 }),
    fc.constantFrom(...prototypeNames),
  );

  it('is an own key of a record and finds only what was stored under it', () => {
    fc.assert(
      fc.property(candidates, (candidate) => {
        const parsed = Id.safeParse(candidate);
        fc.pre(parsed.success);
        const id = parsed.data as string;
        const record: Record<string, number> = {};
        record[id] = 1;
        expect(Object.getPrototypeOf(record)).toBe(Object.prototype);
        expect(Object.keys(record)).toEqual([id]);
        expect(own(record, id)).toBe(1);
        expect(own({}, id)).toBeUndefined();
      }),
      { numRuns: 500 },
    );
  });

  it('is a Table Storage key part as it is, and two of them fit in one row key', () => {
    const longest = fc.oneof(candidates, fc.string({ unit: 'grapheme', minLength: 120, maxLength: 140 }));
    fc.assert(
      fc.property(longest, longest, (proposal, person) => {
        const proposalId = Id.safeParse(proposal);
        const personId = Id.safeParse(person);
        fc.pre(proposalId.success && personId.success);
        expect(escapeKey(proposalId.data as string)).toBe(proposalId.data);
        expect(unescapeKey(escapeKey(proposalId.data as string))).toBe(proposalId.data);
        // A key holds 1 KiB in UTF-16: 512 characters. A member row's key is the longest made of two ids.
        expect(memberRowKey(proposalId.data as string, 99_999, personId.data as string).length).toBeLessThanOrEqual(512);
      }),
      { numRuns: 500 },
    );
  });
});

describe('a lookup by id', () => {
  it('never finds a built-in property of the record', () => {
    const answers: Record<string, string> = { amara: 'consent' };
    expect(own(answers, 'amara')).toBe('consent');
    for (const name of prototypeNames) expect(own(answers, name)).toBeUndefined();
  });
});

describe('an id Teams gives (team, channel, chat), never part of a storage key', () => {
  it('keeps what Teams puts in it, and refuses control characters and prototype names still', () => {
    expect(TeamsId.safeParse('19:abc/def+g==@thread.tacv2;messageid=1').success).toBe(true);
    expect(TeamsId.safeParse('a:1Jx/9q%2B|#?').success).toBe(true);
    expect(TeamsId.safeParse('19:abc\u0000@thread.v2').success).toBe(false);
    expect(TeamsId.safeParse('constructor').success).toBe(false);
    expect(TeamsId.safeParse('x'.repeat(129)).success).toBe(false);
  });
});
