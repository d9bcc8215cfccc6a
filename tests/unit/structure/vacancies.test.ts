import type { Structure } from '../../../shared';
import { structureDecider, vacantRoles } from '../../../shared';
import { step } from '../../support/apply';
import { careCoop } from '../../support/care-coop';
import { today } from '../../support/clock';
import { admin } from '../../support/people';
import { circleValue, customRole, structureValue, term } from '../../support/structure-builders';

const run = (structure: Structure, command: object) => step(structureDecider, structure, command, admin);
const vacancies = (structure: Structure, day = today) => vacantRoles(structure, day).map((v) => `${v.circleId}/${v.roleId}`);

describe('vacant roles', () => {
  it('the care co-op has every role filled today', () => {
    expect(vacantRoles(careCoop(), today)).toEqual([]);
  });

  it('a new sub-circle has all four standard roles vacant', () => {
    const s = run(careCoop(), { type: 'create-circle', circleId: 'garden', name: 'Garden', parentId: 'hub' });
    expect(vacancies(s)).toEqual(['garden/leader', 'garden/delegate', 'garden/facilitator', 'garden/secretary']);
  });

  it('leader and delegate are vacant only where there is a parent to link to', () => {
    const s = structureValue([circleValue('hub'), circleValue('northside', { parentId: 'hub' })]);
    expect(vacancies(s)).toEqual([
      'hub/facilitator',
      'hub/secretary',
      'northside/leader',
      'northside/delegate',
      'northside/facilitator',
      'northside/secretary',
    ]);
  });

  it('a role falls vacant when its term ends, not before', () => {
    expect(vacancies(careCoop(), '2027-11-21')).toEqual([]);
    expect(vacancies(careCoop(), '2027-11-22')).toHaveLength(2 + 4 + 4);
  });

  it('a term that has not begun does not fill the role today', () => {
    const s = structureValue([
      circleValue('hub', {
        members: ['amara', 'ben'],
        terms: [term('secretary', 'ben', '2026-01-01', '2026-12-31'), term('facilitator', 'amara', '2027-01-01', '2027-12-31')],
      }),
    ]);
    expect(vacancies(s, '2026-11-21')).toEqual(['hub/facilitator']);
  });

  it('a circle’s own roles are vacant until someone holds them, and gone once retired', () => {
    let s = run(careCoop(), { type: 'define-role', circleId: 'finance', role: { roleId: 'treasurer', name: 'Treasurer' } });
    expect(vacancies(s)).toEqual(['finance/treasurer']);
    s = run(s, { type: 'retire-role', circleId: 'finance', roleId: 'treasurer' });
    expect(vacancies(s)).toEqual([]);
    const built = structureValue([
      circleValue('hub', {
        customRoles: [customRole('cook', 'Cook', 6)],
        members: ['amara'],
        terms: [term('facilitator', 'amara', '2026-01-01', '2026-12-31'), term('secretary', 'amara', '2026-01-01', '2026-12-31')],
      }),
    ]);
    expect(vacancies(built, '2026-05-01')).toEqual(['hub/cook']);
  });

  it('archived circles have no vacancies', () => {
    const s = run(careCoop(), { type: 'create-circle', circleId: 'garden', name: 'Garden', parentId: 'hub' });
    expect(vacancies(run(s, { type: 'archive-circle', circleId: 'garden' }))).toEqual([]);
  });
});
