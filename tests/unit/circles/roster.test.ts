import fc from 'fast-check';
import type { RosterPerson } from '../../../shared';
import { isMember, mayAddMembers, memberFrom, readsRoster, rosterOffer } from '../../../shared';
import { careCoop, circleOf } from '../../support/care-coop';
import { today } from '../../support/clock';
import { admin, as, system } from '../../support/people';

const day = today;
const person = (personId: string, displayName: string, guest = false): RosterPerson => ({
  personId,
  displayName,
  guest,
  teamsUserId: `29:${personId}`,
});

describe('people of a conversation offered to its circle', () => {
  const structure = careCoop();
  const northside = circleOf(structure, 'northside');

  it('lists those not yet members first, each person once, a guest kept a guest', () => {
    const offer = rosterOffer(northside, [
      person('dev', 'Dev Patel'),
      person('ines', 'Ines Duarte'),
      person('jonah', 'Jonah Weiss', true),
      person('ines', 'Ines Duarte'),
    ]);
    expect(offer).toEqual([
      { personId: 'ines', displayName: 'Ines Duarte', guest: false, member: false },
      { personId: 'jonah', displayName: 'Jonah Weiss', guest: true, member: false },
      { personId: 'dev', displayName: 'Dev Patel', guest: false, member: true },
    ]);
  });

  it('marks each person of any roster a member exactly when the circle has them, and loses nobody', () => {
    const ids = fc.constantFrom('amara', 'dev', 'farid', 'grace', 'hana', 'ines', 'jonah', 'kofi');
    const roster = fc.array(
      fc.record({ personId: ids, displayName: fc.constant('Someone'), guest: fc.boolean(), teamsUserId: fc.constant('29:x') }),
      { maxLength: 20 },
    );
    fc.assert(
      fc.property(roster, (people) => {
        const offer = rosterOffer(northside, people);
        expect(new Set(offer.map((p) => p.personId))).toEqual(new Set(people.map((p) => p.personId)));
        expect(offer).toHaveLength(new Set(people.map((p) => p.personId)).size);
        for (const offered of offer) expect(offered.member).toBe(isMember(northside, offered.personId));
        const firstMember = offer.findIndex((p) => p.member);
        expect(firstMember === -1 || offer.slice(firstMember).every((p) => p.member)).toBe(true);
      }),
    );
  });

  it('lets whoever keeps the circle’s records add members, and nobody to an archived circle', () => {
    expect(mayAddMembers(structure, northside, as('dev'), day)).toBe(true);
    expect(mayAddMembers(structure, northside, admin, day)).toBe(true);
    expect(mayAddMembers(structure, northside, as('farid'), day)).toBe(false);
    expect(mayAddMembers(structure, northside, as('ben'), day)).toBe(false);
    expect(mayAddMembers(structure, { ...northside, archived: true }, as('dev'), day)).toBe(false);
  });

  it('shows who is in the conversation to the circle’s members and its record keepers, not to others', () => {
    expect(readsRoster(structure, northside, as('farid'), day)).toBe(true);
    expect(readsRoster(structure, northside, admin, day)).toBe(true);
    expect(readsRoster(structure, northside, system, day)).toBe(true);
    expect(readsRoster(structure, northside, as('chloe'), day)).toBe(false);
    // Without a secretary of its own, a circle is kept by its parent's secretary (Ben, of the hub).
    const unkept = { ...northside, assignments: northside.assignments.filter((a) => a.roleId !== 'secretary') };
    expect(readsRoster({ ...structure, circles: { ...structure.circles, northside: unkept } }, unkept, as('ben'), day)).toBe(true);
  });

  it('makes a member of a person with the name Teams gave, and no Teams id', () => {
    expect(memberFrom(person('jonah', 'Jonah Weiss', true))).toEqual({ personId: 'jonah', displayName: 'Jonah Weiss', guest: true });
  });
});
