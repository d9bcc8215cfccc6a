import { type CircleSteps, availableStructureSteps, circleSteps, circlesToCreateIn, selectionDecider } from '../../../shared';
import { careCoop, circleOf } from '../../support/care-coop';
import { now, today as day } from '../../support/clock';
import { admin, as } from '../../support/people';

/** What the page's forms start, apart from the steps on the structure and the terms recorded (tested on their own below). */
const starts = ({ change: _change, recordTerms: _recordTerms, ...rest }: CircleSteps) => rest;

describe('what a person may start from a circle’s page', () => {
  it('lets the secretary keep the records, the members propose, and each start a selection their choosing circle makes', () => {
    const structure = careCoop();
    const northside = circleOf(structure, 'northside');
    expect(starts(circleSteps(structure, northside, as('dev'), now))).toEqual({
      keepRecords: true,
      draftProposal: true,
      selectRoles: ['leader', 'delegate', 'facilitator', 'secretary'],
    });
    // Hana is no member of the hub, which chooses Northside's leader.
    expect(starts(circleSteps(structure, northside, as('hana'), now))).toEqual({
      keepRecords: false,
      draftProposal: true,
      selectRoles: ['delegate', 'facilitator', 'secretary'],
    });
    // Ben works in the hub only: the leader's selection is his, nothing else.
    expect(starts(circleSteps(structure, northside, as('ben'), now))).toEqual({
      keepRecords: false,
      draftProposal: false,
      selectRoles: ['leader'],
    });
    expect(starts(circleSteps(structure, { ...northside, archived: true }, as('dev'), now))).toEqual({
      keepRecords: false,
      draftProposal: false,
      selectRoles: [],
    });
  });

  it('lists the steps on the structure the decider accepts: the secretary’s records, the admin’s archive, nothing for a plain member', () => {
    const structure = careCoop();
    const change = (circleId: string, person: string) => circleSteps(structure, circleOf(structure, circleId), as(person), now).change;
    expect(change('northside', 'dev')).toEqual(availableStructureSteps(structure, 'northside', as('dev'), now));
    expect(change('northside', 'dev')).toContain('remove-member');
    expect(change('northside', 'dev')).not.toContain('archive-circle');
    expect(circleSteps(structure, circleOf(structure, 'finance'), admin, now).change).toEqual(
      expect.arrayContaining(['archive-circle', 'move-circle']),
    );
    expect(change('northside', 'farid')).toEqual([]);
    // Ben keeps the parent's records: of Northside's, only its leader's term.
    expect(change('northside', 'ben')).toEqual(['assign-role', 'end-term']);
  });

  it('lets the circle’s secretary record every role’s term, the parent’s only the leader’s, and nobody an archived circle’s', () => {
    const structure = careCoop();
    const northside = circleOf(structure, 'northside');
    const terms = (person: string, circle = northside) => circleSteps(structure, circle, as(person), now).recordTerms;
    expect(terms('dev')).toEqual(['leader', 'delegate', 'facilitator', 'secretary']);
    expect(terms('ben')).toEqual(['leader']);
    expect(terms('farid')).toEqual([]);
    expect(terms('dev', { ...northside, archived: true })).toEqual([]);
  });

  it('offers a selection exactly when the decider starts it', () => {
    const structure = careCoop();
    const northside = circleOf(structure, 'northside');
    for (const person of ['amara', 'ben', 'chloe', 'dev', 'hana', 'nobody']) {
      const offered = circleSteps(structure, northside, as(person), now).selectRoles;
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
