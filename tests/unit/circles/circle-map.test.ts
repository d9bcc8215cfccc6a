import fc from 'fast-check';
import type { CircleMapEntry, Structure } from '../../../shared';
import { circleMap, circleMapChanges, circleMapEntry, listedCircle, mappedCircle, structureDecider, transition } from '../../../shared';
import { careCoop, circleOf } from '../../support/care-coop';
import { now, today } from '../../support/clock';
import { admin, people } from '../../support/people';
import { wordsOf } from '../../support/refusal-words';

/** Structure commands an admin may send to the care co-op, each about one circle. */
const commandArb = fc.oneof(
  fc.record({
    type: fc.constant('add-member'),
    circleId: fc.constantFrom('hub', 'northside', 'finance'),
    member: fc.constantFrom(...Object.values(people)),
  }),
  fc.record({
    type: fc.constant('remove-member'),
    circleId: fc.constantFrom('hub', 'northside', 'finance'),
    personId: fc.constantFrom(...Object.keys(people)),
  }),
  fc.record({
    type: fc.constant('rename-circle'),
    circleId: fc.constantFrom('hub', 'northside', 'finance'),
    name: fc.constantFrom('Kitchen', 'Night care', 'Money'),
  }),
  fc.record({ type: fc.constant('archive-circle'), circleId: fc.constantFrom('northside', 'finance') }),
  fc.record({
    type: fc.constant('create-circle'),
    circleId: fc.constantFrom('garden', 'kitchen'),
    name: fc.constant('Garden'),
    aim: fc.constant('Fresh food'),
    domain: fc.constant(''),
    parentId: fc.constant('hub'),
  }),
  fc.record({
    type: fc.constant('assign-role'),
    circleId: fc.constantFrom('hub', 'northside', 'finance'),
    assignmentId: fc.constantFrom('t1', 't2'),
    roleId: fc.constantFrom('leader', 'delegate', 'facilitator', 'secretary'),
    personId: fc.constantFrom('amara', 'ben', 'dev', 'esi'),
    termStart: fc.constantFrom('2026-01-01', today, '2027-03-01'),
  }),
);

/** The map kept as rows: each circle's entry, changed by each change as `circleMapChanges` says. */
function kept(map: Map<string, CircleMapEntry>, before: Structure, after: Structure): Map<string, CircleMapEntry> {
  const { changed, gone } = circleMapChanges(before, after);
  const next = new Map(map);
  for (const entry of changed) next.set(entry.circleId, entry);
  for (const circleId of gone) next.delete(circleId);
  return next;
}

const entriesOf = (structure: Structure) =>
  new Map(Object.values(structure.circles).map((circle) => [circle.circleId, circleMapEntry(circle)]));

describe('the circle map (shared/circles/circle-map.ts)', () => {
  it('shows each circle as its listing does, with a member count instead of the members, roles and policy, and holders by name', () => {
    const structure = careCoop();
    for (const mapped of circleMap(structure, today)) {
      const circle = circleOf(structure, mapped.circleId);
      const listed = listedCircle(circle, today);
      expect(mapped).toEqual({
        circleId: circle.circleId,
        name: circle.name,
        aim: circle.aim,
        parentId: circle.parentId,
        archived: circle.archived,
        binding: circle.binding,
        memberCount: circle.members.length,
        holders: Object.fromEntries(
          Object.entries(listed.holders).map(([roleId, personId]) => [
            roleId,
            { personId, displayName: circle.members.find((m) => m.personId === personId)?.displayName },
          ]),
        ),
      });
    }
    expect(circleMap(structure, today).find((c) => c.circleId === 'northside')?.holders.leader).toEqual({
      personId: 'amara',
      displayName: 'Amara Okafor',
    });
  });

  it('keeps every term whatever the day, and reads who holds a role on the day it is read', () => {
    const entry = circleMapEntry(circleOf(careCoop(), 'northside'));
    expect(mappedCircle(entry, '2000-01-01').holders).toEqual({});
    expect(Object.keys(mappedCircle(entry, today).holders).sort()).toEqual(['delegate', 'facilitator', 'leader', 'secretary']);
    expect(mappedCircle(entry, '2999-01-01').holders).toEqual({});
  });

  it('names a holder who has left the circle by their id', () => {
    const northside = circleOf(careCoop(), 'northside');
    const circle = { ...northside, members: northside.members.filter((m) => m.personId !== 'amara') };
    expect(mappedCircle(circleMapEntry(circle), today).holders.leader).toEqual({ personId: 'amara', displayName: 'amara' });
  });

  it('a change names only the circles whose entry it changed', () => {
    const before = careCoop();
    const joined = transition(structureDecider, before, { type: 'add-member', circleId: 'finance', member: people.hana }, admin, now);
    if (!joined.ok) throw new Error(wordsOf(joined.error));
    expect(circleMapChanges(before, joined.value.state)).toEqual({
      changed: [circleMapEntry(circleOf(joined.value.state, 'finance'))],
      gone: [],
    });
    expect(circleMapChanges(before, before)).toEqual({ changed: [], gone: [] });
  });

  it('the entries kept change by change equal the map of the structure after any run of changes', () => {
    fc.assert(
      fc.property(fc.array(commandArb, { maxLength: 12 }), (commands) => {
        let structure = careCoop();
        let map = entriesOf(structure);
        for (const command of commands) {
          const result = transition(structureDecider, structure, command, admin, now);
          if (!result.ok) continue;
          map = kept(map, structure, result.value.state);
          structure = result.value.state;
        }
        expect(map).toEqual(entriesOf(structure));
      }),
    );
  });
});
