import { availableStructureSteps, structureDecider } from '../../../shared';
import { step } from '../../support/apply';
import { careCoop } from '../../support/care-coop';
import { now, today } from '../../support/clock';
import { admin, as } from '../../support/people';

const structure = careCoop();
const stepsOf = (circleId: string, who: string) => availableStructureSteps(structure, circleId, who === 'admin' ? admin : as(who), now);
const records = [
  'rename-circle',
  'describe-circle',
  'add-member',
  'remove-member',
  'set-circle-policy',
  'define-role',
  'assign-role',
  'end-term',
];

describe('the steps on a circle’s structure a person may take now, as the decider judges them', () => {
  it('offers the secretary the circle’s records, and no move or archive, which are the organisation admin’s', () => {
    expect(stepsOf('northside', 'dev')).toEqual(records);
  });

  it('offers a plain member, and a member of another circle, nothing', () => {
    expect(stepsOf('northside', 'farid')).toEqual([]);
    expect(stepsOf('finance', 'dev')).toEqual([]);
  });

  it('offers the parent’s secretary a sub-circle with its own secretary only the leader’s term', () => {
    expect(stepsOf('northside', 'ben')).toEqual(['assign-role', 'end-term']);
  });

  it('offers the admin a sub-circle’s move and archive, and the general circle neither while circles sit inside it', () => {
    expect(stepsOf('finance', 'admin')).toEqual(expect.arrayContaining(['move-circle', 'archive-circle', ...records]));
    expect(stepsOf('hub', 'admin')).not.toContain('move-circle');
    expect(stepsOf('hub', 'admin')).not.toContain('archive-circle');
  });

  it('offers retiring a role once the circle has one of its own, and nothing in an archived circle', () => {
    const role = { type: 'define-role', circleId: 'northside', role: { roleId: 'rota-keeper', name: 'Rota keeper' } };
    const defined = step(structureDecider, structure, role, as('dev'), now);
    expect(availableStructureSteps(defined, 'northside', as('dev'), now)).toContain('retire-role');
    const archived = step(structureDecider, structure, { type: 'archive-circle', circleId: 'finance' }, admin, now);
    expect(availableStructureSteps(archived, 'finance', admin, now)).toEqual([]);
    expect(availableStructureSteps(structure, 'nowhere', admin, `${today}T09:00:00.000Z`)).toEqual([]);
  });
});
