import fc from 'fast-check';
import type { DirectoryEntry, KnownPerson } from '../../../shared';
import { knownPeople, knownPeopleMatching, parse, PeopleQuery, peopleFound, peopleFoundAtMost, structureDecider } from '../../../shared';
import { step } from '../../support/apply';
import { careCoop } from '../../support/care-coop';
import { now } from '../../support/clock';
import { admin } from '../../support/people';
import { wordsOf } from '../../support/refusal-words';

describe('people the app has already met', () => {
  it('are every member of every circle, once each, guests marked', () => {
    const known = knownPeople(careCoop());
    expect(known.map((person) => person.personId).sort()).toEqual(['amara', 'ben', 'chloe', 'dev', 'esi', 'farid', 'grace', 'hana']);
    expect(known.find((person) => person.personId === 'grace')).toEqual({ personId: 'grace', displayName: 'Grace Lin', guest: true });
  });

  it('include the members of an archived circle: the app has met them all the same', () => {
    let structure = careCoop();
    structure = step(
      structureDecider,
      structure,
      { type: 'create-circle', circleId: 'garden', name: 'Garden', aim: 'Grow food', domain: 'The allotment', parentId: 'hub' },
      admin,
      now,
    );
    structure = step(
      structureDecider,
      structure,
      { type: 'add-member', circleId: 'garden', member: { personId: 'ivo', displayName: 'Ivo Novak', guest: false } },
      admin,
      now,
    );
    structure = step(structureDecider, structure, { type: 'archive-circle', circleId: 'garden' }, admin, now);
    expect(knownPeople(structure).map((person) => person.personId)).toContain('ivo');
  });
});

describe('finding known people by name', () => {
  const known = knownPeople(careCoop());
  const found = (query: string) => knownPeopleMatching(query, known).map((person) => person.personId);

  it('finds a name whatever its case and accents: "chloe" finds Chloé Martin', () => {
    expect(found('chloe')).toEqual(['chloe']);
    expect(found('CHLOÉ')).toEqual(['chloe']);
  });

  it('takes each word of the query as the beginning of a word of the name, in any order', () => {
    expect(found('martin ch')).toEqual(['chloe']);
    expect(found('la')).toEqual([]);
    expect(found('a')).toEqual(['amara']);
  });

  it('lists those found by name, so the same query always lists them the same way', () => {
    expect(found('h')).toEqual(['ben', 'farid', 'hana']);
  });

  it('finds nobody for a query of spaces', () => {
    expect(found('   ')).toEqual([]);
  });
});

describe('what the people picker offers', () => {
  const directoryAmara: DirectoryEntry = { personId: 'amara', displayName: 'Amara Okafor', email: 'amara@riverside.example', guest: false };
  const directoryIvo: DirectoryEntry = { personId: 'ivo', displayName: 'Ivo Novak', email: null, guest: true };
  const knownAmara: KnownPerson = { personId: 'amara', displayName: 'Amara O.', guest: false };
  const knownBen: KnownPerson = { personId: 'ben', displayName: 'Ben Hughes', guest: false };

  it('lists the directory first, then the known people it did not list, each once', () => {
    expect(peopleFound([directoryAmara, directoryIvo], [knownAmara, knownBen])).toEqual([
      { ...directoryAmara, source: 'directory' },
      { ...directoryIvo, source: 'directory' },
      { ...knownBen, email: null, source: 'known' },
    ]);
  });

  const person = (prefix: string) =>
    fc.record({
      personId: fc.constantFrom(...Array.from({ length: 40 }, (_, i) => `${prefix}${i % 30}`)),
      displayName: fc.string(),
      guest: fc.boolean(),
    });
  const directoryEntries = fc.array(fc.record({ entry: person('p'), email: fc.option(fc.emailAddress(), { nil: null }) }), {
    maxLength: 40,
  });

  it('never offers more than 25, never one person twice, and never a known person before one of the directory', () => {
    fc.assert(
      fc.property(directoryEntries, fc.array(person('p'), { maxLength: 40 }), (entries, known) => {
        const directory = entries.map(({ entry, email }) => ({ ...entry, email }));
        const offered = peopleFound(directory, known);
        const ids = offered.map((found) => found.personId);
        expect(offered.length).toBeLessThanOrEqual(peopleFoundAtMost);
        expect(new Set(ids).size).toBe(ids.length);
        const firstKnown = offered.findIndex((found) => found.source === 'known');
        if (firstKnown !== -1) expect(offered.slice(firstKnown).every((found) => found.source === 'known')).toBe(true);
        const distinct = new Set([...directory.map((entry) => entry.personId), ...known.map((entry) => entry.personId)]);
        expect(offered.length).toBe(Math.min(peopleFoundAtMost, distinct.size));
      }),
    );
  });
});

describe('the query a person types', () => {
  it('is 1 to 100 characters once trimmed, and a refusal names the query', () => {
    expect(parse(PeopleQuery, { query: '  chloé ' }, 'query')).toEqual({ ok: true, value: { query: 'chloé' } });
    const empty = parse(PeopleQuery, { query: '   ' }, 'query');
    expect(empty.ok).toBe(false);
    if (!empty.ok) expect(empty.error.field).toBe('query.query');
    const missing = parse(PeopleQuery, {}, 'query');
    expect(missing.ok ? '' : wordsOf(missing.error)).toBe('Write what to look for: 1 to 100 characters.');
    expect(parse(PeopleQuery, { query: 'x'.repeat(101) }, 'query').ok).toBe(false);
    expect(parse(PeopleQuery, { query: 'x'.repeat(100) }, 'query').ok).toBe(true);
  });
});
