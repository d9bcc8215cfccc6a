import type { DomainError } from '../../../shared';
import type { Structure } from '../../../shared';
import { charactersOf, findCircle, recordCharacters, structureDecider, transition } from '../../../shared';
import { careCoop } from '../../support/care-coop';
import { now } from '../../support/clock';
import { admin } from '../../support/people';

describe('a circle holds only what its storage row can take', () => {
  it('refuses the member who would not fit, naming the member, and takes removals still', () => {
    let structure: Structure = careCoop();
    let refusal: DomainError | undefined;
    for (let n = 0; n < 2000 && refusal === undefined; n += 1) {
      const member = { personId: `${n}-`.padEnd(128, 'p'), displayName: `Member ${n}`.padEnd(200, '.'), guest: false };
      const result = transition(structureDecider, structure, { type: 'add-member', circleId: 'northside', member }, admin, now);
      if (result.ok) structure = result.value.state;
      else refusal = result.error;
    }
    expect(refusal).toMatchObject({ code: 'record-full', field: 'member' });
    expect(charactersOf(findCircle(structure, 'northside'))).toBeLessThanOrEqual(recordCharacters);
    const removed = transition(
      structureDecider,
      structure,
      { type: 'remove-member', circleId: 'northside', personId: '0-'.padEnd(128, 'p') },
      admin,
      now,
    );
    expect(removed.ok).toBe(true);
  });
});
