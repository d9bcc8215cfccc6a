import { worksIn } from '../../../shared';
import { careCoop, circleOf } from '../../support/care-coop';

describe('the circles a person works in', () => {
  it('are those they are a member of, while not archived', () => {
    const northside = circleOf(careCoop(), 'northside');
    const member = northside.members[0]?.personId ?? '';
    expect(worksIn(northside, member)).toBe(true);
    expect(worksIn(northside, 'nobody-here')).toBe(false);
    expect(worksIn({ ...northside, archived: true }, member)).toBe(false);
  });
});
