import { circleSteps, circlesToCreateIn, selectionDecider } from '../../../shared';
import { careCoop, circleOf } from '../../support/care-coop';
import { now, today as day } from '../../support/clock';
import { admin, as } from '../../support/people';

describe('what a person may start from a circle’s page', () => {
  it('lets the secretary keep the records, the members propose, and each start a selection their choosing circle makes', () => {
    const structure = careCoop();
    const northside = circleOf(structure, 'northside');
    expect(circleSteps(structure, northside, as('dev'), day)).toEqual({
      keepRecords: true,
      draftProposal: true,
      selectRoles: ['leader', 'delegate', 'facilitator', 'secretary'],
    });
    // Hana is no member of the hub, which chooses Northside's leader.
    expect(circleSteps(structure, northside, as('hana'), day)).toEqual({
      keepRecords: false,
      draftProposal: true,
      selectRoles: ['delegate', 'facilitator', 'secretary'],
    });
    // Ben works in the hub only: the leader's selection is his, nothing else.
    expect(circleSteps(structure, northside, as('ben'), day)).toEqual({
      keepRecords: false,
      draftProposal: false,
      selectRoles: ['leader'],
    });
    expect(circleSteps(structure, { ...northside, archived: true }, as('dev'), day)).toEqual({
      keepRecords: false,
      draftProposal: false,
      selectRoles: [],
    });
  });

  it('offers a selection exactly when the decider starts it', () => {
    const structure = careCoop();
    const northside = circleOf(structure, 'northside');
    for (const person of ['amara', 'ben', 'chloe', 'dev', 'hana', 'nobody']) {
      const offered = circleSteps(structure, northside, as(person), day).selectRoles;
      for (const roleId of ['leader', 'delegate', 'facilitator', 'secretary']) {
        const command = { type: 'start-selection' as const, selectionId: `s-${person}-${roleId}`, circleId: 'northside', roleId };
        const started = selectionDecider.decide(command, { structure, selection: null }, { actor: as(person), now });
        expect([person, roleId, started.ok]).toEqual([person, roleId, offered.includes(roleId)]);
      }
    }
  });

  it('creates circles inside those whose records the person keeps', () => {
    const structure = careCoop();
    expect(circlesToCreateIn(structure, as('esi'), day)).toEqual(['finance']);
    expect(circlesToCreateIn(structure, as('hana'), day)).toEqual([]);
    expect(circlesToCreateIn(structure, admin, day).sort()).toEqual(['finance', 'hub', 'northside']);
  });
});
