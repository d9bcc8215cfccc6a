import fc from 'fast-check';
import type { DoubleLinkViolation, MappedCircle } from '../../../shared';
import { circleFacts } from '../../../tab/features/map/circle-facts';
import { en } from '../../../texts/catalogues/en';
import { textsFrom } from '../../../texts/translate';
import { packCircles, type CircleToPlace } from '../../../tab/features/map/packing';
import { fittedLabel, labelPixels, mostDrawn, sceneOf } from '../../../tab/features/map/scene';
import { topFocus } from '../../../tab/features/map/zoom';

/** The benchmark's size: a general circle, 20 departments of 10 teams, each team with 9 working circles (2,021 circles). */
function benchmarkOrganisation(): CircleToPlace[] {
  const circles: CircleToPlace[] = [{ circleId: 'general', parentId: null, archived: false, memberCount: 12 }];
  for (let d = 0; d < 20; d++) {
    circles.push({ circleId: `d${d}`, parentId: 'general', archived: false, memberCount: 6 });
    for (let t = 0; t < 10; t++) {
      circles.push({ circleId: `d${d}t${t}`, parentId: `d${d}`, archived: false, memberCount: 5 });
      for (let w = 0; w < 9; w++)
        circles.push({ circleId: `d${d}t${t}w${w}`, parentId: `d${d}t${t}`, archived: false, memberCount: 3 + ((d + t + w) % 7) });
    }
  }
  return circles;
}

const big = packCircles(benchmarkOrganisation());
const ids = [...big.byId.keys()];
const name = (id: string) => `Circle ${id}`;

describe('the drawn map stays usable with 2,000 circles', () => {
  it('draws a bounded number of circles at any zoom and width, always including the one the keyboard is on', () => {
    expect(ids.length).toBeGreaterThan(2000);
    fc.assert(
      fc.property(
        fc.constantFrom<string | null>(...ids, null),
        fc.constantFrom(...ids),
        fc.integer({ min: 280, max: 640 }),
        (focus, current, side) => {
          const scene = sceneOf(big, focus, current, name, side);
          expect(scene.circles.length).toBeLessThanOrEqual(mostDrawn + 1);
          expect(scene.circles.some((drawn) => drawn.circle.circleId === current)).toBe(true);
        },
      ),
    );
  });

  it('names only the focus and its sub-circles, and only those big enough to read', () => {
    const scene = sceneOf(big, topFocus(big), 'general', name, 640);
    const named = scene.circles.filter((drawn) => drawn.label !== null);
    expect(named.length).toBeGreaterThan(0);
    expect(named.every((drawn) => drawn.circle.parentId === 'general' || drawn.circle.circleId === 'general')).toBe(true);
    expect(named.every((drawn) => drawn.circle.r * scene.pixelsPerUnit >= 22)).toBe(true);
  });

  it('zoomed into a team, its working circles are named and nothing outside it is drawn', () => {
    const scene = sceneOf(big, 'd3t4', 'd3t4', name, 640);
    expect(scene.circles.filter((drawn) => drawn.label !== null).map((drawn) => drawn.circle.parentId)).toEqual([
      'd3',
      ...Array(9).fill('d3t4'),
    ]);
    expect(scene.circles.every((drawn) => drawn.circle.circleId.startsWith('d3t4'))).toBe(true);
  });
});

describe('a circle’s name on the map', () => {
  it('is broken between words into the lines that fit across the circle, the last shortened with an ellipsis, and left off when too little would', () => {
    expect(fittedLabel('Finance', 60)).toEqual(['Finance']);
    expect(fittedLabel('Northside care team', 50, 2)).toEqual(['Northside', 'care team']);
    const shortened = fittedLabel('Northside care team for the evenings', 40)!;
    expect(shortened).toHaveLength(1);
    expect(shortened[0]!.endsWith('…')).toBe(true);
    expect(shortened[0]!.length * labelPixels * 0.58).toBeLessThanOrEqual(40 * 1.7 + 1);
    expect(fittedLabel('Training', 10)).toBeNull();
  });

  it('says to a screen reader what the map shows: members, the double link and how many warnings', () => {
    const northside: MappedCircle = {
      circleId: 'northside',
      name: 'Northside care team',
      aim: 'Support people at home in Northside.',
      parentId: 'riverside',
      archived: false,
      binding: null,
      memberCount: 5,
      holders: { leader: { personId: 'amara', displayName: 'Amara Okafor' }, delegate: { personId: 'dev', displayName: 'Dev Patel' } },
    };
    const riverside: MappedCircle = {
      ...northside,
      circleId: 'riverside',
      name: 'Riverside Care Co-op',
      parentId: null,
      memberCount: 8,
      holders: {},
    };
    const training: MappedCircle = { ...northside, circleId: 'training', name: 'Training', memberCount: 1, holders: {} };
    const violations: DoubleLinkViolation[] = [
      {
        circleId: 'northside',
        rule: 'leader-is-delegate',
        said: { key: 'linkLeaderIsDelegate', values: { circle: 'Northside care team', parent: 'Riverside Care Co-op' } },
      },
    ];
    const facts = circleFacts([riverside, northside, training], violations, textsFrom('en', en));
    expect(facts.get('northside')?.spoken).toBe('Northside care team, 5 members, leader Amara Okafor, delegate Dev Patel, 1 warning');
    expect(facts.get('riverside')?.spoken).toBe('Riverside Care Co-op, general circle, 8 members, 2 sub-circles, no warnings');
    expect(facts.get('training')?.spoken).toBe('Training, 1 member, no leader, no delegate, no warnings');
  });
});
