import type { Structure } from '../../../shared';
import { roleLoads, structureDecider } from '../../../shared';
import { step } from '../../support/apply';
import { careCoop } from '../../support/care-coop';
import { today } from '../../support/clock';
import { admin, people } from '../../support/people';
import { circleValue, codeAndField, structureValue, term } from '../../support/structure-builders';

const run = (structure: Structure, command: object) => step(structureDecider, structure, command, admin);
const counts = (structure: Structure, day = today) =>
  roleLoads(structure, day).map((load) => [load.personId, load.roles.length, load.overLimit]);

/** Chloé, already facilitator of the hub and of Finance, takes on `extra` more roles in Northside. */
function chloeTakesOn(extra: number): Structure {
  let s = run(careCoop(), { type: 'add-member', circleId: 'northside', member: people.chloe });
  const roles = ['rota-keeper', 'trainer', 'buddy'].slice(0, extra);
  for (const roleId of roles) {
    s = run(s, { type: 'define-role', circleId: 'northside', role: { roleId, name: roleId } });
    s = run(s, { type: 'assign-role', circleId: 'northside', assignmentId: `n-${roleId}`, roleId, personId: 'chloe', termStart: today });
  }
  return s;
}

describe('power balance', () => {
  it('shows how many roles each person holds across the organisation, most first', () => {
    expect(counts(careCoop())).toEqual([
      ['ben', 2, false],
      ['chloe', 2, false],
      ['dev', 2, false],
      ['esi', 2, false],
      ['amara', 1, false],
      ['hana', 1, false],
    ]);
  });

  it('says which roles in which circles a person holds', () => {
    expect(roleLoads(careCoop(), today).find((load) => load.personId === 'dev')?.roles).toEqual([
      { circleId: 'northside', roleId: 'delegate' },
      { circleId: 'northside', roleId: 'secretary' },
    ]);
  });

  it('holding three roles is within the default limit', () => {
    expect(roleLoads(chloeTakesOn(1), today)[0]).toMatchObject({ personId: 'chloe', overLimit: false });
    expect(roleLoads(chloeTakesOn(1), today)[0]?.roles).toHaveLength(3);
  });

  it('flags a person holding more than three roles: always the same people', () => {
    const loads = roleLoads(chloeTakesOn(2), today);
    expect(loads[0]).toMatchObject({ personId: 'chloe', overLimit: true });
    expect(loads[0]?.roles).toHaveLength(4);
    expect(loads.filter((load) => load.overLimit).map((load) => load.personId)).toEqual(['chloe']);
  });

  it('the limit is the organisation’s to set', () => {
    const strict = run(careCoop(), { type: 'set-role-limit', roleLimit: 1 });
    expect(
      counts(strict)
        .filter(([, , over]) => over)
        .map(([personId]) => personId),
    ).toEqual(['ben', 'chloe', 'dev', 'esi']);
    const lenient = run(chloeTakesOn(3), { type: 'set-role-limit', roleLimit: 5 });
    expect(counts(lenient)[0]).toEqual(['chloe', 5, false]);
  });

  it('refuses a limit that is not a whole number from 1 to 50', () => {
    for (const roleLimit of [0, 51, 2.5, '3', null]) {
      expect(codeAndField(careCoop(), { type: 'set-role-limit', roleLimit }, admin)).toEqual({ code: 'invalid-input', field: 'roleLimit' });
    }
  });

  it('counts only terms running on the day, in circles that are not archived', () => {
    const s = structureValue([
      circleValue('hub', {
        members: ['amara'],
        terms: [term('facilitator', 'amara', '2026-01-01', '2026-12-31'), term('secretary', 'amara', '2027-01-01', '2027-12-31')],
      }),
      circleValue('old', {
        parentId: 'hub',
        archived: true,
        members: ['amara'],
        terms: [term('facilitator', 'amara', '2026-01-01', '2026-12-31')],
      }),
    ]);
    expect(counts(s, '2026-06-01')).toEqual([['amara', 1, false]]);
    expect(counts(s, '2028-01-01')).toEqual([]);
  });

  it('people who hold no role are not listed', () => {
    const listed = roleLoads(careCoop(), today).map((load) => load.personId);
    expect(listed).not.toContain('farid');
    expect(listed).not.toContain('grace');
  });
});
