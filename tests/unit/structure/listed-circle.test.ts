import { circleRoles, currentAssignments, listedCircle } from '../../../shared';
import { careCoop, circleOf } from '../../support/care-coop';

describe('a circle as it is listed', () => {
  it('carries the circle, its roles, and who holds each role on the day asked, as its terms say', () => {
    const northside = circleOf(careCoop(), 'northside');
    const listed = listedCircle(northside, '2027-01-15');
    expect(listed).toMatchObject(northside);
    expect(listed.roles).toEqual(circleRoles(northside));
    const holders = currentAssignments(northside, '2027-01-15');
    expect(holders.length).toBeGreaterThan(0);
    expect(listed.holders).toEqual(Object.fromEntries(holders.map((a) => [a.roleId, a.personId])));
  });

  it('names no holder for a role whose term has not begun or has ended on that day', () => {
    const northside = circleOf(careCoop(), 'northside');
    const ends = northside.assignments.map((a) => a.termEnd).sort();
    const afterEvery = `${Number((ends.at(-1) ?? '2030').slice(0, 4)) + 1}-01-01`;
    expect(listedCircle(northside, afterEvery).holders).toEqual({});
    const starts = northside.assignments.map((a) => a.termStart).sort();
    expect(listedCircle(northside, '1999-01-01').holders).toEqual({});
    expect((starts[0] ?? '') > '1999-01-01').toBe(true);
  });
});
